/** @jest-environment jsdom */
/**
 * The pane's settle list: each pending conflict with its proposals, "decide
 * later" by default; only the conflicts decided are sent to be settled; the
 * result is said in the pane's language. The roll-forward panel says what
 * it did and what to look at.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Decision, Settled } from '../../src/app/settle-list';
import { SettlePanel } from '../../src/taskpane/components/SettlePanel';
import { RollForwardPanel } from '../../src/taskpane/components/RollForwardPanel';

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const conflicts = [
  {
    id: 'C-001',
    table: 'Actions',
    key: 'A1.1.1',
    column: 'Status',
    current: 'In progress',
    proposals: [
      { source: 'MJ — mj.xlsx', proposed: 'Completed' },
      { source: 'MSPC — mspc.xlsx', proposed: 'Cancelled' },
    ],
  },
  { id: 'C-002', table: 'Budget', key: 'A1.1.1|2020|BN', column: 'Amount', current: 10, proposals: [{ source: 'MJ — mj.xlsx', proposed: 12 }] },
  { id: 'C-003', table: 'Budget', key: 'A1.1.2|2020|BN', column: 'Amount', current: 5, proposals: [{ source: 'MJ — mj.xlsx', proposed: 6 }] },
];

const settled = (ids: string[]) =>
  ({ settled: ids, ambiguous: [], notLanded: [], waiting: [], reversed: [], written: {} }) as unknown as Settled;

test('only the conflicts decided are settled, each as chosen, and the result is said', async () => {
  const settle = jest.fn(async (d: ReadonlyMap<string, Decision>) => ({ ok: true as const, value: settled([...d.keys()]) }));
  const load = jest.fn(async () => ({ ok: true as const, value: { lang: 'en' as const, conflicts } }));
  render(
    <FluentProvider theme={webLightTheme}>
      <SettlePanel lang="en" disabled={false} load={load} settle={settle} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Show the pending conflicts' }));
  await screen.findByText(/C-001 · Actions A1\.1\.1, Status/);
  // Nothing chosen yet: nothing to settle.
  expect((screen.getByRole('button', { name: 'Settle 0 conflicts' }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(screen.getByRole('radio', { name: 'Accept MSPC — mspc.xlsx: “Cancelled”' }));
  const rejects = screen.getAllByRole('radio', { name: /^Reject all/ });
  fireEvent.click(rejects[1]);
  fireEvent.click(screen.getByRole('button', { name: 'Settle 2 conflicts' }));
  await waitFor(() => expect(settle).toHaveBeenCalledTimes(1));
  const sent = settle.mock.calls[0][0];
  expect([...sent.entries()]).toEqual([
    ['C-001', { accept: 'MSPC — mspc.xlsx' }],
    ['C-002', 'reject'],
  ]);
  await screen.findByText('2 conflicts settled: C-001, C-002');
  // The list is read again after settling.
  expect(load).toHaveBeenCalledTimes(2);
});

test('no pending conflict says so, in French', async () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <SettlePanel lang="fr" disabled={false} load={async () => ({ ok: true, value: { lang: 'fr', conflicts: [] } })} settle={jest.fn()} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Afficher les conflits en attente' }));
  await screen.findByText('Aucun conflit en attente.');
});

test('roll-forward says what it carried and names what the TMU must look at', async () => {
  const rollForward = jest.fn(async (from: number) => ({
    ok: true as const,
    value: { year: from + 1, carried: ['A1', 'A2'], proposed: ['A1|2022|BN'], finishedFuture: ['A9|2023|BN'], pending: ['C-004'] },
  }));
  render(
    <FluentProvider theme={webLightTheme}>
      <RollForwardPanel lang="en" disabled={false} defaultFrom={2021} rollForward={rollForward} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Carry unfinished actions into 2022' }));
  await screen.findByText(/Rolled forward to 2022: 2 unfinished actions carried/);
  expect(rollForward).toHaveBeenCalledWith(2021);
  screen.getByText(/1 budget line proposed for 2022/);
  screen.getByText(/A9 2023 BN/);
  screen.getByText(/C-004/);
});
