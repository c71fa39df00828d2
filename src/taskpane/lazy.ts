/**
 * The code behind the pane's buttons (./actions) loads on the first click,
 * once; the button's busy state shows while it does. Components that
 * describe an outcome wait for it with their action (withActions), so they
 * can then describe it synchronously (loaded()).
 */
import type { LiveWorkbookPort } from "../app/port";
import type { CheckWatcher } from "../app/check";

export type Actions = typeof import("./actions");

let actions: Actions | undefined;
let loading: Promise<Actions> | undefined;

/** Load the actions' chunk (once; a failed load is tried again on the next click). */
export function loadActions(): Promise<Actions> {
  loading ??= import(/* webpackChunkName: "actions" */ "./actions").then(
    (m) => (actions = m),
    (e: unknown) => {
      loading = undefined;
      throw e;
    }
  );
  return loading;
}

/** The actions' chunk, once loaded (an outcome exists only after it has loaded). */
export function loaded(): Actions {
  if (!actions) throw new Error("the actions chunk is not loaded yet");
  return actions;
}

/**
 * An action's outcome, once the words that describe it are there too. When
 * the code could not be fetched, the outcome is that failure (App.tsx, act),
 * described by the first screen's texts: it is shown, not lost.
 */
export async function withActions<T>(outcome: Promise<T>): Promise<T> {
  const [r] = await Promise.all([outcome, loadActions().catch(() => undefined)]);
  return r;
}

/** The workbook's port made from the loaded actions (the Office.js adapter comes with them). */
export type PortFrom = (actions: Actions) => LiveWorkbookPort;

/** What an action runs with: the loaded code, the workbook's port, the pane's one change watcher. */
export interface Loaded {
  m: Actions;
  wb: LiveWorkbookPort;
  watcher: CheckWatcher;
}

/** An action's body, given what it runs with. */
export type ActionBody<T> = (loaded: Loaded) => Promise<T>;
