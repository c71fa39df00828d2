/** @jest-environment jsdom */
/** A focal point submits its copy from the pane; a workbook that is not a copy is refused, said plainly. */
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SubmitPanel } from '../../src/taskpane/components/SubmitPanel';

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const stamp = { copyId: 'MJ-2021-abc', focalPoint: 'MJ', year: 2021, submittedAt: '2022-01-20T10:00:00Z' };

test('submitting stamps the copy and says who, which year and when, in French', async () => {
  const submit = jest.fn(async () => ({ ok: true as const, value: { stamp } }));
  render(
    <FluentProvider theme={webLightTheme}>
      <SubmitPanel lang="fr" disabled={false} submit={submit} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Soumettre cette copie' }));
  await screen.findByText(/^Copie de MJ pour 2021 soumise le 2022-01-20T10:00:00Z\./);
  expect(submit).toHaveBeenCalledTimes(1);
});

test('a second submission names the earlier date', async () => {
  const submit = async () => ({ ok: true as const, value: { stamp, before: '2022-01-10T08:00:00Z' } });
  render(
    <FluentProvider theme={webLightTheme}>
      <SubmitPanel lang="en" disabled={false} submit={submit} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Submit this copy' }));
  await screen.findByText(/submitted again at 2022-01-20T10:00:00Z \(was 2022-01-10T08:00:00Z\)/);
});

test('a refusal is shown as the use case explains it', async () => {
  const submit = async () => ({ ok: false as const, code: 'not-copy', message: 'This workbook is not a copy.', details: '' });
  render(
    <FluentProvider theme={webLightTheme}>
      <SubmitPanel lang="en" disabled={false} submit={submit as never} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Submit this copy' }));
  await screen.findByText('This workbook is not a copy.');
});
