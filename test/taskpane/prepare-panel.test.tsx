/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// (exceljs's uuid in its Node build: the jsdom default, the browser build, is ES modules jest does not load.)
/**
 * Issue 15 point 7: the TMU prepares focal points' copies from the pane, as
 * `nap1325 prepare` does: each copy is made in memory, offered as a download
 * named as the command line names it, and the open workbook is not changed.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { App } from "../../src/taskpane/App";
import { officeWorkbook, type ExcelHost } from "../../src/office/excel-adapter";
import { choosePlan, createOrUpdate } from "../../src/app/create";
import { prepareCopy } from "../../src/app/prepare";
import { readPlan } from "../../src/core/template/read";
import { forExcelJs, tablesOf } from "../../src/xlsx/workbook";
import { contextFor, WorkbookDouble } from "../office/excel-double";

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const blobs = new Map<string, Blob>();
beforeEach(() => {
  blobs.clear();
  type Create = typeof URL.createObjectURL;
  (URL as unknown as { createObjectURL: Create }).createObjectURL = (b) => {
    const url = `blob:copy-${blobs.size + 1}`;
    blobs.set(url, b as Blob);
    return url;
  };
  (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => {};
});

function blobBytes(b: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(b);
  });
}

/** The example workbook (the Mali plan with its fictitious operational plan), open in the Excel double. */
async function exampleHost(): Promise<ExcelHost & { wb: WorkbookDouble }> {
  const wb = new WorkbookDouble();
  const h: ExcelHost & { wb: WorkbookDouble } = {
    wb,
    run: (f) => f(contextFor(wb).context),
    supports: () => true,
  };
  const plan = await choosePlan({ plan: "example", lang: "en", start: 2019, end: 2023 });
  await createOrUpdate(officeWorkbook(h), plan, "en");
  return h;
}

/** Every cell of every sheet of the double, to tell whether anything was written. */
const cellsOf = (wb: WorkbookDouble) =>
  JSON.stringify(wb.sheets.map((s) => [s.name, [...s.cells.entries()]]));

function renderApp(h: ExcelHost, lang: "en" | "fr") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App
        workbook={officeWorkbook(h)}
        openSubmission={async () => ({ ok: false, reason: "unused" })}
        initialLang={lang}
      />
    </FluentProvider>
  );
}

test("two copies prepared from the example workbook, each stamped for its focal point and year, the workbook unchanged", async () => {
  const h = await exampleHost();
  const before = cellsOf(h.wb);
  renderApp(h, "en");
  const section = () => screen.getByRole("region", { name: "Prepare copies for focal points" });
  const pane = within(section());
  fireEvent.click(pane.getByRole("button", { name: "List the focal points" }));
  const stakeholders = await pane.findByRole("group", { name: "Stakeholders" });
  const regions = pane.getByRole("group", { name: "Regions" });
  const prepare = pane.getByRole("button", { name: "Prepare copies" }) as HTMLButtonElement;
  // Default: no focal point chosen, nothing to prepare.
  expect(screen.getByText("Focal points chosen: 0")).toBeTruthy();
  expect(prepare.disabled).toBe(true);
  fireEvent.click(within(stakeholders).getByRole("checkbox", { name: /^MJ — / }));
  fireEvent.click(within(regions).getByRole("checkbox", { name: "KAY — Kayes" }));
  expect(screen.getByText("Focal points chosen: 2")).toBeTruthy();
  // The plan's period is 2019-2023: a year outside it is not offered.
  const year = pane.getByLabelText("Reporting year");
  fireEvent.change(year, { target: { value: "2031" } });
  expect(prepare.disabled).toBe(true);
  fireEvent.change(year, { target: { value: "2021" } });
  fireEvent.click(prepare);
  // Busy while it works (the button too), then the outcome.
  await waitFor(() => expect(section().textContent).toMatch(/Preparing copy \d of 2…/));
  expect(prepare.disabled).toBe(true);
  await waitFor(() => expect(section().textContent).not.toMatch(/Preparing copy/), {
    timeout: 40000,
  });
  expect(section().textContent).toMatch(/2 copies prepared for 2021: download each one/);
  const mj = screen.getByRole("link", { name: "Download NAP1325-MJ-2021.xlsx" });
  const kay = screen.getByRole("link", { name: "Download NAP1325-KAY-2021.xlsx" });
  expect(mj.getAttribute("download")).toBe("NAP1325-MJ-2021.xlsx");

  const stamps = [];
  for (const [link, code, kind] of [
    [mj, "MJ", "stakeholder"],
    [kay, "KAY", "region"],
  ] as const) {
    const bytes = await blobBytes(blobs.get(link.getAttribute("href")!)!);
    const wb = new ExcelJS.Workbook();
    // exceljs cannot parse the tables' calculated-column formulas the package declares: forExcelJs sets them aside.
    await wb.xlsx.load((await forExcelJs(bytes)) as unknown as ArrayBuffer);
    const read = readPlan(tablesOf(wb), "en");
    expect(read.problems).toEqual([]);
    expect(read.plan.stamp).toMatchObject({ focalPoint: code, focalPointKind: kind, year: 2021 });
    expect(read.plan.stamp!.copyId).toMatch(new RegExp(`^${code}-2021-[0-9a-f]{12}$`));
    // The package itself (plain XML, not through exceljs) carries the copy id.
    const zip = await JSZip.loadAsync(bytes);
    const xml = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/.test(n))
        .map((n) => zip.file(n)!.async("string"))
    );
    expect(xml.some((x) => x.includes(read.plan.stamp!.copyId))).toBe(true);
    stamps.push(read.plan.stamp!);
    // The region's copy holds only the actions that concern Kayes.
    if (kind === "region")
      expect(read.plan.actions.every((a) => a.regions.includes("KAY"))).toBe(true);
  }
  expect(stamps[0].copyId).not.toBe(stamps[1].copyId);
  expect(screen.getByText(`(MJ: copy ${stamps[0].copyId})`)).toBeTruthy();
  // The open national workbook was read, not written.
  expect(cellsOf(h.wb)).toBe(before);
}, 60000);

test("with a copy open, prepare is refused in the command line's words, in French", async () => {
  const h = await exampleHost();
  await prepareCopy(officeWorkbook(h), {
    focalPoint: "MPFEF",
    year: 2021,
    copyId: "MPFEF-2021-0123456789ab",
    now: "2021-01-05T00:00:00Z",
    lang: "en",
  });
  const before = cellsOf(h.wb);
  renderApp(h, "fr");
  fireEvent.click(screen.getByRole("button", { name: "Lister les points focaux" }));
  await screen.findByText(/c’est la copie de MPFEF, pas le classeur national/);
  expect(screen.queryByRole("button", { name: "Préparer les copies" })).toBeNull();
  expect(cellsOf(h.wb)).toBe(before);
}, 60000);
