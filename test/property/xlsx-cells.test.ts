/**
 * The independent reader (test/support/xlsx-cells.ts) on a workbook written
 * by exceljs and on hand-written XML (inline strings, shared formulas,
 * escapes, absolute part names): each kind of cell read as the file holds it.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readXlsxCells, tableRows } from "../support/xlsx-cells";

test("reads strings, numbers, booleans, dates, formulas, errors, comments, hyperlinks and tables", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan d’action");
  ws.getCell("A1").value = "Code";
  ws.getCell("B1").value = "Montant";
  ws.getCell("A2").value = "Équité « paix » 女性  ";
  ws.getCell("B2").value = 123456789012.25;
  ws.getCell("A3").value = "=SUM(1,2) text";
  ws.getCell("B3").value = { formula: "1000*12", result: 12000 };
  ws.getCell("C3").value = true;
  ws.getCell("D3").value = new Date(Date.UTC(2021, 2, 15));
  ws.getCell("E3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("F3").value = { richText: [{ text: "gras " }, { font: { bold: true }, text: "ici" }] };
  ws.getCell("G3").value = { text: "site", hyperlink: "https://example.org/" };
  ws.getCell("A2").note = "note & <remarque>";
  ws.addTable({
    name: "tblT",
    ref: "A5",
    headerRow: true,
    columns: [{ name: "Code" }, { name: "Valeur" }],
    rows: [
      ["X1", 1],
      ["X2", 2],
    ],
  });
  const book = await readXlsxCells(new Uint8Array(await wb.xlsx.writeBuffer()));
  const s = book.sheet("Plan d’action");
  const cell = (a: string) => {
    const c = s.cells.get(a);
    return c && { type: c.type, value: c.value, formula: c.formula };
  };
  expect(cell("A2")).toEqual({ type: "string", value: "Équité « paix » 女性  ", formula: null });
  expect(cell("B2")).toEqual({ type: "number", value: 123456789012.25, formula: null });
  expect(cell("A3")).toEqual({ type: "string", value: "=SUM(1,2) text", formula: null });
  expect(cell("B3")).toEqual({ type: "number", value: 12000, formula: "1000*12" });
  expect(cell("C3")).toEqual({ type: "boolean", value: true, formula: null });
  expect(cell("D3")).toEqual({ type: "date", value: 44270, formula: null });
  expect(cell("E3")).toEqual({ type: "error", value: "#N/A", formula: null });
  expect(cell("F3")).toEqual({ type: "string", value: "gras ici", formula: null });
  expect(s.comments.get("A2")).toContain("note & <remarque>");
  expect(s.hyperlinks.get("G3")).toBe("https://example.org/");
  const t = tableRows(book, "tblT");
  expect(t.table.columns).toEqual(["Code", "Valeur"]);
  expect(t.rows.map((r) => r.cells.map((c) => c?.value))).toEqual([
    ["X1", 1],
    ["X2", 2],
  ]);
});

test("reads inline strings, shared formulas, _xHHHH_ escapes and absolute part names", async () => {
  const zip = new JSZip();
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns:r="r"><sheets><sheet name="S &amp; T" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="/xl/worksheets/one.xml"/></Relationships>`
  );
  zip.file(
    "xl/worksheets/one.xml",
    `<worksheet><sheetData><row r="1">` +
      `<c r="A1" t="inlineStr"><is><t xml:space="preserve"> a_x000D_b </t></is></c>` +
      `<c r="B1"><f t="shared" ref="B1:B2" si="0">A1&amp;"x"</f><v>1</v></c>` +
      `<c r="C1" t="str"><f>"t"</f><v>t</v></c>` +
      `</row><row r="2"><c r="B2"><f t="shared" si="0"/><v>2</v></c><c r="C2" s="0"/></row></sheetData></worksheet>`
  );
  const book = await readXlsxCells(new Uint8Array(await zip.generateAsync({ type: "uint8array" })));
  const s = book.sheet("S & T");
  expect(s.cells.get("A1")).toMatchObject({ type: "string", value: " a\rb ", formula: null });
  expect(s.cells.get("B1")).toMatchObject({ type: "number", value: 1, formula: 'A1&"x"' });
  expect(s.cells.get("B2")).toMatchObject({ formula: "shared:0", value: 2 });
  expect(s.cells.get("C1")).toMatchObject({ type: "formula-string", value: "t", formula: '"t"' });
  expect(s.cells.has("C2")).toBe(false);
});
