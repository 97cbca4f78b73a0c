// Every id points at something that exists: partners, budget lines (in the catalogue and in the
// session's budget table).
import { closest } from "../../diagnostics/suggest.ts";
import type { TreePath } from "../../load/tree.ts";
import type { Dataset, Located } from "../dataset.ts";
import { allocationsOf } from "../walk.ts";
import { type Rule, report } from "./report.ts";

export const references: Rule = (data) => {
  const out = [];
  for (const seance of data.seances) {
    const budgetCodes = new Set(seance.budget.map((b) => b.code));
    for (const entry of seance.budget) {
      if (!data.lignes.has(entry.code)) {
        out.push(
          report(
            entry,
            [],
            "REFERENCE_INCONNUE",
            {
              message: `ligne budgétaire inconnue « ${entry.code} »`,
              expected: `un code de lignes-budgetaires.yaml : ${[...data.lignes.keys()].join(", ")}`,
              found: entry.code,
            },
            true,
          ),
        );
      }
    }
    for (const t of seance.thematiques) {
      for (const op of t.operations) {
        if (!data.lignes.has(op.ligne)) {
          out.push(
            report(op, ["ligne"], "REFERENCE_INCONNUE", {
              message: `ligne budgétaire inconnue « ${op.ligne} »`,
              expected: "un code de lignes-budgetaires.yaml",
              found: op.ligne,
            }),
          );
        } else if (!budgetCodes.has(op.ligne)) {
          out.push(
            report(op, ["ligne"], "REFERENCE_INCONNUE", {
              message: `la ligne « ${op.ligne} » manque au budget de la séance`,
              expected: `une entrée « ${op.ligne} » sous budget: dans ${seance.origin.source.file}`,
              found: op.ligne,
            }),
          );
        }
      }
    }
    for (const { allocation } of allocationsOf(seance)) {
      const unknown = unknownPartner(data, allocation, ["partenaire"], allocation.partenaire);
      if (unknown) out.push(unknown);
    }
    const deliberations = [
      seance.deliberation,
      ...(seance.autres_deliberations ?? []).map((d) => d.deliberation),
    ];
    for (const act of seance.declared) {
      act.data.parties.forEach((id, i) => {
        const unknown = unknownPartner(data, act, ["parties", i], id);
        if (unknown) out.push(unknown);
      });
      const numero = act.data.deliberation;
      if (numero !== undefined && !deliberations.includes(numero)) {
        const near = closest(numero, deliberations);
        out.push(
          report(act, ["deliberation"], "REFERENCE_INCONNUE", {
            message: `délibération inconnue « ${numero} » pour la séance ${seance.id}${near ? ` — voulez-vous dire « ${near} » ?` : ""}`,
            expected: `une délibération de ${seance.origin.source.file} : ${deliberations.join(", ")}`,
            found: numero,
            hint: "Nommez la délibération de seance.yaml, ou ajoutez-la sous autres_deliberations.",
          }),
        );
      }
    }
  }
  return out;
};

/** A partner id that names no file of partenaires/, with the nearest one that does. */
function unknownPartner(data: Dataset, entity: Located, field: TreePath, id: string) {
  if (data.partenaires.has(id)) return undefined;
  // A near id is a typo, not a new partner: never invite a second file for the same one.
  const near = closest(id, data.partenaires.keys());
  return report(entity, field, "REFERENCE_INCONNUE", {
    message: `partenaire inconnu « ${id} »${near ? ` — voulez-vous dire « ${near} » ?` : ""}`,
    expected: "l'identifiant d'un fichier de partenaires/ (sans .yaml)",
    found: id,
    hint: near
      ? `Corrigez l'identifiant : le partenaire « ${near} » est décrit dans partenaires/${near}.yaml.`
      : `Aucun partenaire n'a d'identifiant proche : créez partenaires/${id}.yaml, ou corrigez l'identifiant.`,
  });
}
