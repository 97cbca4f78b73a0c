// One session, one folder: two folders with the same date or deliberation number describe the
// same Commission Permanente (a copied folder), and would make every act twice.

import { formatIso } from "../../calendar/plain-date.ts";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { formatDateLong } from "../../format/fr/index.ts";
import type { Seance } from "../dataset.ts";
import { type Rule, report } from "./report.ts";

export const sessionsRule: Rule = (data) => {
  const out: Diagnostic[] = [];
  const same = (
    field: "date" | "deliberation",
    value: (s: Seance) => string,
    what: (s: Seance) => string,
  ) => {
    const first = new Map<string, Seance>();
    for (const s of data.seances) {
      const v = value(s);
      const other = first.get(v);
      if (!other) {
        first.set(v, s);
        continue;
      }
      out.push(
        report(s, [field], "VALEUR_INVALIDE", {
          message: `${what(s)} en double : ${s.origin.source.file} décrit la même séance que ${at(other, field)}`,
          expected: "une séance par dossier, chacune avec sa date et son numéro de délibération",
          found: v,
          hint: `Supprimez le dossier copié, ou corrigez sa date et son numéro de délibération (${other.id} et ${s.id} décrivent la même séance).`,
        }),
      );
    }
  };
  same(
    "date",
    (s) => formatIso(s.date),
    (s) => `séance du ${formatDateLong(s.date)}`,
  );
  same(
    "deliberation",
    (s) => s.deliberation,
    (s) => `délibération n°${s.deliberation}`,
  );
  return out;
};

/** "data/cp-2022-11-21/seance.yaml:1:7" */
function at(s: Seance, field: string): string {
  const start = s.origin.source.locate([field])?.start;
  return start ? `${s.origin.source.file}:${start.line}:${start.column}` : s.origin.source.file;
}
