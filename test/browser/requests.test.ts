/**
 * The "nothing leaves 127.0.0.1" verdict (test/browser/requests.ts), without a
 * browser: our code may fetch nothing outside, office.js's loader only what is
 * listed, and a request nobody can vouch for counts as ours.
 */
import { classify, initiatorScripts, OFFICE_JS_CDN, OFFICE_JS_LOADER_FETCHES } from "./requests";

const ORIGIN = "http://127.0.0.1:4000";
const TELEMETRY = OFFICE_JS_LOADER_FETCHES[0];
const loaderScript = `${OFFICE_JS_CDN}o15apptofilemappingtable.js`;
const fromLoader = (url: string) => ({ url, type: "script", scripts: [loaderScript] });

describe("requests that would leave 127.0.0.1", () => {
  test("our server, office.js's CDN (served from the package), data: and blob: URLs stay on the machine", () => {
    const urls = [
      `${ORIGIN}/taskpane.html`,
      `${OFFICE_JS_CDN}office.js`,
      `${OFFICE_JS_CDN}excel-web-16.00.js`,
      "data:image/png;base64,AA",
    ];
    expect(classify(urls, [], ORIGIN)).toEqual({ ours: [], loader: [], loaderUnlisted: [] });
  });

  test("office.js's loader fetching its telemetry page on its own is the listed fact", () => {
    expect(classify([TELEMETRY], [fromLoader(TELEMETRY)], ORIGIN)).toEqual({
      ours: [],
      loader: [TELEMETRY],
      loaderUnlisted: [],
    });
  });

  test("our bundle fetching https://example.org fails, whoever else fetched the same", () => {
    const ours = {
      url: "https://example.org/x",
      type: "script",
      scripts: [`${ORIGIN}/taskpane.js`],
    };
    expect(classify([ours.url], [ours], ORIGIN).ours).toEqual(["https://example.org/x"]);
    // Our code asking for the telemetry page is ours, not the loader's.
    const oursToo = { url: TELEMETRY, type: "script", scripts: [`${ORIGIN}/taskpane.js`] };
    expect(classify([TELEMETRY], [fromLoader(TELEMETRY), oursToo], ORIGIN).ours).toEqual([
      TELEMETRY,
    ]);
    // Our code on the stack under office.js (calling an Office API that fetches) is ours.
    const through = {
      url: "https://example.org/y",
      type: "script",
      scripts: [loaderScript, `${ORIGIN}/taskpane.js`],
    };
    expect(classify([through.url], [through], ORIGIN).ours).toEqual(["https://example.org/y"]);
  });

  test("images, fonts and styles from our HTML or CSS, and requests of unknown origin, are ours", () => {
    const img = {
      url: "https://cdn.example.org/logo.png",
      type: "parser",
      scripts: [`${ORIGIN}/taskpane.html`],
    };
    const font = { url: "https://fonts.example.org/a.woff2", type: "other", scripts: [] };
    const unknown = "https://example.net/seen-by-the-route-only";
    expect(classify([img.url, font.url, unknown], [img, font], ORIGIN).ours).toEqual([
      img.url,
      font.url,
      unknown,
    ]);
  });

  test("the loader fetching something not listed fails until it is listed", () => {
    const url = "https://browser.events.data.microsoft.com/OneCollector/1.0/";
    expect(classify([url], [fromLoader(url)], ORIGIN).loaderUnlisted).toEqual([url]);
  });

  test("a CDP initiator's stack gives its scripts, async parents included", () => {
    expect(
      initiatorScripts({
        stack: {
          callFrames: [{ url: "a.js" }],
          parent: { callFrames: [{ url: "b.js" }, { url: "c.js" }] },
        },
      })
    ).toEqual(["a.js", "b.js", "c.js"]);
    expect(initiatorScripts({ url: `${ORIGIN}/taskpane.html` })).toEqual([
      `${ORIGIN}/taskpane.html`,
    ]);
  });
});
