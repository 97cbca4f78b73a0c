// Real répartition files made in the tests: a workbook written by exceljs, a CSV in the bytes
// Excel writes; and a data folder with a new session, ready to receive its répartition.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_DATA, withFiles } from "../helpers/dataset.ts";

/** A calendar date as exceljs writes a date cell: midnight UTC. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An .xlsx of `rows` in a sheet `name`; `edit` may merge cells or set formats. */
export async function workbook(
  rows: readonly (readonly ExcelJS.CellValue[])[],
  name = "Répartition",
  edit?: (sheet: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(name);
  for (const row of rows) sheet.addRow([...row]);
  edit?.(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Text in Windows-1252, as the French Excel saves « CSV (séparateur : point-virgule) ». */
export function windows1252(text: string): Buffer {
  const high: Record<string, number> = { "€": 0x80, "’": 0x92, œ: 0x9c, "\u202f": 0xa0 };
  return Buffer.from([...text].map((c) => high[c] ?? (c.codePointAt(0) as number)));
}

export const NEW_SESSION = "cp-2023-01-16";

/** The embedded data plus a session of 16 January 2023 without its operations.yaml yet. */
export function dataWithNewSession(files: Record<string, string | Buffer> = {}) {
  return withFiles(
    {
      [`${NEW_SESSION}/seance.yaml`]: [
        "date: 2023-01-16",
        "deliberation: 2023-12",
        "rapport: 5",
        "intitule: Appel à projets DPID 2023",
        "presidence: { civilite: Mme, prenom: Valérie, nom: CUVILLIER }",
        "budget:",
        "  C02-566A05: { disponible: 1000000.00 }",
        "  C02-581E02: { disponible: 500000.00 }",
        "",
      ].join("\n"),
      ...files,
    },
    DEFAULT_DATA,
  );
}

/** The operations.yaml of a session, or null when none was written. */
export function operationsOf(dir: string, session = NEW_SESSION): string | null {
  const path = join(dir, session, "operations.yaml");
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}
