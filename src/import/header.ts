// The header row of a répartition: which column holds which field. It is the first row, among
// the first ten (a title may stand above the table), that names the partner column. A header
// a typo away from a known one is an error with its correction (its column would be lost);
// any other unknown header is ignored and listed.
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { closest } from "../diagnostics/suggest.ts";
import {
  COLUMN_NAMES,
  type Column,
  columnNamed,
  FIGURES,
  headerWords,
  REQUIRED,
} from "./columns.ts";
import { cellWhere, type Grid } from "./grid.ts";

export interface Mapped {
  readonly column: Column;
  /** 0-based index in the grid's rows. */
  readonly index: number;
  /** The header as the sheet writes it. */
  readonly written: string;
}

export interface Header {
  /** 0-based row of the header. */
  readonly row: number;
  readonly columns: readonly Mapped[];
  readonly ignored: readonly string[];
}

export function readHeader(grid: Grid): { header?: Header; diagnostics: Diagnostic[] } {
  const texts = (r: number) =>
    (grid.rows[r] ?? []).map((c) =>
      c.kind === "text" ? c.text.trim() : c.kind === "number" ? String(c.number) : "",
    );
  const candidates = grid.rows.slice(0, 10).map((_, r) => r);
  const row =
    candidates.find((r) => texts(r).some((t) => columnNamed(t)?.header === "partenaire")) ?? 0;
  const diagnostics: Diagnostic[] = [];
  const columns: Mapped[] = [];
  const ignored: string[] = [];
  const at = (index: number) => ({ severity: "error" as const, ...cellWhere(grid, row, index) });
  texts(row).forEach((written, index) => {
    if (written === "") return;
    const column = columnNamed(written);
    const twin = column && columns.find((m) => m.column === column);
    if (twin) {
      diagnostics.push({
        ...at(index),
        code: "COLONNE_INCONNUE",
        message: `colonne en double : « ${written} » et « ${twin.written} » donnent toutes deux « ${column.header} »`,
        hint: "Gardez une seule de ces colonnes, ou renommez l'autre.",
      });
    } else if (column) columns.push({ column, index, written });
    else {
      const near = closest(headerWords(written), COLUMN_NAMES);
      if (near === undefined) ignored.push(written);
      else
        diagnostics.push({
          ...at(index),
          code: "COLONNE_INCONNUE",
          message: `colonne inconnue « ${written} » — voulez-vous dire « ${columnNamed(near)?.header} » ?`,
          found: `« ${written} »`,
        });
    }
  });
  const has = (header: string) => columns.some((m) => m.column.header === header);
  const missing = [
    ...REQUIRED.filter((h) => !has(h)),
    ...(FIGURES.some(has) ? [] : [FIGURES.join(" ou ")]),
  ];
  for (const name of missing) {
    diagnostics.push({
      ...at(0),
      code: "COLONNE_MANQUANTE",
      message: `colonne « ${name} » absente de la ligne d'en-tête`,
      expected: `une ligne d'en-tête qui nomme au moins : ${[...REQUIRED, FIGURES.join(" ou ")].join(", ")}`,
      found:
        texts(row)
          .filter(Boolean)
          .map((t) => `« ${t} »`)
          .join(", ") || "une ligne vide",
    });
  }
  return diagnostics.length > 0
    ? { diagnostics }
    : { header: { row, columns, ignored }, diagnostics };
}
