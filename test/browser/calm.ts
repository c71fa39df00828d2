/**
 * Issue 17's calm pane, in the built pane in Chromium at 350×800 (called
 * from taskpane.browser.test.ts's describe, which builds the pane once):
 * each action's outcome is in the view when it finishes; three checks leave
 * one change watcher a sheet; a double click on "Import into this workbook"
 * runs one import, and a second import waits while one runs.
 *
 * The Excel host is the jest tests' recording double (test/office/
 * excel-double.ts, bundled for the browser by webpack from
 * workbook-double.entry.ts), so the workbook keeps what the pane writes and
 * the pane's checks and imports work on it. Every wait is for a state.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { execFileSync } from "child_process";
import webpack from "webpack";
import type { BrowserContext, Locator, Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-output", "browser-double");
const CLI = path.join(ROOT, "dist/cli/main.js");

/** The double, bundled for the browser (a few seconds). */
export async function bundleDouble(): Promise<string> {
  await new Promise<void>((resolve, reject) =>
    webpack(
      {
        mode: "development",
        devtool: false,
        target: "web",
        entry: path.join(__dirname, "workbook-double.entry.ts"),
        output: { path: OUT, filename: "double.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: {
          rules: [
            {
              test: /\.ts$/,
              loader: "ts-loader",
              options: { transpileOnly: true, compilerOptions: { module: "esnext" } },
            },
          ],
        },
      },
      (err, stats) =>
        err || stats?.hasErrors()
          ? reject(err ?? new Error(stats?.toString("errors-only")))
          : resolve()
    )
  );
  return path.join(OUT, "double.js");
}

/** Whether the element lies wholly inside the window's view (the pane is 350×800). */
async function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  });
}

/** What the pane says once an import is written (its create-or-update report). */
const IMPORTED = /Workbook updated in place/;

const runs = async (page: Page) => (await page.evaluate("window.__runs")) as number;

/** Click a button and wait until its action ran and the pane is idle again (the button enabled). */
async function act(page: Page, name: string): Promise<void> {
  const before = await runs(page);
  const button = page.getByRole("button", { name, exact: true });
  await button.click();
  await page.waitForFunction(`window.__runs > ${before}`);
  await page.waitForFunction(
    (n) => [...document.querySelectorAll("button")].some((b) => b.textContent === n && !b.disabled),
    name
  );
}

/** The pane's page with an Excel host installed before it starts (office.js answered from its package). */
export type OpenPane = (host: string) => Promise<{ context: BrowserContext; page: Page }>;

export function calmTests(env: () => { base: string; open: OpenPane }, timeout: number): void {
  let double: string;
  let submission: string;

  beforeAll(async () => {
    double = await bundleDouble();
    // A focal point's copy to import: the example's national workbook, prepared for MPFEF.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-calm-"));
    const national = path.join(dir, "national.xlsx");
    execFileSync("node", [CLI, "build", "--example", "--lang", "en", "--out", national]);
    execFileSync("node", [
      CLI,
      ...["prepare", national, "--for", "MPFEF", "--year", "2023", "--out", dir],
      ...["--lang", "en"],
    ]);
    submission = path.join(dir, "NAP1325-MPFEF-2023.xlsx");
  }, timeout);

  async function openPane() {
    const { base, open } = env();
    const { context, page } = await open(double);
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("button", { name: "Create or update the workbook" }).waitFor();
    return { context, page };
  }

  /** A pane whose workbook holds the Mali plan, written by the pane. */
  async function createdPane() {
    const pane = await openPane();
    await pane.page.getByRole("radio", { name: /Mali/ }).first().check();
    await act(pane.page, "Create or update the workbook");
    return pane;
  }

  /** A pane with the Mali plan and the focal point's copy checked, its "Import" button showing. */
  async function importReady() {
    const pane = await createdPane();
    await pane.page.locator("input[type=file]").setInputFiles(submission);
    await act(pane.page, "Check the files (nothing is written)");
    const confirm = pane.page.getByRole("button", { name: "Import into this workbook" });
    await confirm.waitFor();
    return { ...pane, confirm };
  }

  test(
    "each action's outcome is in the 350×800 view when it finishes; three checks leave one change watcher a sheet",
    async () => {
      const { context, page } = await createdPane();
      const created = page.getByText(/Workbook (created|updated)/).first();
      await created.waitFor();
      expect(await inView(created)).toBe(true);

      for (let i = 1; i <= 3; i++) {
        await act(page, "Check the workbook");
        const outcome = page.getByText(/No problem found|\d+ errors? and \d+ warnings?/).first();
        await outcome.waitFor();
        expect({ check: i, inView: await inView(outcome) }).toEqual({ check: i, inView: true });
      }
      // The watcher starts after the check's outcome: wait for it, then count.
      await page.waitForFunction("window.__wb.sheets.some((s) => s.handlers.length > 0)");
      const handlers = (await page.evaluate(
        "window.__wb.sheets.filter((s) => s.handlers.length > 0).map((s) => [s.name, s.handlers.length])"
      )) as [string, number][];
      expect(handlers.length).toBeGreaterThan(0);
      expect(handlers.filter(([, n]) => n !== 1)).toEqual([]);

      // An action far down the pane: its outcome is scrolled into view too.
      await act(page, "Export for donors (IATI 2.03 XML)");
      const exported = page.getByText(/The IATI file is ready|No IATI file written/);
      await exported.waitFor();
      expect(await inView(exported)).toBe(true);
      await context.close();
    },
    timeout
  );

  test(
    "a double click on Import runs one import; while it runs the button waits",
    async () => {
      const { context, page, confirm } = await importReady();

      // The import is kept at Excel's door until released: it runs, and waits.
      await page.evaluate("window.__hold()");
      const before = await runs(page);
      await confirm.dblclick();
      await page.waitForFunction("window.__held > 0");
      await page.getByText("Importing into the workbook…").waitFor();
      expect(await confirm.isDisabled()).toBe(true);
      // One import has reached Excel, no second one.
      expect(await page.evaluate("window.__held")).toBe(1);
      expect((await runs(page)) - before).toBe(1);
      await page.evaluate("window.__release()");
      const imported = page.getByText(IMPORTED);
      await imported.waitFor();
      expect(await inView(imported)).toBe(true);
      await page.waitForFunction("window.__held === 0");
      const importRuns = (await runs(page)) - before;
      await context.close();

      // The same import with a single click takes as many runs: the double click added none.
      const again = await importReady();
      const start = await runs(again.page);
      await again.confirm.click();
      await again.page.getByText(IMPORTED).waitFor();
      await again.page.waitForFunction("window.__held === 0");
      expect(importRuns).toBe((await runs(again.page)) - start);
      await again.context.close();
    },
    timeout
  );
}
