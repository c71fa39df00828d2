/**
 * The built task pane in Debian's Chromium (playwright-core, never a
 * downloaded browser): served from 127.0.0.1; the page asks for office.js at
 * Microsoft's CDN address, as in production, and the test answers with the
 * @microsoft/office-js package's file, unmodified; an Excel host double is
 * installed before the app starts. Clicks through creating the Mali workbook
 * in French, checks what reached Excel, runs axe-core (no serious or critical
 * violation), checks `<html lang>`, saves a screenshot, and proves that
 * nothing our code asks for leaves 127.0.0.1 (test/browser/requests.ts: what
 * office.js's loader fetches on its own is a listed, known fact, allowed
 * whether or not it happened).
 *
 * Every wait is for a state (a role, a text, a request), never for time; the
 * timeouts are generous because they only matter when the state never comes
 * (they hold on a 2-core machine at load 8).
 */
import fs from "fs";
import http from "http";
import path from "path";
import { execFileSync } from "child_process";
import type { AddressInfo } from "net";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM, findTool } from "../support/tools";
import { en } from "../../src/core/locales/en";
import {
  classify,
  initiatorScripts,
  OFFICE_JS_CDN,
  OFFICE_JS_LOADER_FETCHES,
  OFFICE_JS_URL,
  staysLocal,
  type CdpStack,
  type Initiated,
  type Verdict,
} from "./requests";
import { calmTests } from "./calm";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist/addin");
const OUT = path.join(ROOT, "test-output");
/** The @microsoft/office-js package's files: what the CDN address is answered with. */
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
/** How long a state may take to arrive before the test gives up on it. */
const STATE_TIMEOUT = 120000;

const { serve, CHROMIUM_ARGS } = require("../../scripts/serve-static") as {
  serve: (dir: string) => Promise<http.Server>;
  CHROMIUM_ARGS: string[];
};

// Missing Chromium: skipped with a warning outside CI, a failure under CI=true.
const CHROMIUM_PATH = findTool(CHROMIUM);
const describeBrowser = CHROMIUM_PATH ? describe : describe.skip;

/** Catalogue keys (the dotted ones: "yes" and "no" are words too). */
const KEYS = Object.keys(en).filter((k) => k.includes("."));

/** Catalogue keys showing raw in the page, in its text or attributes (a text that never came). */
async function rawKeys(page: Page): Promise<string[]> {
  const html = (await page.evaluate("document.body.innerHTML")) as string;
  return KEYS.filter((k) => html.includes(k));
}

/** The message files a page asked for (first-screen texts, whole catalogues), by name, in order. */
const textFiles = (urls: string[], base: string): string[] =>
  urls
    .filter((u) => u.startsWith(`${base}/messages-`) || u.startsWith(`${base}/first-screen-`))
    .map((u) => u.slice(base.length + 1));

/** Poll a condition until it holds (a state), or give up after `timeout` ms. */
async function until(condition: () => boolean, timeout: number): Promise<boolean> {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/**
 * Record every request of a page: the local ones pass, every one that would
 * leave 127.0.0.1 is aborted (nothing leaves the machine) and recorded with
 * what Chromium says started it.
 */
async function watchRequests(context: BrowserContext, page: Page, origin: string) {
  const all: string[] = [];
  const aborted: string[] = [];
  const initiated: Initiated[] = [];
  page.on("request", (r) => all.push(r.url()));
  const cdp = await context.newCDPSession(page);
  cdp.on("Network.requestWillBeSent", (e) => {
    const initiator = e.initiator as { type: string; url?: string; stack?: CdpStack };
    initiated.push({
      url: e.request.url,
      type: initiator.type,
      scripts: initiatorScripts(initiator),
    });
  });
  await cdp.send("Network.enable");
  const fromPackage: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS_CDN)) {
      // Microsoft's CDN, answered with the npm package's file of the same name, unmodified.
      const rel = decodeURIComponent(
        new URL(url).pathname.slice(new URL(OFFICE_JS_CDN).pathname.length)
      );
      const file = path.join(OFFICE_JS_DIR, rel);
      fromPackage.push(url);
      if (!file.startsWith(OFFICE_JS_DIR + path.sep) || !fs.existsSync(file))
        return route.fulfill({ status: 404 });
      return route.fulfill({ path: file, contentType: "text/javascript" });
    }
    if (staysLocal(url, origin)) return route.continue();
    aborted.push(url);
    return route.abort("blockedbyclient");
  });
  return {
    all,
    /** The office.js files asked for at the CDN address (answered from the package). */
    fromPackage,
    /** The verdict on what was asked for so far, however long the page was open. */
    async verdict(): Promise<Verdict> {
      // Chromium reports a request's initiator as it starts it; wait for that
      // report for every aborted request (one with none counts as ours).
      await until(() => aborted.every((u) => initiated.some((i) => i.url === u)), 30000);
      return classify(aborted, initiated, origin);
    },
  };
}

describeBrowser("task pane in Chromium", () => {
  let server: http.Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    // The production bundle, as planners get it.
    try {
      execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "pipe" });
    } catch (e) {
      const { stdout, stderr } = e as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`npm run build failed:\n${stdout ?? ""}${stderr ?? ""}`);
    }
    server = await serve(DIST);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      timeout: STATE_TIMEOUT,
    });
  }, 2400000); // the build took 6.5 min at load 10 and about 18 min at load 18 on 2 cores

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /**
   * The pane's page at 350×800 in a browser whose language is `locale` (Office's display
   * language, outside Office), its requests watched, an Excel host double installed first.
   */
  async function openPane(locale = "en-US", host = path.join(__dirname, "excel-host-double.js")) {
    const context = await browser.newContext({ viewport: { width: 350, height: 800 }, locale });
    context.setDefaultTimeout(STATE_TIMEOUT);
    context.setDefaultNavigationTimeout(STATE_TIMEOUT);
    const page = await context.newPage();
    const requests = await watchRequests(context, page, base);
    await page.addInitScript({ path: path.join(__dirname, "requirement-sets.js") });
    await page.addInitScript({ path: host });
    return { context, page, requests };
  }

  /** axe-core's serious and critical violations on the page as it is now. */
  async function seriousViolations(page: Page) {
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const violations = (await page.evaluate(
      "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))"
    )) as { id: string; impact: string; help: string; nodes: string[] }[];
    return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  }

  test("creates the Mali workbook in French; nothing of ours leaves 127.0.0.1", async () => {
    const { context, page, requests } = await openPane();
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("button", { name: "Create or update the workbook" }).waitFor();
    expect(await page.evaluate("document.documentElement.lang")).toBe("en");
    expect(await seriousViolations(page)).toEqual([]);

    // The first screen came with its English texts only (a few KB, not the
    // whole catalogue), every one translated; French loads whole when picked.
    const js = () => textFiles(requests.all, base);
    expect(js()).toEqual(["first-screen-en.js"]);
    expect(await rawKeys(page)).toEqual([]);
    await page.getByRole("combobox").selectOption({ label: "Français" });
    // The whole page says its language (screen readers pronounce by it).
    await page.waitForFunction("document.documentElement.lang === 'fr'");
    await page.getByRole("radio", { name: "Mali — troisième PAN 2019-2023" }).check();
    await page.getByRole("button", { name: "Créer ou mettre à jour le classeur" }).click();
    const said = page.getByText(/Classeur créé\u202f: \d+ feuilles/);
    await said.waitFor();
    // Both whole catalogues came with the code behind the button; no text shows raw.
    expect(js().sort()).toEqual(["first-screen-en.js", "messages-en.js", "messages-fr.js"]);
    expect(await rawKeys(page)).toEqual([]);

    const log = (await page.evaluate("window.__excelLog")) as {
      op: string;
      path: string;
      args?: unknown[];
      value?: unknown;
    }[];
    const added = log
      .filter((l) => l.op === "call" && l.path.endsWith("worksheets.add"))
      .map((l) => l.args![0]);
    // The message counts the sheets the create added, no more, no fewer.
    const count = Number(/: (\d+) feuilles/.exec((await said.textContent()) ?? "")?.[1]);
    expect(count).toBe(added.length);
    expect(added).toEqual(
      expect.arrayContaining([
        "Guide",
        "Cadre stratégique",
        "Indicateurs",
        "Plan opérationnel",
        "Budget",
        "_NAP",
      ])
    );
    const tables = log
      .filter((l) => l.op === "set" && l.path.endsWith(".name"))
      .map((l) => l.value);
    expect(tables).toEqual(
      expect.arrayContaining(["tblFramework", "tblIndicators", "tblActions", "tblNapMeta"])
    );
    const stamp = log.find(
      (l) =>
        l.op === "set" &&
        l.path.endsWith(".values") &&
        JSON.stringify(l.value).includes("templateVersion")
    );
    expect(stamp).toBeDefined();
    // What lies outside the tables is read first (2 syncs: nothing typed beside a table is
    // lost), then the create itself (2: look, write everything).
    expect(await page.evaluate("window.__excelSyncs")).toBe(4);

    expect(await seriousViolations(page)).toEqual([]);

    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, "taskpane-fr.png"), fullPage: true });
    // office.js was asked for at Microsoft's CDN (answered from the package);
    // no copy of it is shipped; our code asked for nothing outside; what the
    // loader asked for on its own (if the page was open long enough) is listed.
    expect(requests.fromPackage).toContain(OFFICE_JS_URL);
    expect(requests.all).toContain(OFFICE_JS_URL);
    expect(requests.all.filter((u) => u.startsWith(base) && /office/i.test(u))).toEqual([]);
    expect(fs.existsSync(path.join(DIST, "office-js"))).toBe(false);
    const verdict = await requests.verdict();
    expect(verdict.ours).toEqual([]);
    expect(verdict.loaderUnlisted).toEqual([]);
    await context.close();
  }, 300000);

  test("production packaging: office.js from Microsoft's CDN, the manifest for the configured host", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts[0]).toBe(OFFICE_JS_URL);
    expect(html).toMatch(/<html lang="?en"?/);
    const manifest = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    expect(manifest).toContain('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>');
    expect(fs.existsSync(path.join(DIST, "support.html"))).toBe(true);
  });

  test("in French from the start: the first screen's French texts only, then the whole catalogues with the first click", async () => {
    const { context, page, requests } = await openPane("fr-FR");
    await page.goto(`${base}/taskpane.html`);
    const check = page.getByRole("button", { name: "Contrôler le classeur" });
    await check.waitFor();
    expect(await page.evaluate("document.documentElement.lang")).toBe("fr");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Classeur des résultats du PAN 1325"
    );
    const js = () => textFiles(requests.all, base);
    const scripts = () => requests.all.filter((u) => u.startsWith(`${base}/`) && u.endsWith(".js"));
    // The first screen: French texts only (taskpane.html's guess and the pane's
    // language agree: one request), no whole catalogue, no actions.
    expect(js()).toEqual(["first-screen-fr.js"]);
    expect(scripts()).not.toContain(`${base}/actions.js`);
    expect(await rawKeys(page)).toEqual([]);
    // The first click: refused in French words from the whole catalogue, which came with the code.
    await check.click();
    await page
      .getByText(/n’est pas un classeur PAN 1325|ne sont pas ceux d’un classeur PAN 1325/)
      .first()
      .waitFor();
    expect(scripts()).toContain(`${base}/actions.js`);
    expect(js().sort()).toEqual(["first-screen-fr.js", "messages-en.js", "messages-fr.js"]);
    expect(await rawKeys(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 300000);

  test("Check on a workbook that is not a NAP workbook: refused in words, no sheet added", async () => {
    const { context, page, requests } = await openPane();
    await page.goto(`${base}/taskpane.html`);
    const js = () => textFiles(requests.all, base);
    const check = page.getByRole("button", { name: "Check the workbook" });
    await check.waitFor();
    expect(js()).toEqual(["first-screen-en.js"]);
    expect(await rawKeys(page)).toEqual([]);
    await check.click();
    await page
      .getByText(/not a NAP 1325 workbook|not those of a NAP 1325 workbook/)
      .first()
      .waitFor();
    // The whole catalogues came with the code behind the button; no text shows raw.
    expect(js().sort()).toEqual(["first-screen-en.js", "messages-en.js", "messages-fr.js"]);
    expect(await rawKeys(page)).toEqual([]);
    const log = (await page.evaluate("window.__excelLog")) as { op: string; path: string }[];
    expect(log.filter((l) => l.op === "call" && l.path.endsWith("worksheets.add"))).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 300000);

  test("the custom functions register as the page loads, with the code they share with the pane loaded once", async () => {
    const { page } = await openPane();
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.url().startsWith(base) && r.url().endsWith(".js"))
        scripts.push(r.url().slice(base.length + 1));
    });
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("button", { name: "Create or update the workbook" }).waitFor();
    const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
      functions: { id: string }[];
    };
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids.length).toBeGreaterThan(0);
    // office.js's own registry of associations (@microsoft/office-js 1.1.x), filled as functions.js runs.
    await page.waitForFunction(
      `Object.keys(CustomFunctions._association.mappings).length >= ${ids.length}`
    );
    const associated = (await page.evaluate(
      "Object.keys(CustomFunctions._association.mappings)"
    )) as string[];
    expect(associated.sort()).toEqual(ids);
    // Each file once; the code behind the buttons is not part of the first screen,
    // nor the functions' implementations, nor the other language's messages.
    expect(new Set(scripts).size).toBe(scripts.length);
    expect(scripts).toContain("functions.js");
    expect(scripts).toContain("first-screen-en.js");
    expect(scripts).not.toContain("actions.js");
    expect(scripts).not.toContain("functions-impl.js");
    expect(scripts).not.toContain("messages-en.js");
    expect(scripts).not.toContain("messages-fr.js");
    expect(scripts).not.toContain("first-screen-fr.js");
    // A call as Excel makes it (the function office.js holds for the id): the
    // implementations load then, and answer.
    const quota = (await page.evaluate(
      "CustomFunctions._association.mappings.QUOTA(9, 38)"
    )) as number;
    expect(quota).toBeCloseTo(9 / 38, 12);
    const onTrack = await page.evaluate(
      'CustomFunctions._association.mappings.ONTRACK(0, [["", 5, 4, "", ""]], [[4, 4, 4, 4, 4]], 20, "increase", "sum")'
    );
    expect(onTrack).toBe("On track");
    expect(scripts).toContain("functions-impl.js");
    expect(new Set(scripts).size).toBe(scripts.length);
  });

  test("the check tells our code's requests from office.js's loader's", async () => {
    const { context, page, requests } = await openPane();
    // A script of ours (served from our origin, as a bundle is) that reaches out.
    const ours = `${base}/reaches-out.js`;
    await page.route(ours, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body:
          'fetch("https://example.org/from-our-bundle").catch(() => 0);' +
          'new Image().src = "https://example.org/from-our-bundle.png";',
      })
    );
    // States to wait for: the loader's own request (office.js opens its
    // telemetry page about 3 s after loading) and our two requests.
    const loaderFetched = page.waitForRequest((r) => OFFICE_JS_LOADER_FETCHES.includes(r.url()));
    const oursFetched = [
      page.waitForRequest("https://example.org/from-our-bundle"),
      page.waitForRequest("https://example.org/from-our-bundle.png"),
    ];
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("button", { name: "Create or update the workbook" }).waitFor();
    await page.addScriptTag({ url: ours });
    await Promise.all([loaderFetched, ...oursFetched]);

    const verdict = await requests.verdict();
    expect(verdict.ours.sort()).toEqual([
      "https://example.org/from-our-bundle",
      "https://example.org/from-our-bundle.png",
    ]);
    expect(verdict.loader).toEqual([...OFFICE_JS_LOADER_FETCHES]);
    expect(verdict.loaderUnlisted).toEqual([]);
    await context.close();
  }, 300000);

  // Issue 17's calm pane on a workbook double that keeps what it is given (test/browser/calm.ts).
  calmTests(() => ({ base, open: (host) => openPane("en-US", host) }), STATE_TIMEOUT);
});
