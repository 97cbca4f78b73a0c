// The acts of actes.yaml: each takes the number of parties its type asks (an avenant de durée is
// between the Département and one partner, a tripartite convention has two other parties), and
// names each party once (the signatories come from the parties).

import { declaredModule } from "../../declared/index.ts";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { type Rule, report } from "./report.ts";

export const declaredActsRule: Rule = (data) => {
  const out: Diagnostic[] = [];
  for (const seance of data.seances) {
    for (const act of seance.declared) {
      const module = declaredModule(act.data.type);
      // The type's own checks: its fields against the rest of the session.
      for (const problem of module.check?.(act.data as never, seance) ?? []) {
        const { field, ...details } = problem;
        out.push(report(act, field, "VALEUR_INVALIDE", details));
      }
      const { min, max } = module.parties;
      const n = act.data.parties.length;
      if (n < min || n > max) {
        const wanted = min === max ? `${min}` : `${min} à ${max}`;
        out.push(
          report(act, ["parties"], "VALEUR_INVALIDE", {
            message: `un acte « ${act.data.type} » a ${wanted} partie${max > 1 ? "s" : ""} en plus du Département, pas ${n}`,
            expected: `${wanted} identifiant${max > 1 ? "s" : ""} de partenaires/`,
            found: act.data.parties.join(", "),
            hint: "Les parties signent l'acte : nommez exactement celles que son modèle prévoit.",
          }),
        );
      }
      act.data.parties.forEach((id, i) => {
        if (act.data.parties.indexOf(id) === i) return;
        out.push(
          report(act, ["parties", i], "VALEUR_INVALIDE", {
            message: `partie « ${id} » nommée deux fois : chaque partie signe une fois`,
            expected: "des parties distinctes",
            found: id,
            hint: "Supprimez le doublon de la liste parties.",
          }),
        );
      });
    }
  }
  return out;
};
