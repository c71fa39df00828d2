/** @jest-environment jsdom */
/** The import has a busy state: a double click on "Import into this workbook" runs one import. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { DryRun } from '../../src/app/consolidate';
import type { Created } from '../../src/app/create';
import type { Result } from '../../src/taskpane/components/types';

jest.mock('../../src/app/consolidate', () => ({
  ...jest.requireActual('../../src/app/consolidate'),
  describeDryRun: () => ['2 files read, nothing written.'],
}));
jest.mock('../../src/app/create', () => ({
  ...jest.requireActual('../../src/app/create'),
  describeCreated: () => ['Imported.'],
}));
import { ImportPanel } from '../../src/taskpane/components/ImportPanel';

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

test('a second import is refused while one runs, and the import shows that it is working', async () => {
  const dry = { lang: 'en', incoming: [{}], refused: [] } as unknown as DryRun;
  const pending: { release?: typeof Promise.resolve<Result<Created>> } = {};
  const confirm = jest.fn(() => new Promise<Result<Created>>((r) => (pending.release = r as typeof pending.release)));
  render(
    <FluentProvider theme={webLightTheme}>
      <ImportPanel lang="en" disabled={false} dryRun={async () => ({ ok: true, value: dry })} confirm={confirm} />
    </FluentProvider>,
  );
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  const file = new File([new Uint8Array([1, 2])], 'focal.xlsx');
  fireEvent.change(input, { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: 'Check the files (nothing is written)' }));
  const importButton = await screen.findByRole('button', { name: 'Import into this workbook' });
  // A double click: both clicks land before React redraws the button.
  importButton.click();
  importButton.click();
  fireEvent.click(importButton);
  expect(confirm).toHaveBeenCalledTimes(1);
  await waitFor(() => expect(screen.getByText('Importing into the workbook…')).toBeTruthy());
  expect((screen.getByRole('button', { name: 'Import into this workbook' }) as HTMLButtonElement).disabled).toBe(true);
  pending.release!({ ok: true, value: { written: {}, indicators: 0 } as unknown as Created });
  await waitFor(() => expect(screen.getByText('Imported.')).toBeTruthy());
  expect(confirm).toHaveBeenCalledTimes(1);
});

test('while another action writes, the import waits (the pane\'s one lock)', async () => {
  const dryRun = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ImportPanel lang="en" disabled={true} dryRun={dryRun} confirm={jest.fn()} />
    </FluentProvider>,
  );
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([new Uint8Array([1])], 'a.xlsx')] } });
  const check = screen.getByRole('button', { name: 'Check the files (nothing is written)' }) as HTMLButtonElement;
  expect(check.disabled).toBe(true);
  fireEvent.click(check);
  expect(dryRun).not.toHaveBeenCalled();
});
