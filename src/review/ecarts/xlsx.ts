// The variance tables as an Excel workbook (exceljs): one sheet per act type — one row per act,
// one column per inserted value, header frozen, amounts as numbers in the French € format,
// flagged cells in yellow with the finding as a note — and a « Constats » sheet.
import { EURO_FORMAT, newWorkbook, sheetWithHeader, workbookBytes } from "../../write/xlsx.ts";
import type { VarianceTable } from "./variance.ts";

const AMOUNT = /^\d{1,3}(?:[\u202f\u00a0 ]\d{3})*,\d{2}[\u00a0 ]€$/u;

/** Why: the cell a spreadsheet sums — « 13 750,00 € » becomes the number 13750. */
function cellValue(text: string): string | number {
  if (!AMOUNT.test(text)) return text;
  return Number(text.replace(/[^\d,]/g, "").replace(",", "."));
}

export async function xlsxTables(tables: readonly VarianceTable[]): Promise<Buffer> {
  const book = newWorkbook();
  for (const table of tables) {
    const sheet = sheetWithHeader(
      book,
      table.type,
      ["acte", ...table.columns.map((c) => c.path)],
      true,
    );
    const flagged = new Map(table.findings.map((f) => [`${f.act}\u0000${f.column}`, f.message]));
    for (const row of table.rows) {
      const added = sheet.addRow([row.id, ...row.cells.map(cellValue)]);
      row.cells.forEach((_, i) => {
        const cell = added.getCell(i + 2);
        if (typeof cell.value === "number") cell.numFmt = EURO_FORMAT;
        const message = flagged.get(`${row.id}\u0000${table.columns[i]?.path}`);
        if (message === undefined) return;
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF3BF" } };
        cell.note = message;
      });
    }
    sheet.columns.forEach((column) => {
      column.width = 24;
    });
  }
  const findings = sheetWithHeader(book, "Constats", ["type", "acte", "valeur", "constat"]);
  for (const table of tables) {
    for (const f of table.findings) findings.addRow([table.type, f.act, f.column ?? "", f.message]);
  }
  return await workbookBytes(book);
}
