/** @jest-environment jsdom */
/**
 * A calm pane (issue 17): the page says its language; one busy lock across
 * every action on the workbook; one change watcher however many checks; no
 * report sheet added to a workbook that is not a NAP workbook.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { officeWorkbook, type ExcelHost } from '../../src/office/excel-adapter';
import { contextFor, WorkbookDouble } from '../office/excel-double';

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

function host(): ExcelHost & { wb: WorkbookDouble } {
  const wb = new WorkbookDouble();
  return { wb, run: (f) => f(contextFor(wb).context), supports: () => true };
}

function renderApp(h: ExcelHost, lang: 'en' | 'fr') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={officeWorkbook(h)} openSubmission={async () => Promise.reject(new Error('no files here'))} initialLang={lang} />
    </FluentProvider>,
  );
}

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

describe('a calm task pane', () => {
  test('<html lang> is the pane\'s language', () => {
    document.documentElement.removeAttribute('lang');
    const fr = renderApp(host(), 'fr');
    expect(document.documentElement.lang).toBe('fr');
    fr.unmount();
    renderApp(host(), 'en');
    expect(document.documentElement.lang).toBe('en');
  });

  test('one busy lock: while the workbook is written, every other action waits', async () => {
    const h = host();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const run = h.run;
    h.run = async (f) => {
      await gate;
      return run(f);
    };
    renderApp(h, 'en');
    fireEvent.click(button('Create or update the workbook'));
    await waitFor(() => expect(button('Check the workbook').disabled).toBe(true));
    expect(button('Create or update the workbook').disabled).toBe(true);
    expect(button('Export for donors (IATI 2.03 XML)').disabled).toBe(true);
    // A click on a disabled button does nothing: nothing else reached Excel.
    fireEvent.click(button('Check the workbook'));
    release();
    await waitFor(() => expect(screen.getByText(/Workbook created/)).toBe(screen.getByText(/Workbook created/)));
    await waitFor(() => expect(button('Check the workbook').disabled).toBe(false));
    expect(button('Export for donors (IATI 2.03 XML)').disabled).toBe(false);
    expect(screen.queryByText(/Findings|errors and/)).toBeNull();

    // While the check writes its report, the workbook cannot be created or updated either.
    let again!: () => void;
    const second = new Promise<void>((r) => (again = r));
    h.run = async (f) => {
      await second;
      return run(f);
    };
    fireEvent.click(button('Check the workbook'));
    await waitFor(() => expect(button('Create or update the workbook').disabled).toBe(true));
    expect(button('Export for donors (IATI 2.03 XML)').disabled).toBe(true);
    again();
    await waitFor(() => expect(screen.getByText(/errors? and \d+ warnings|No problem found/)).toBeTruthy());
    await waitFor(() => expect(button('Create or update the workbook').disabled).toBe(false));
  });

  test('one change watcher per sheet after three checks; an edit costs one read and one write', async () => {
    const h = host();
    renderApp(h, 'en');
    fireEvent.click(button('Create or update the workbook'));
    await waitFor(() => expect(screen.getByText(/Workbook created/)).toBeTruthy());
    const header = h.wb.tableValues('tblActions')[0];
    const col = String.fromCharCode(65 + header.indexOf('Progress (%)'));
    const plan = h.wb.sheet('Operational plan')!;
    plan.cells.set(`${col}2`, { value: 140, formula: 140 });
    for (let i = 0; i < 3; i++) {
      fireEvent.click(button('Check the workbook'));
      await waitFor(() => expect(screen.getByText(/1 error and 0 warnings/)).toBeTruthy());
      await waitFor(() => expect(plan.handlers.length).toBeGreaterThan(0));
      await settle();
    }
    const watched = h.wb.sheets.filter((s) => s.handlers.length > 0);
    expect(watched.length).toBeGreaterThan(0);
    for (const s of watched) expect({ sheet: s.name, handlers: s.handlers.length }).toEqual({ sheet: s.name, handlers: 1 });

    // The planner corrects the cell: one read of the row, one write of its marks.
    const runs: string[] = [];
    const run = h.run;
    h.run = (f) => {
      runs.push('run');
      return run(f);
    };
    plan.cells.set(`${col}2`, { value: 40, formula: 40 });
    await act(async () => {
      for (const handler of plan.handlers) await handler({ address: `${col}2` });
    });
    await waitFor(() => expect(screen.getByText(/No problem found|0 errors/)).toBeTruthy());
    expect(runs).toEqual(['run', 'run']);
  });

  test('a live re-check that fails is shown in the planner\'s language, not only logged', async () => {
    const h = host();
    renderApp(h, 'en');
    fireEvent.click(button('Create or update the workbook'));
    await waitFor(() => expect(screen.getByText(/Workbook created/)).toBeTruthy());
    fireEvent.click(button('Check the workbook'));
    await waitFor(() => expect(screen.getByText(/No problem found|errors? and/)).toBeTruthy());
    const plan = h.wb.sheet('Operational plan')!;
    await waitFor(() => expect(plan.handlers.length).toBeGreaterThan(0));
    // A whole-column edit: Excel reports "K:K", which names no row.
    await act(async () => {
      for (const handler of plan.handlers) await handler({ address: 'K:K' });
    });
    await waitFor(() => expect(screen.getByText(/Something went wrong/)).toBeTruthy());
    expect(screen.getByText(/K:K/)).toBeTruthy();
  });

  test('Check on a workbook that is not a NAP workbook: refused in words, no report sheet added', async () => {
    const h = host();
    renderApp(h, 'fr');
    fireEvent.click(button('Contrôler le classeur'));
    await waitFor(() => expect(screen.getByText(/PAN 1325/, { selector: 'div' })).toBeTruthy());
    expect(h.wb.sheets.map((s) => s.name)).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Constats' })).toBeNull();
  });
});
