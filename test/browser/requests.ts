/**
 * "Nothing leaves 127.0.0.1", held to the project's own code. In the browser
 * test every request that would leave the machine is recorded and aborted,
 * and told apart by who made it (Chromium's initiator: the scripts on the
 * stack that started it):
 *
 * - Microsoft's office.js loader, on its own: a request whose initiating stack
 *   is made only of office.js's files (from Microsoft's CDN address, which the
 *   test serves from the @microsoft/office-js package's copy). These must
 *   be on OFFICE_JS_LOADER_FETCHES, the listed, known fact (README, "Tests and
 *   benchmarks"); anything else the loader starts fetching fails the test
 *   until it is looked at and listed.
 * - Everything else is ours (our bundles, our HTML, styles, fonts, images, or a
 *   request whose initiator is unknown) and must not leave 127.0.0.1 at all.
 *
 * The verdict does not depend on how long the page stayed open: the loader's
 * fetches are allowed whether or not they happened.
 */

/**
 * What office.js (@microsoft/office-js 1.1.x) fetches on its own outside
 * Office: about 3 s after it loads, `o15apptofilemappingtable.js` opens
 * Microsoft's telemetry proxy page in a hidden iframe (`loadProxyFrame`,
 * `telemetryEndPoint`). In the test it is aborted, like every request that
 * would leave the machine.
 */
export const OFFICE_JS_LOADER_FETCHES: readonly string[] = [
  "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html",
];

/**
 * Where the pane loads office.js from: Microsoft's CDN, the only place
 * Microsoft supports it from. The browser test answers every request under it
 * with the @microsoft/office-js package's file of the same name, unmodified:
 * such requests never leave the machine.
 */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const OFFICE_JS_URL = `${OFFICE_JS_CDN}office.js`;

/** One request as Chromium reported it (CDP `Network.requestWillBeSent`). */
export interface Initiated {
  url: string;
  /** CDP's initiator type: "script", "parser", "preload", "other"... */
  type: string;
  /** The script URLs on the initiating stack, innermost first (or the parsing document's URL). */
  scripts: string[];
}

export interface Verdict {
  /** Requests leaving 127.0.0.1 that our code made (must be empty). */
  ours: string[];
  /** Requests office.js's loader made on its own, on the list. */
  loader: string[];
  /** Requests office.js's loader made on its own that are not on the list (must be empty). */
  loaderUnlisted: string[];
}

/** Does this URL stay on the machine (our server, office.js's CDN served from the package, or no network at all)? */
export function staysLocal(url: string, origin: string): boolean {
  return (
    url === origin ||
    url.startsWith(OFFICE_JS_CDN) ||
    url.startsWith(origin + "/") ||
    url.startsWith("data:") ||
    url.startsWith("blob:") ||
    url === "about:blank" ||
    url.startsWith("about:")
  );
}

/**
 * The script URLs on a CDP initiator's stack (async parents too when Chromium
 * reports them; it does not by default), else the document that was parsing.
 */
export function initiatorScripts(initiator: { url?: string; stack?: CdpStack }): string[] {
  const scripts: string[] = [];
  for (let stack = initiator.stack; stack; stack = stack.parent)
    for (const frame of stack.callFrames) scripts.push(frame.url);
  if (scripts.length === 0 && initiator.url) scripts.push(initiator.url);
  return scripts;
}

export interface CdpStack {
  callFrames: { url: string }[];
  parent?: CdpStack;
}

/** Made by office.js's loader on its own: started by script, every frame on the stack its own. */
function byLoader(i: Initiated): boolean {
  return (
    i.type === "script" &&
    i.scripts.length > 0 &&
    i.scripts.every((s) => s.startsWith(OFFICE_JS_CDN))
  );
}

/**
 * Sort the requests that would leave 127.0.0.1. `urls`: every such request
 * seen (aborted by the route); `initiated`: what Chromium said started each.
 * A URL counts as the loader's only if every request to it was the loader's.
 */
export function classify(
  urls: readonly string[],
  initiated: readonly Initiated[],
  origin: string,
  listed: readonly string[] = OFFICE_JS_LOADER_FETCHES
): Verdict {
  const verdict: Verdict = { ours: [], loader: [], loaderUnlisted: [] };
  const all = new Set([...urls, ...initiated.map((i) => i.url)]);
  for (const url of all) {
    if (staysLocal(url, origin)) continue;
    const who = initiated.filter((i) => i.url === url);
    if (who.length === 0 || !who.every((i) => byLoader(i))) verdict.ours.push(url);
    else if (listed.includes(url)) verdict.loader.push(url);
    else verdict.loaderUnlisted.push(url);
  }
  return verdict;
}
