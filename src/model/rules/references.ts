// Every id points at something that exists: partners, budget lines (in the catalogue and in the
// session's budget table).
import { closest } from "../../diagnostics/suggest.ts";
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
      const id = allocation.partenaire;
      if (!data.partenaires.has(id)) {
        // A near id is a typo, not a new partner: never invite a second file for the same one.
        const near = closest(id, data.partenaires.keys());
        out.push(
          report(allocation, ["partenaire"], "REFERENCE_INCONNUE", {
            message: `partenaire inconnu « ${id} »${near ? ` — voulez-vous dire « ${near} » ?` : ""}`,
            expected: "l'identifiant d'un fichier de partenaires/ (sans .yaml)",
            found: id,
            hint: near
              ? `Corrigez l'identifiant : le partenaire « ${near} » est décrit dans partenaires/${near}.yaml.`
              : `Aucun partenaire n'a d'identifiant proche : créez partenaires/${id}.yaml, ou corrigez l'identifiant.`,
          }),
        );
      }
    }
  }
  return out;
};
