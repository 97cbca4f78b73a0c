// An Excel répartition → a Grid (exceljs; never the unmaintained `xlsx` package). Dates come
// out of exceljs as JS Dates at midnight UTC: their UTC fields are the calendar date, whatever
// the machine's time zone. Formulas give their cached result; rich text its plain text; a merged
// cell its first cell's value on each row it covers.
import ExcelJS from "exceljs";
import { closest } from "../diagnostics/suggest.ts";
import { EMPTY, type Grid, type RawValue } from "./grid.ts";
import { plainWords } from "./words.ts";

/** The sheet asked for, else the one named after the session, else the first. */
export interface SheetChoice {
  readonly asked?: string;
  readonly session: string;
}

export async function readXlsx(
  file: string,
  bytes: Uint8Array,
  choice: SheetChoice,
): Promise<{ grid: Grid } | { error: string }> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { error: `${file} n'est pas un classeur Excel lisible (${(error as Error).message})` };
  }
  const names = book.worksheets.map((s) => s.name);
  const wanted = choice.asked ?? (names.includes(choice.session) ? choice.session : names[0]);
  const sheet = book.worksheets.find(
    (s) => s.name === wanted || plainWords(s.name) === plainWords(wanted ?? ""),
  );
  if (!sheet) {
    const near = closest(wanted ?? "", names);
    return {
      error: `feuille « ${wanted} » introuvable dans ${file}${near ? ` — voulez-vous dire « ${near} » ?` : ""} (feuilles : ${names.join(", ")})`,
    };
  }
  const rows: RawValue[][] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: RawValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = rawValue(cell.value, cell.numFmt);
    });
    const filled = Array.from({ length: cells.length }, (_, i) => cells[i] ?? EMPTY);
    if (filled.some((c) => c.kind !== "empty")) {
      rows.push(filled);
      lines.push(number);
    }
  });
  return { grid: { file, sheet: sheet.name, rows, lines } };
}

/** One exceljs cell value as a RawValue. */
export function rawValue(value: ExcelJS.CellValue, numFmt?: string): RawValue {
  if (value === null || value === undefined) return EMPTY;
  if (value instanceof Date) {
    return {
      kind: "date",
      date: {
        year: value.getUTCFullYear(),
        month: value.getUTCMonth() + 1,
        day: value.getUTCDate(),
      },
    };
  }
  if (typeof value === "number")
    return numFmt ? { kind: "number", number: value, numFmt } : { kind: "number", number: value };
  if (typeof value === "string") return value.trim() === "" ? EMPTY : { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "text", text: value ? "VRAI" : "FAUX" };
  if ("richText" in value) return rawValue(value.richText.map((r) => r.text).join(""));
  if ("error" in value) return { kind: "text", text: String(value.error) };
  if ("result" in value) return rawValue(value.result as ExcelJS.CellValue, numFmt);
  if ("formula" in value || "sharedFormula" in value) return EMPTY;
  if ("text" in value) return rawValue(value.text as ExcelJS.CellValue);
  return EMPTY;
}
