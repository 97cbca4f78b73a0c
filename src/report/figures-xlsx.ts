// `actes figures --xlsx FICHIER`: the figures of every session as a workbook DPID staff can
// sum and filter — one sheet per session with each act's amounts (numbers in the French euro
// format, not text), one with the budget lines, one with the values still to complete. The same
// data as `--json` (figures-json.ts), laid out for a spreadsheet.
import type { Assessment, Computed } from "../pipeline.ts";
import { euroCells, newWorkbook, sheetWithHeader, workbookBytes } from "../write/xlsx.ts";
import { figuresJson } from "./figures-json.ts";

interface Json {
  acts: {
    id: string;
    type: string;
    session: string;
    partner: { name: string };
    territory: string | null;
    period: { start: string; end: string } | null;
    amounts: { total: string; advance: string; balance: string };
    ready?: boolean;
  }[];
  totals: {
    sessions: {
      id: string;
      deliberation: string;
      budgetLines: Record<
        "code" | "imputation" | "libelle" | "ae" | "disponible" | "proposition" | "solde",
        string
      >[];
    }[];
  };
  missing: {
    file: string;
    line: number | null;
    column: number | null;
    field: string;
    acts: string[];
  }[];
}

/** « 2022-12-01 » → « 01/12/2022 », as the acts write a date in a table. */
const short = (iso: string) => iso.split("-").reverse().join("/");
/** A cent string of the figures (« 13750.00 ») as the number a spreadsheet sums. */
const euros = (cents: string) => Number(cents);

export async function figuresXlsx(c: Computed, assessed: readonly Assessment[]): Promise<Buffer> {
  const json = figuresJson(c, assessed) as Json;
  const book = newWorkbook();
  for (const session of json.totals.sessions) {
    const sheet = sheetWithHeader(
      book,
      session.id,
      [
        "acte",
        "type",
        "partenaire",
        "territoire",
        "début",
        "fin",
        "total",
        "avance",
        "solde",
        "statut",
      ],
      true,
    );
    for (const a of json.acts.filter((x) => x.session === session.id)) {
      const row = sheet.addRow([
        a.id,
        a.type,
        a.partner.name,
        a.territory ?? "",
        // Stryker disable next-line StringLiteral: every act type needs a period (validation)
        a.period ? short(a.period.start) : "",
        // Stryker disable next-line StringLiteral: every act type needs a period (validation)
        a.period ? short(a.period.end) : "",
        euros(a.amounts.total),
        euros(a.amounts.advance),
        euros(a.amounts.balance),
        a.ready ? "prêt à signer" : "projet",
      ]);
      euroCells(row, [7, 8, 9]);
    }
  }
  const budget = sheetWithHeader(book, "Lignes budgétaires", [
    "séance",
    "délibération",
    "code",
    "imputation",
    "libellé",
    "AE",
    "disponible",
    "proposition",
    "solde",
  ]);
  for (const session of json.totals.sessions) {
    for (const b of session.budgetLines) {
      const row = budget.addRow([
        session.id,
        session.deliberation,
        b.code,
        b.imputation,
        b.libelle,
        euros(b.ae),
        euros(b.disponible),
        euros(b.proposition),
        euros(b.solde),
      ]);
      euroCells(row, [6, 7, 8, 9]);
    }
  }
  const missing = sheetWithHeader(book, "À compléter", [
    "fichier",
    "ligne",
    "colonne",
    "champ",
    "actes bloqués",
  ]);
  for (const m of json.missing) {
    missing.addRow([m.file, m.line ?? "", m.column ?? "", m.field, m.acts.join(", ")]);
  }
  return await workbookBytes(book);
}
