// Totals copied from a deliberation into the data are checked against the recomputed ones,
// and no proposition may exceed its budget line's disponible.
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { formatEuros } from "../format/fr/index.ts";
import type { Located } from "../model/dataset.ts";
import { report } from "../model/rules/report.ts";
import type { Decimal } from "../money/money.ts";
import type { SeanceTotals } from "./totals.ts";

export function checkTotals(totals: readonly SeanceTotals[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const compare = (
    entity: Located,
    field: string,
    written: Decimal | undefined,
    computed: Decimal,
    what: string,
  ) => {
    if (written !== undefined && !written.equals(computed)) {
      out.push(
        report(entity, [field], "TOTAL_INCOHERENT", {
          message: `${what} : ${formatEuros(written)} écrit, ${formatEuros(computed)} calculé`,
          expected: formatEuros(computed),
          found: formatEuros(written),
        }),
      );
    }
  };
  for (const s of totals) {
    for (const t of s.thematiques) {
      compare(t.thematique, "total", t.thematique.total, t.total, "total de la thématique");
      for (const o of t.operations) {
        compare(o.operation, "total", o.operation.total, o.total, "total de l'opération");
      }
    }
    for (const b of s.budget) {
      compare(
        b.entry,
        "proposition",
        b.entry.proposition,
        b.proposition,
        `proposition sur ${b.ligne.code}`,
      );
      if (b.proposition.greaterThan(b.disponible)) {
        out.push(
          report(b.entry, ["disponible"], "DISPONIBLE_DEPASSE", {
            message: `${b.ligne.code} : proposition ${formatEuros(b.proposition)} > disponible ${formatEuros(b.disponible)}`,
            expected: `au plus ${formatEuros(b.disponible)}`,
            found: formatEuros(b.proposition),
          }),
        );
      }
    }
  }
  return out;
}
