// A répartition as read from a file: a grid of raw cell values, and where each cell is, for
// diagnostics (`repartition.xlsx!C12`, `repartition.csv:12:3`) and for the comments of the
// operations.yaml written from it. The readers (xlsx.ts, csv.ts) build it; nothing else reads files.
import { basename } from "node:path";
import type { PlainDate } from "../calendar/plain-date.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";

/** A cell as the file gives it, before its column says what it should be. */
export type RawValue =
  | { readonly kind: "empty" }
  | { readonly kind: "text"; readonly text: string }
  /** A number cell; its format may say it is a percentage or pads a code with zeros. */
  | { readonly kind: "number"; readonly number: number; readonly numFmt?: string }
  | { readonly kind: "date"; readonly date: PlainDate };

export const EMPTY: RawValue = { kind: "empty" };

export interface Grid {
  /** The file as the user named it. */
  readonly file: string;
  /** The sheet read, for a workbook. */
  readonly sheet?: string;
  /** rows[r][c]: 0-based; a missing cell is empty. */
  readonly rows: readonly (readonly RawValue[])[];
  /** The file's line of each row (a CSV field may span lines): 1-based. */
  readonly lines: readonly number[];
}

/** Column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Where a cell is, as a diagnostic says it: « repartition.xlsx!C12 » or « repartition.csv:12:3 ». */
export function cellWhere(
  grid: Grid,
  row: number,
  col: number,
): Pick<Diagnostic, "file" | "start"> {
  const line = grid.lines[row] ?? row + 1;
  return grid.sheet === undefined
    ? { file: grid.file, start: { line, column: col + 1 } }
    : { file: `${grid.file}!${columnLetters(col)}${line}` };
}

/** The same place for a comment in the YAML written, with the file's base name only. */
export function cellLabel(grid: Grid, row: number, col: number): string {
  const line = grid.lines[row] ?? row + 1;
  const name = basename(grid.file);
  return grid.sheet === undefined
    ? `${name}:${line}:${col + 1}`
    : `${name}!${columnLetters(col)}${line}`;
}

export function cellAt(grid: Grid, row: number, col: number): RawValue {
  return grid.rows[row]?.[col] ?? EMPTY;
}
