#!/usr/bin/env node
/**
 * Benchmark: the production task pane's payload (gzipped JavaScript and CSS
 * of what taskpane.html loads; office.js listed apart) and its load time in
 * Debian's Chromium on a slow link (1.6 Mbps down, 300 ms round trip), as
 * planners in Mali often have. Fails over 250 KB gzipped for the first screen.
 * Needs `npm run build` (done here when dist/addin is missing).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { execFileSync } = require("child_process");
const { chromium } = require("playwright-core");
const { serve, CHROMIUM_ARGS } = require("../scripts/serve-static");

const DIST = path.resolve(__dirname, "../dist/addin");
const BUDGET_KB = 250;

(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    execFileSync("npm", ["run", "build"], { stdio: "inherit" });
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  // The built page is minified: attribute values may be unquoted.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link[^>]*\shref="?([^"\s>]+\.css)"?/g)].map((m) => m[1]);
  let ours = 0;
  for (const f of [...scripts, ...styles]) {
    const bytes = fs.readFileSync(path.join(DIST, f));
    const gz = zlib.gzipSync(bytes, { level: 9 }).length;
    const officeJs = f.startsWith("office-js/");
    if (!officeJs) ours += gz;
    console.log(
      `${f.padEnd(28)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB, gzipped ${(gz / 1024).toFixed(0).padStart(5)} KB${officeJs ? " (Microsoft loader, copied from @microsoft/office-js; it loads the Excel host files on demand)" : ""}`
    );
  }
  console.log(
    `first screen (our JavaScript and CSS): ${(ours / 1024).toFixed(0)} KB gzipped (budget ${BUDGET_KB} KB)`
  );

  const server = await serve(DIST, { gzip: true });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 300,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (0.5 * 1024 * 1024) / 8,
  });
  // Files cross the throttled link gzipped, as a production server sends them.
  const t0 = Date.now();
  await page.goto(`${base}/taskpane.html`);
  await page.getByRole("button").first().waitFor({ timeout: 120000 });
  const ms = Date.now() - t0;
  console.log(
    `task pane usable on 1.6 Mbps / 300 ms (gzip, office.js from the same server): ${(ms / 1000).toFixed(1)} s`
  );
  await browser.close();
  server.close();
  if (ours / 1024 > BUDGET_KB) process.exit(1);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
