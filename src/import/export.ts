// `actes exporter --xlsx FICHIER [DOSSIER]`: the répartition of each session as the sheet
// `actes importer` reads back — one row per allocation line, one column per field (columns.ts),
// amounts as numbers in euros, dates as date cells, « À COMPLÉTER » where the data says so.
// A line's period is written on the line, its own or its operation's.
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";
import type { PlainDate } from "../calendar/plain-date.ts";
import type { Computed } from "../compute-folder.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Allocation, Operation, Seance, Thematique } from "../model/dataset.ts";
import { GAP_TEXT, isGap } from "../model/gap.ts";
import { type Decimal, toCentString } from "../money/money.ts";
import { EURO_FORMAT, newWorkbook, sheetWithHeader, workbookBytes } from "../write/xlsx.ts";
import { COLUMNS, type Column } from "./columns.ts";

const DATE_FORMAT = "dd/mm/yyyy";

/** A data folder, or one session's folder: the folder to load and the sessions to export. */
export function exportTarget(folder: string): { dataDir: string; session?: string } {
  return existsSync(join(folder, "seance.yaml"))
    ? { dataDir: dirname(folder), session: basename(folder) }
    : { dataDir: folder };
}

/** What the exporter cannot put in a row: a line's « autres_dispositifs ». */
export function unexportable(seances: readonly Seance[]): Diagnostic[] {
  return seances.flatMap((s) =>
    s.thematiques.flatMap((t) =>
      t.operations.flatMap((o) =>
        o.allocations
          .filter((a) => a.autres_dispositifs !== undefined)
          .map((a): Diagnostic => {
            const span = a.origin.source.locate([...a.origin.path, "autres_dispositifs"], true);
            return {
              code: "VALEUR_INVALIDE",
              severity: "error",
              file: a.origin.source.file,
              ...(span ?? {}),
              message: "« autres_dispositifs » n'a pas de colonne dans la répartition exportée",
              hint: "Exportez une séance sans cette rubrique, ou recopiez-la à la main après l'import.",
            };
          }),
      ),
    ),
  );
}

/** The sessions a workbook holds: those asked for that have a répartition (operations.yaml). */
export function exportedSessions(computed: Computed, session: string | undefined): Seance[] {
  return computed.data.seances.filter(
    (x) => (session === undefined || x.id === session) && x.thematiques.length > 0,
  );
}

export async function repartitionXlsx(
  computed: Computed,
  session: string | undefined,
): Promise<Buffer> {
  const book = newWorkbook();
  for (const s of exportedSessions(computed, session)) {
    const sheet = sheetWithHeader(
      book,
      s.id,
      COLUMNS.map((c) => c.header),
    );
    for (const [t, o, a] of lines(s)) {
      const row = sheet.addRow(COLUMNS.map((c) => cellValue(c, t, o, a)));
      COLUMNS.forEach((c, i) => {
        if (c.kind === "money") row.getCell(i + 1).numFmt = EURO_FORMAT;
        if (c.kind === "date") row.getCell(i + 1).numFmt = DATE_FORMAT;
      });
    }
  }
  return await workbookBytes(book);
}

function lines(s: Seance): [Thematique, Operation, Allocation][] {
  return s.thematiques.flatMap((t) =>
    t.operations.flatMap((o) =>
      o.allocations.map((a): [Thematique, Operation, Allocation] => [t, o, a]),
    ),
  );
}

/** The value of one column for one line, as Excel holds it. */
function cellValue(c: Column, t: Thematique, o: Operation, a: Allocation): ExcelJS.CellValue {
  const owner: unknown =
    c.level === "thematique"
      ? t
      : c.level === "operation"
        ? o
        : { ...a, periode: a.periode ?? o.periode };
  let value: unknown = owner;
  for (const key of c.path) value = (value as Record<string, unknown> | undefined)?.[key];
  if (value === undefined || value === null) return null;
  if (isGap(value)) return GAP_TEXT;
  if (c.kind === "money") return Number(toCentString(value as Decimal));
  if (c.kind === "date") {
    const d = value as PlainDate;
    return new Date(Date.UTC(d.year, d.month - 1, d.day));
  }
  return value as string | number;
}
