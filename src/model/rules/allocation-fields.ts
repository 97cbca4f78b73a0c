// Each allocation carries exactly the figures its dispositif needs, and a sound period.
import { wholeMonthsInPeriod } from "../../calendar/arithmetic.ts";
import { compareDates, formatIso } from "../../calendar/plain-date.ts";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { type DispositifModule, dispositifModule } from "../../dispositifs/index.ts";
import { periodSource, resolvePeriod } from "../period.ts";
import { allocationsOf } from "../walk.ts";
import { type Rule, report } from "./report.ts";

export const allocationFields: Rule = (data) => {
  const out: Diagnostic[] = [];
  for (const seance of data.seances) {
    for (const { operation, allocation: a } of allocationsOf(seance)) {
      const spec = dispositifModule(operation.dispositif);
      const name = operation.dispositif;
      const other = spec.input === "places" ? "montant" : "places";
      if (a[spec.input] === undefined) {
        out.push(
          report(a, [], "CHAMP_MANQUANT", {
            message: `champ obligatoire « ${spec.input} » absent (dispositif ${name})`,
            expected:
              spec.input === "places"
                ? "places: le nombre de places (le montant est calculé)"
                : "montant: le montant en euros",
          }),
        );
      }
      if (a[other] !== undefined) {
        out.push(
          report(
            a,
            [other],
            "CHAMP_DISPOSITIF",
            {
              message: `« ${other} » ne s'écrit pas pour le dispositif ${name}`,
              expected: `${spec.input} seulement`,
              hint:
                other === "montant"
                  ? "Le montant de ce dispositif est calculé à partir des places : supprimez-le."
                  : "Ce dispositif se finance par un montant : supprimez places.",
            },
            true,
          ),
        );
      }
      if (a.avance !== undefined) {
        if (spec.maxAdvance === undefined) {
          out.push(
            report(
              a,
              ["avance"],
              "CHAMP_DISPOSITIF",
              {
                message: `l'avance du dispositif ${name} est fixée par la règle, pas par les données`,
              },
              true,
            ),
          );
        } else if (a.avance > spec.maxAdvance) {
          out.push(
            report(a, ["avance"], "TAUX_INVALIDE", {
              message: `avance de ${a.avance} % au-delà du plafond du dispositif ${name}`,
              expected: `au plus ${spec.maxAdvance} %`,
              found: `${a.avance} %`,
            }),
          );
        }
      }
      out.push(...periodDiagnostics(operation, a, spec));
    }
  }
  return out;
};

function periodDiagnostics(
  operation: Parameters<typeof periodSource>[1],
  a: Parameters<typeof periodSource>[0],
  spec: DispositifModule,
): Diagnostic[] {
  const found = periodSource(a, operation);
  if (!found) {
    return spec.needsPeriod
      ? [
          report(a, [], "CHAMP_MANQUANT", {
            message: `période absente (dispositif ${operation.dispositif})`,
            expected: "periode: { debut: …, fin: … } sur la ligne ou sur l'opération",
          }),
        ]
      : [];
  }
  const { periode, owner } = found;
  const hasEnd = periode.fin !== undefined;
  const hasMonths = periode.duree_mois !== undefined;
  if (hasEnd === hasMonths) {
    return [
      report(owner, ["periode"], hasEnd ? "CHAMP_DISPOSITIF" : "CHAMP_MANQUANT", {
        message: hasEnd ? "période avec fin ET durée" : "période sans fin ni durée",
        expected: "soit fin: AAAA-MM-JJ, soit duree_mois: N",
      }),
    ];
  }
  const period = resolvePeriod(periode);
  if (period && compareDates(period.start, period.end) > 0) {
    return [
      report(owner, ["periode", "fin"], "PERIODE_INVERSEE", {
        message: "la période finit avant de commencer",
        expected: `une fin postérieure au ${formatIso(period.start)}`,
        found: formatIso(period.end),
      }),
    ];
  }
  if (period && spec.wholeMonths && wholeMonthsInPeriod(period.start, period.end) === undefined) {
    return [
      report(owner, ["periode"], "PERIODE_NON_MENSUELLE", {
        message: "le prorata exige une période en mois entiers",
        found: `du ${formatIso(period.start)} au ${formatIso(period.end)}`,
      }),
    ];
  }
  return [];
}
