/**
 * The built task pane in Debian's Chromium (playwright-core, never a
 * downloaded browser): served from 127.0.0.1 with office.js from the npm
 * package, an Excel host double installed before the app starts. Clicks
 * through creating the Mali workbook in French, checks what reached Excel,
 * saves a screenshot, and proves no request leaves 127.0.0.1.
 */
import fs from "fs";
import http from "http";
import path from "path";
import { execFileSync } from "child_process";
import type { AddressInfo } from "net";
import { chromium, type Browser } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist/addin");
const OUT = path.join(ROOT, "test-output");

const { serve, CHROMIUM_ARGS } = require("../../scripts/serve-static") as {
  serve: (dir: string) => Promise<http.Server>;
  CHROMIUM_ARGS: string[];
};

const describeBrowser = fs.existsSync(CHROMIUM) ? describe : describe.skip;
if (!fs.existsSync(CHROMIUM))
  console.warn(`${CHROMIUM} not found: browser tests skipped (apt-get install chromium)`);

describeBrowser("task pane in Chromium", () => {
  let server: http.Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    // The production bundle, as planners get it.
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "pipe" });
    server = await serve(DIST);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 300000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  test("creates the Mali workbook in French; nothing leaves 127.0.0.1", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 760 } });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.addInitScript({ path: path.join(__dirname, "excel-host-double.js") });
    await page.goto(`${base}/taskpane.html`);
    await page
      .getByRole("button", { name: "Create or update the workbook" })
      .waitFor({ timeout: 30000 });

    await page.getByRole("combobox").click();
    await page.getByRole("option", { name: "Français" }).click();
    await page.getByRole("radio", { name: "Mali — troisième PAN 2019-2023" }).check();
    await page.getByRole("button", { name: "Créer ou mettre à jour le classeur" }).click();
    await page.getByText(/Classeur créé : 22 feuilles/).waitFor({ timeout: 30000 });

    const log = (await page.evaluate("window.__excelLog")) as {
      op: string;
      path: string;
      args?: unknown[];
      value?: unknown;
    }[];
    const added = log
      .filter((l) => l.op === "call" && l.path.endsWith("worksheets.add"))
      .map((l) => l.args![0]);
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
    expect(await page.evaluate("window.__excelSyncs")).toBe(2);

    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, "taskpane-fr.png"), fullPage: true });
    const outside = requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:"));
    expect(outside).toEqual([]);
    expect(requests.some((u) => u.endsWith("/office-js/office.js"))).toBe(true);
  }, 120000);
});
