/**
 * Office is ready (the pane starts then): the one Office.js call the task
 * pane's first screen needs, kept apart so the adapter loads with the
 * actions, not with the first screen.
 */
export function onOfficeReady(): Promise<unknown> {
  return Office.onReady();
}
