#!/usr/bin/env node
/**
 * Benchmark: the production task pane's first screen, measured in Debian's
 * Chromium: every file the page fetches until its first button shows, as
 * gzipped bytes, ours apart from Microsoft's office.js; and the time to that
 * button on a slow link (1.6 Mbps down, 300 ms round trip), as planners in
 * Mali often have. Files loaded later (the code behind the buttons, on the
 * first click) are listed apart and not counted.
 *
 * The page loads office.js from Microsoft's CDN, as in production; here that
 * address is answered with the @microsoft/office-js package's file of the
 * same name, unmodified (as the browser test does), so nothing leaves the
 * machine; its bytes are counted gzipped, as the CDN sends it. Playwright's
 * answer to a routed request does not go through Chromium's throttled link:
 * the load time counts office.js as if it were cached.
 *
 * Fails when our first screen passes BUDGET_KB gzipped (issue 17 aims at 130 KB).
 * Needs `npm run build` (done here when dist/addin is missing).
 *   node bench/taskpane-payload.js [--json FILE]
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { execFileSync } = require("child_process");
const { chromium } = require("playwright-core");
const { serve, CHROMIUM_ARGS } = require("../scripts/serve-static");

const DIST = path.resolve(__dirname, "../dist/addin");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
/** Issue 17's aim for our first screen, gzipped. */
const AIM_KB = 130;
/** What the first screen measured here (171 KB) with a little room: it fails when the pane grows. */
const BUDGET_KB = 180;

const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

/** The local file that answers a URL: ours (under the server) or the office.js package's. */
function fileOf(url, base) {
  if (url.startsWith(OFFICE_JS_CDN)) {
    const rel = decodeURIComponent(
      new URL(url).pathname.slice(new URL(OFFICE_JS_CDN).pathname.length)
    );
    const file = path.join(OFFICE_JS_DIR, rel);
    return file.startsWith(OFFICE_JS_DIR + path.sep) && fs.existsSync(file)
      ? { file, ours: false }
      : null;
  }
  if (url.startsWith(base)) {
    const file = path.join(DIST, decodeURIComponent(new URL(url).pathname));
    return file.startsWith(DIST) && fs.existsSync(file) ? { file, ours: true } : null;
  }
  return null;
}

(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    execFileSync("npm", ["run", "build"], { stdio: "inherit" });
  const server = await serve(DIST, { gzip: true });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
  const requested = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url.startsWith(base)) return route.continue();
    const local = fileOf(url, base);
    if (!local) return route.abort("blockedbyclient"); // nothing leaves the machine
    // Microsoft's CDN, answered with the package's file (counted gzipped, as the CDN sends it).
    return route.fulfill({ path: local.file, contentType: "text/javascript" });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 300,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (0.5 * 1024 * 1024) / 8,
  });
  const t0 = Date.now();
  await page.goto(`${base}/taskpane.html`);
  await page.getByRole("button").first().waitFor({ timeout: 120000 });
  const ms = Date.now() - t0;
  const firstScreen = [...new Set(requested)];
  // What the first click brings (the code behind the buttons), listed apart.
  await page
    .getByRole("button", { name: /check|vérifier/i })
    .first()
    .click();
  await page.waitForTimeout(0);
  await page.waitForLoadState("networkidle");
  const later = [...new Set(requested)].filter((u) => !firstScreen.includes(u));
  await browser.close();
  server.close();

  const rows = (urls) =>
    urls
      .filter((u) => !u.endsWith(".html"))
      .map((u) => ({ url: u, local: fileOf(u, base) }))
      .filter((r) => r.local)
      .map((r) => ({
        name: r.url.startsWith(base) ? r.url.slice(base.length + 1) : r.url,
        ours: r.local.ours,
        raw: fs.statSync(r.local.file).size,
        gz: gz(r.local.file),
      }));
  const first = rows(firstScreen);
  const ours = first.filter((r) => r.ours).reduce((s, r) => s + r.gz, 0);
  const office = first.filter((r) => !r.ours).reduce((s, r) => s + r.gz, 0);
  console.log("first screen (fetched before the first button shows):");
  for (const r of first)
    console.log(
      `  ${r.name.padEnd(60)} ${kb(r.raw).padStart(10)}, gzipped ${kb(r.gz).padStart(9)}${r.ours ? "" : "  (Microsoft's office.js, from its CDN)"}`
    );
  console.log("loaded on the first click (not in the first screen):");
  for (const r of rows(later))
    console.log(
      `  ${r.name.padEnd(60)} ${kb(r.raw).padStart(10)}, gzipped ${kb(r.gz).padStart(9)}`
    );
  console.log(
    `first screen, ours: ${ours} B gzipped (${kb(ours)}; aim ${AIM_KB} KB: ${(ours / 1024 / AIM_KB).toFixed(2)}x the aim)`
  );
  console.log(`first screen, office.js: ${office} B gzipped (${kb(office)})`);
  console.log(
    `ours / office.js: ${(ours / office).toFixed(2)}; ours / whole first screen: ${(ours / (ours + office)).toFixed(2)}`
  );
  console.log(`task pane usable on 1.6 Mbps / 300 ms (gzip): ${(ms / 1000).toFixed(1)} s`);
  const out = process.argv.indexOf("--json");
  if (out > 0)
    fs.writeFileSync(
      process.argv[out + 1],
      JSON.stringify({ ours, office, ratio: ours / office, ms, first, later: rows(later) }, null, 2)
    );
  if (ours / 1024 > BUDGET_KB) {
    console.error(`over budget: ${kb(ours)} > ${BUDGET_KB} KB`);
    process.exit(1);
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
