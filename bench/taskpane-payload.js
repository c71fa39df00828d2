#!/usr/bin/env node
/**
 * Benchmark: the production task pane's first screen beside a bare pane
 * equivalent to Microsoft's React task-pane template
 * (OfficeDev/Office-Addin-TaskPane-React at commit 4abbd86: React 18, Fluent
 * UI v9, a header with an image and a title, a short list, a text area and
 * one button; our own code in bench/bare-template/src), built two ways:
 *   - "template": as the template builds itself (bench/bare-template/
 *     webpack.as-built.js: its polyfill, react and taskpane entries, target
 *     ES2015, es6-promise; the versions of its lock file, from the npm
 *     registry). This is the page issue 17 measured (165,543 B gzipped)
 *     and the one its ratio of 1.0 is set against;
 *   - "bare, our build": the same page built with our own loader and
 *     chunking (bench/bare-template/webpack.config.js): what the template
 *     would weigh with our build's care, the stricter comparison, reported
 *     with its own budgets.
 * All three are measured by the same code in one
 * run, in Debian's Chromium, on a slow link (1.6 Mbps down, 300 ms round
 * trip, as planners in Mali often have), each from a cold browser context:
 *   - first-screen bytes: every file of the page's own fetched until its
 *     first button shows, gzipped (office.js counted apart);
 *   - the time from navigation to that button.
 * RUNS cold runs of each, interleaved (the order turning each run), after
 * one uncounted load of each (the browser's own first-page costs fall on
 * none): median and range, and our medians' ratios to each of the others'.
 * Files our pane loads later (the code behind the buttons, on the first
 * click; the custom functions' implementations, on the first call) are
 * listed apart and not counted.
 *
 * Both pages load office.js from Microsoft's CDN, as in production; here that
 * address is answered with the @microsoft/office-js package's file of the
 * same name, unmodified (as the browser test does), so nothing leaves the
 * machine. Playwright's answer to a routed request does not go through
 * Chromium's throttled link: both times count office.js as if it were cached.
 *
 * Fails when a ratio passes its budget (BUDGET below), or our first screen
 * passes BUDGET_KB gzipped.
 * Builds each page when its dist folder is missing (--build: always).
 *   node bench/taskpane-payload.js [--build] [--runs N] [--json FILE]
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { execFileSync } = require("child_process");
const { chromium } = require("playwright-core");
const { serve, CHROMIUM_ARGS } = require("../scripts/serve-static");

const ROOT = path.resolve(__dirname, "..");
const OURS = { name: "ours", dist: path.join(ROOT, "dist/addin") };
const TEMPLATE = { name: "template", dist: path.join(ROOT, "dist/template-as-built") };
const BARE = { name: "bare, our build", dist: path.join(ROOT, "dist/bare-template") };
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
/** Issue 17's aim for our first screen, gzipped. */
const AIM_KB = 130;
/**
 * Our first screen's size, gzipped (109,541 B measured: start.js, runtime.js
 * and the English first-screen texts, 1.6 KB; 125,846 B with the whole
 * English catalogue, 190,573 B before the custom functions' implementations
 * and the second catalogue left it), rounded up to the next KB: it fails
 * when the pane grows.
 */
const BUDGET_KB = 107;
/**
 * Our medians over each page's. Against the template as it builds itself,
 * issue 17's 1.0 for both. Against the same page built our way, as reached:
 * the bytes' ratio measured 1.33 (109,541 B against 82,439 B; 1.53 with the
 * whole catalogue at start); the time's 1.10 to 1.20 in three runs at load 5
 * to 11 on 2 cores, interleaved with the build that loaded the whole
 * catalogue at start (1.08 to 1.15; our median 2.06-2.10 s against
 * 2.19-2.64 s), and 1.24 to 1.30 in three runs at load 2 to 7: the bare
 * pane's own time varies by half a second from run to run, so that budget
 * is set above the noise (it failed at 1.2).
 */
const BUDGET = {
  template: { bytes: 1.0, ms: 1.0 },
  "bare, our build": { bytes: 1.35, ms: 1.35 },
};
const LINK = {
  offline: false,
  latency: 300,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (0.5 * 1024 * 1024) / 8,
};

const arg = (name) => process.argv.indexOf(name);
/**
 * Cold runs of each page (9: one page's time varies by about half a second
 * from load to load here, and with 5 the medians' ratio to the template
 * measured 0.89, 0.96 and 1.02 in three runs).
 */
const RUNS = arg("--runs") > 0 ? Number(process.argv[arg("--runs") + 1]) : 9;

const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

/** The local file that answers a URL: the page's own (under its server) or the office.js package's. */
function fileOf(url, base, dist) {
  if (url.startsWith(OFFICE_JS_CDN)) {
    const rel = decodeURIComponent(
      new URL(url).pathname.slice(new URL(OFFICE_JS_CDN).pathname.length)
    );
    const file = path.join(OFFICE_JS_DIR, rel);
    return file.startsWith(OFFICE_JS_DIR + path.sep) && fs.existsSync(file)
      ? { file, own: false }
      : null;
  }
  if (url.startsWith(base + "/")) {
    const file = path.join(dist, decodeURIComponent(new URL(url).pathname));
    return file.startsWith(dist + path.sep) && fs.existsSync(file) ? { file, own: true } : null;
  }
  return null;
}

/** Files fetched (HTML left out), each with its size and gzipped size. */
function rows(urls, base, dist) {
  return urls
    .filter((u) => !u.endsWith(".html"))
    .map((u) => ({ url: u, local: fileOf(u, base, dist) }))
    .filter((r) => r.local)
    .map((r) => ({
      name: r.url.startsWith(base) ? r.url.slice(base.length + 1) : r.url,
      own: r.local.own,
      raw: fs.statSync(r.local.file).size,
      gz: gz(r.local.file),
    }));
}

/**
 * One cold load of a page in a fresh context on the slow link: the time to
 * its first button and what it fetched until then; `click` then clicks a
 * button and returns what that fetched too.
 */
async function coldLoad(browser, page_, click, call) {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
  const requested = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url.startsWith(page_.base + "/")) return route.continue();
    const local = fileOf(url, page_.base, page_.dist);
    if (!local) return route.abort("blockedbyclient"); // nothing leaves the machine
    // Microsoft's CDN, answered with the package's file (counted gzipped, as the CDN sends it).
    return route.fulfill({ path: local.file, contentType: "text/javascript" });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", LINK);
  const t0 = Date.now();
  await page.goto(`${page_.base}/taskpane.html`);
  await page.getByRole("button").first().waitFor({ timeout: 120000 });
  const ms = Date.now() - t0;
  const first = rows([...new Set(requested)], page_.base, page_.dist);
  let later = [];
  if (click || call) {
    if (click) await page.getByRole("button", { name: click }).first().click();
    // A custom function called as Excel calls it (the function office.js holds for the id).
    if (call) await page.evaluate(call);
    await page.waitForLoadState("networkidle");
    const seen = new Set(first.map((r) => r.name));
    later = rows([...new Set(requested)], page_.base, page_.dist).filter((r) => !seen.has(r.name));
  }
  await context.close();
  const own = first.filter((r) => r.own).reduce((s, r) => s + r.gz, 0);
  const office = first.filter((r) => !r.own).reduce((s, r) => s + r.gz, 0);
  return { ms, own, office, first, later };
}

function build(pg, command, args) {
  if (process.argv.includes("--build") || !fs.existsSync(path.join(pg.dist, "taskpane.html")))
    execFileSync(command, args, { stdio: "inherit", cwd: ROOT });
}

(async () => {
  build(OURS, "npm", ["run", "build"]);
  for (const [pg, config] of [
    [TEMPLATE, "webpack.as-built.js"],
    [BARE, "webpack.config.js"],
  ])
    build(pg, "npx", [
      "webpack",
      "--mode",
      "production",
      "--config",
      `bench/bare-template/${config}`,
    ]);
  const PAGES = [OURS, TEMPLATE, BARE];
  for (const pg of PAGES) {
    pg.server = await serve(pg.dist, { gzip: true });
    pg.base = `http://127.0.0.1:${pg.server.address().port}`;
    pg.runs = [];
  }
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  let clicked;
  // One uncounted load of each: whichever went first would pay the browser's first-page costs.
  for (const pg of PAGES) await coldLoad(browser, pg);
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, each page first in turn, so a change in the machine's load falls on all.
    for (const pg of PAGES.map((_p, k) => PAGES[(i + k) % PAGES.length])) {
      const r = await coldLoad(browser, pg);
      pg.runs.push(r);
      console.log(
        `run ${i + 1} ${pg.name.padEnd(15)} ${String(r.ms).padStart(5)} ms  ${r.own} B gz`
      );
    }
  }
  // What the first click on our pane brings (the code behind the buttons), listed apart.
  clicked = await coldLoad(browser, OURS, /check|vérifier/i);
  const called = await coldLoad(
    browser,
    OURS,
    null,
    "CustomFunctions._association.mappings.QUOTA(9, 38)"
  );
  await browser.close();
  for (const pg of PAGES) pg.server.close();

  const list = (rs) => {
    for (const r of rs)
      console.log(
        `  ${r.name.padEnd(60)} ${kb(r.raw).padStart(10)}, gzipped ${kb(r.gz).padStart(9)}${r.own ? "" : "  (Microsoft's office.js, from its CDN)"}`
      );
  };
  const summary = {};
  for (const pg of PAGES) {
    console.log(`\n${pg.name}: first screen (fetched before the first button shows, last run):`);
    list(pg.runs[pg.runs.length - 1].first);
    summary[pg.name] = {
      bytes: stats(pg.runs.map((r) => r.own)),
      office: stats(pg.runs.map((r) => r.office)),
      ms: stats(pg.runs.map((r) => r.ms)),
    };
  }
  console.log("\nours: loaded on the first click (not in the first screen):");
  list(clicked.later);
  console.log("\nours: loaded on a custom function's first call (not in the first screen):");
  list(called.later);

  const o = summary.ours;
  const others = [TEMPLATE, BARE].map((pg) => pg.name);
  const ratio = Object.fromEntries(
    others.map((n) => [
      n,
      { bytes: o.bytes.median / summary[n].bytes.median, ms: o.ms.median / summary[n].ms.median },
    ])
  );
  const line = (s, unit) => `${s.median} ${unit} [${s.min}-${s.max}]`;
  console.log(`\n${RUNS} cold runs each, 1.6 Mbps / 300 ms, gzip; median [range]:`);
  console.log(
    `  first screen, ours:            ${line(o.bytes, "B gz")}  (aim ${AIM_KB} KB: ${(o.bytes.median / 1024 / AIM_KB).toFixed(2)}x)`
  );
  for (const n of others)
    console.log(`  first screen, ${n.padEnd(16)} ${line(summary[n].bytes, "B gz")}`);
  console.log(`  office.js (each, apart):       ${line(o.office, "B gz")}`);
  console.log(`  first button, ours:            ${line(o.ms, "ms")}`);
  for (const n of others)
    console.log(`  first button, ${n.padEnd(16)} ${line(summary[n].ms, "ms")}`);
  for (const n of others)
    console.log(
      `  ratio ours / ${n}: bytes ${ratio[n].bytes.toFixed(2)} (budget ${BUDGET[n].bytes}), time ${ratio[n].ms.toFixed(2)} (budget ${BUDGET[n].ms})`
    );
  const out = arg("--json");
  if (out > 0)
    fs.writeFileSync(
      process.argv[out + 1],
      JSON.stringify(
        {
          runs: RUNS,
          summary,
          ratio,
          ours: OURS.runs,
          template: TEMPLATE.runs,
          bare: BARE.runs,
          later: clicked.later,
          firstCall: called.later,
        },
        null,
        2
      )
    );
  let failed = false;
  if (o.bytes.median / 1024 > BUDGET_KB) {
    console.error(`over budget: our first screen ${kb(o.bytes.median)} > ${BUDGET_KB} KB`);
    failed = true;
  }
  for (const n of others)
    for (const k of ["bytes", "ms"])
      if (ratio[n][k] > BUDGET[n][k]) {
        console.error(
          `over budget: ratio of ${k} to ${n} ${ratio[n][k].toFixed(2)} > ${BUDGET[n][k]}`
        );
        failed = true;
      }
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
