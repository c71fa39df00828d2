/** @jest-environment jsdom */
/**
 * The pane's import names the focal point of one unstamped file, as `--as`
 * does on the command line; with several files there is nothing to name.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ImportFile } from '../../src/app/consolidate';
import { ImportPanel } from '../../src/taskpane/components/ImportPanel';

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

function setup() {
  const dryRun = jest.fn<Promise<{ ok: false; code: string; message: string; details: string }>, [ImportFile[]]>(async () => ({ ok: false as const, code: 'x', message: 'stopped here', details: '' }));
  render(
    <FluentProvider theme={webLightTheme}>
      <ImportPanel lang="en" disabled={false} dryRun={dryRun as never} confirm={jest.fn()} />
    </FluentProvider>,
  );
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  const choose = (...names: string[]) =>
    fireEvent.change(input, { target: { files: names.map((n) => new File([new Uint8Array([1])], n)) } });
  return { dryRun, choose };
}

const field = /^Focal point of this file/;

test('one file: the focal point typed is handed to the import with it', async () => {
  const { dryRun, choose } = setup();
  expect(screen.queryByRole('textbox', { name: field })).toBeNull();
  choose('justice.xlsx');
  fireEvent.change(screen.getByRole('textbox', { name: field }), { target: { value: ' MJ ' } });
  fireEvent.click(screen.getByRole('button', { name: 'Check the files (nothing is written)' }));
  await waitFor(() => expect(dryRun).toHaveBeenCalledTimes(1));
  expect(dryRun.mock.calls[0][0].map((f) => [f.name, f.as])).toEqual([['justice.xlsx', 'MJ']]);
  await screen.findByText('stopped here');
});

test('several files: no focal point to name, none is handed over', async () => {
  const { dryRun, choose } = setup();
  choose('a.xlsx', 'b.xlsx');
  expect(screen.queryByRole('textbox', { name: field })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Check the files (nothing is written)' }));
  await waitFor(() => expect(dryRun).toHaveBeenCalledTimes(1));
  expect(dryRun.mock.calls[0][0].map((f) => f.as)).toEqual([undefined, undefined]);
});
