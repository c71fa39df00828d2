/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { AdapterError, officeWorkbook, type ExcelHost } from "../../src/office/excel-adapter";
import { contextFor, SheetDouble, WorkbookDouble } from "../office/excel-double";

// jsdom has no ResizeObserver (Fluent's MessageBar watches its size): a no-op one.
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** A host over a workbook double; `syncs` holds each Excel.run's number of syncs, in order. */
function host(
  overrides: Partial<ExcelHost> = {}
): ExcelHost & { wb: WorkbookDouble; syncs: number[] } {
  const wb = new WorkbookDouble();
  const syncs: number[] = [];
  return {
    wb,
    syncs,
    run: async (f) => {
      const { context, rec } = contextFor(wb);
      try {
        return await f(context);
      } finally {
        syncs.push(rec.syncs);
      }
    },
    supports: () => true,
    ...overrides,
  };
}

function renderApp(h: ExcelHost, lang: "en" | "fr") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App
        workbook={officeWorkbook(h)}
        openSubmission={async (name, bytes, mtime, l) =>
          (await import("../../src/xlsx/untrusted")).loadUntrustedBytes(
            name,
            bytes,
            mtime,
            l,
            false
          )
        }
        initialLang={lang}
      />
    </FluentProvider>
  );
}

describe("task pane", () => {
  test("in French: labels, the create button, and the result summary", async () => {
    const h = host();
    renderApp(h, "fr");
    expect(
      screen.getByRole("heading", { name: "Classeur des résultats du PAN 1325" })
    ).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Mali — troisième PAN 2019-2023" })).toBeTruthy();
    // The file picker speaks the planner's language, not the browser's.
    expect(screen.getByRole("button", { name: "Choisir des classeurs (.xlsx)…" })).toBeTruthy();
    expect(screen.getByText("Classeurs choisis : 0")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Créer ou mettre à jour le classeur" }));
    const said = await screen.findByText(/Classeur créé\s: \d+ feuilles/);
    // The message counts the sheets the create added to the workbook, no more, no fewer.
    expect(Number(/: (\d+) feuilles/.exec(said.textContent ?? "")?.[1])).toBe(h.wb.sheets.length);
    expect(screen.getByText(/63 indicateurs\.$/)).toBeTruthy();
    // The write itself took 2 round trips (look, write everything); planners are not told.
    expect(h.syncs[h.syncs.length - 1]).toBe(2);
    expect(said.textContent).not.toMatch(/allers-retours|Excel/);
    expect(h.wb.sheet("Cadre stratégique")).toBeDefined();
  });

  test("in English, a second run updates in place and says every entry was kept", async () => {
    const h = host();
    renderApp(h, "en");
    const button = screen.getByRole("button", { name: "Create or update the workbook" });
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByText(/Workbook created/)).toBeTruthy());
    fireEvent.click(button);
    await waitFor(() =>
      expect(screen.getByText(/Workbook updated in place, every entry kept/)).toBeTruthy()
    );
    // Look; read (where the tables are and their size, then their cells); check again just
    // before writing, read the same way (a co-author's edit is not overwritten); write.
    expect(h.syncs[h.syncs.length - 1]).toBe(6);
    expect(screen.queryByText(/round trips/)).toBeNull();
  });

  test("a blank plan needs a sensible period", () => {
    renderApp(host(), "en");
    fireEvent.click(screen.getByRole("radio", { name: "A blank plan" }));
    const first = screen.getByLabelText("First year");
    fireEvent.change(first, { target: { value: "2030" } });
    expect(screen.getByText(/The last year must be the first year or after it/)).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Create or update the workbook" }) as HTMLButtonElement)
        .disabled
    ).toBe(true);
  });

  test("errors are shown from their code, in the planner's language, with the raw text as details", async () => {
    const h = host({
      run: () => Promise.reject(new AdapterError("not-supported", "ExcelApi 1.4")),
    });
    renderApp(h, "fr");
    fireEvent.click(screen.getByRole("button", { name: "Créer ou mettre à jour le classeur" }));
    await waitFor(() =>
      expect(screen.getByText(/Cette version d’Excel est trop ancienne/)).toBeTruthy()
    );
    expect(screen.getByText("Le classeur n’a pas été écrit")).toBeTruthy();
    expect(screen.getByText(/not-supported: ExcelApi 1.4/)).toBeTruthy();
  });

  test("a workbook with its own sheet of a template name: refused in words, the sheet named, nothing written", async () => {
    const h = host();
    h.wb.sheets.push(new SheetDouble("Budget"));
    renderApp(h, "fr");
    fireEvent.click(screen.getByRole("button", { name: "Créer ou mettre à jour le classeur" }));
    await waitFor(() =>
      expect(screen.getByText(/Ce classeur contient déjà des feuilles.*: Budget\./)).toBeTruthy()
    );
    expect(screen.getByText("Le classeur n’a pas été écrit")).toBeTruthy();
    expect(h.wb.sheets.map((s) => s.name)).toEqual(["Budget"]);
  });

  test("old Excel: the features it lacks are named", async () => {
    const h = host({ supports: (v) => Number(v.split(".")[1]) <= 7 });
    renderApp(h, "en");
    fireEvent.click(screen.getByRole("button", { name: "Create or update the workbook" }));
    await waitFor(() =>
      expect(screen.getByText(/This version of Excel lacks some features/)).toBeTruthy()
    );
    expect(screen.getByText(/drop-down lists and checks in cells/)).toBeTruthy();
  });

  test("checking lists findings by sheet; choosing one selects its cell", async () => {
    const h = host();
    renderApp(h, "en");
    fireEvent.click(screen.getByRole("button", { name: "Create or update the workbook" }));
    await waitFor(() => expect(screen.getByText(/Workbook created/)).toBeTruthy());
    // A planner types an impossible value.
    const header = h.wb.tableValues("tblActions")[0];
    const col = String.fromCharCode(65 + header.indexOf("Progress (%)"));
    h.wb.sheet("Operational plan")!.cells.set(`${col}2`, { value: 140, formula: 140 });
    fireEvent.click(screen.getByRole("button", { name: "Check the workbook" }));
    await waitFor(() => expect(screen.getByText(/1 error and 0 warnings/)).toBeTruthy());
    expect(screen.getByRole("heading", { name: "Operational plan" })).toBeTruthy();
    const finding = screen.getByRole("button", {
      name: new RegExp(`Operational plan!${col}2: .*140`),
    });
    const runs: string[] = [];
    const original = h.run;
    h.run = (f) => {
      runs.push("run");
      return original(f);
    };
    fireEvent.click(finding);
    await waitFor(() => expect(runs).toEqual(["run"]));
  });

  test("export for donors: the IATI file to download, with the findings first", async () => {
    (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => "blob:nap-iati";
    const h = host();
    renderApp(h, "en");
    fireEvent.click(screen.getByRole("radio", { name: /with an example operational plan/ }));
    fireEvent.click(screen.getByRole("button", { name: "Create or update the workbook" }));
    await waitFor(() => expect(screen.getByText(/Workbook created/)).toBeTruthy());
    fireEvent.click(screen.getByRole("button", { name: "Export for donors (IATI 2.03 XML)" }));
    await waitFor(() => expect(screen.getByText("The IATI file is ready.")).toBeTruthy());
    expect(screen.getByText(/fictitious example operational plan: do not publish/)).toBeTruthy();
    const link = screen.getByRole("link", { name: /Download mali-nap-2019-2023-iati\.xml/ });
    expect(link.getAttribute("download")).toBe("mali-nap-2019-2023-iati.xml");
  });

  test("export for donors through the one use case: a budget amount typed in words is refused, naming the cell, as by the command line", async () => {
    const created: string[] = [];
    (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => {
      created.push("blob");
      return "blob:nap-iati";
    };
    const h = host();
    renderApp(h, "en");
    fireEvent.click(screen.getByRole("radio", { name: /with an example operational plan/ }));
    fireEvent.click(screen.getByRole("button", { name: "Create or update the workbook" }));
    await waitFor(() => expect(screen.getByText(/Workbook created/)).toBeTruthy());
    // A planner types the amount in words (test/iati/cli.test.ts does the same to a file).
    const header = h.wb.tableValues("tblBudget")[0];
    const cell = `${String.fromCharCode(65 + header.indexOf("Amount planned"))}2`;
    h.wb.sheet("Budget")!.cells.set(cell, { value: "twelve thousand", formula: "twelve thousand" });
    fireEvent.click(screen.getByRole("button", { name: "Export for donors (IATI 2.03 XML)" }));
    await waitFor(() =>
      expect(screen.getByText(/No IATI file written: \d+ errors? to correct first\./)).toBeTruthy()
    );
    expect(
      screen.getByText(new RegExp(`^Error: Budget!${cell}: "twelve thousand" is not a number`))
    ).toBeTruthy();
    expect(screen.queryByRole("link", { name: /Download/ })).toBeNull();
    expect(created).toEqual([]);
  });
});
