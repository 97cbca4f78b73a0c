// What a deliberation of seance.yaml names exists: its model, the facts that model asks (parsed
// by the model's own fields), the members and commissions of departement.yaml's assemblee.
import { z } from "zod";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { closest } from "../../diagnostics/suggest.ts";
import { deliberationsOf } from "../../dossier/deliberations.ts";
import { DELIBERATION_MODELS, deliberationModelOf } from "../../dossier/modeles/index.ts";
import type { IssueParams } from "../fields.ts";
import { describeFound } from "../issues.ts";
import { type Rule, report } from "./report.ts";

export const deliberationsRule: Rule = (data) => {
  const out: Diagnostic[] = [];
  const assemblee = data.departement.assemblee;
  const groups = {
    membres: new Set(Object.keys(assemblee?.membres ?? {})),
    sans_voix: new Set(Object.keys(assemblee?.sans_voix ?? {})),
    commissions: new Set(Object.keys(assemblee?.commissions ?? {})),
  };
  for (const seance of data.seances) {
    for (const d of deliberationsOf(seance)) {
      const at = (...field: (string | number)[]) => [...d.path, ...field];
      const unknown = (field: (string | number)[], id: string, group: keyof typeof groups) => {
        const near = closest(id, groups[group]);
        out.push(
          report(seance, field, "REFERENCE_INCONNUE", {
            message: `« ${id} » n'est pas dans departement.yaml (assemblee.${group})`,
            expected: `un identifiant de assemblee.${group}`,
            found: id,
            ...(near === undefined ? {} : { hint: `voulez-vous dire « ${near} » ?` }),
          }),
        );
      };
      const detail = d.detail;
      const people: [keyof typeof detail, keyof typeof groups][] = [
        ["excuses", "membres"],
        ["absents", "membres"],
        ["interesses", "membres"],
        ["interesses_excuses", "membres"],
        ["assistants", "sans_voix"],
        ["excuses_sans_voix", "sans_voix"],
      ];
      for (const [field, group] of people) {
        const list = (detail[field] as readonly string[] | undefined) ?? [];
        list.forEach((id, i) => {
          if (!groups[group].has(id)) unknown(at(field, i), id, group);
        });
      }
      if (detail.secretaire !== undefined && !groups.membres.has(detail.secretaire))
        unknown(at("secretaire"), detail.secretaire, "membres");
      (detail.avis ?? []).forEach((a, i) => {
        if (!groups.commissions.has(a.commission))
          unknown(at("avis", i, "commission"), a.commission, "commissions");
      });
      // A member is excused or absent, not both: the présents are the others.
      (detail.absents ?? []).forEach((id, i) => {
        if (detail.excuses?.includes(id)) {
          out.push(
            report(seance, at("absents", i), "VALEUR_INVALIDE", {
              message: `« ${id} » est à la fois excusé et absent`,
              expected: "chaque membre dans une seule des deux listes",
              found: id,
            }),
          );
        }
      });
      out.push(...factsProblems(seance, d.path, detail.modele, detail.faits));
    }
  }
  return out;
};

function factsProblems(
  seance: Parameters<typeof report>[0],
  path: readonly (string | number)[],
  modele: string | undefined,
  faits: Record<string, string> | undefined,
): Diagnostic[] {
  if (modele === undefined) {
    return faits === undefined
      ? []
      : [
          report(seance, [...path, "faits"], "VALEUR_INVALIDE", {
            message: "des faits sans modèle : le modèle dit lesquels il attend",
            expected: "modele: un des modèles de délibération",
            hint: `modèles : ${DELIBERATION_MODELS.map((m) => m.modele).join(", ")}`,
          }),
        ];
  }
  const model = deliberationModelOf(modele);
  if (!model) {
    const near = closest(
      modele,
      DELIBERATION_MODELS.map((m) => m.modele),
    );
    return [
      report(seance, [...path, "modele"], "REFERENCE_INCONNUE", {
        message: `modèle de délibération inconnu « ${modele} »`,
        expected: DELIBERATION_MODELS.map((m) => m.modele).join(", "),
        found: modele,
        ...(near === undefined ? {} : { hint: `voulez-vous dire « ${near} » ?` }),
      }),
    ];
  }
  const parsed = z.strictObject(model.faits).safeParse(faits ?? {});
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const params = (issue as { params?: IssueParams }).params;
    const field = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
    const keys = (issue as { keys?: string[] }).keys;
    const where = keys?.[0] === undefined ? field : [...field, keys[0]];
    const found = where.reduce<unknown>(
      (v, k) => (v as Record<string | number, unknown> | undefined)?.[k],
      faits,
    );
    const base = faits !== undefined && where.length > 0 ? [...path, "faits", ...where] : [...path];
    const missing = issue.code === "invalid_type" && found === undefined;
    return report(
      seance,
      base,
      params?.code ?? (missing ? "CHAMP_MANQUANT" : "VALEUR_INVALIDE"),
      {
        message: missing
          ? `fait manquant « ${where.join(".")} » pour le modèle ${modele} (faits)`
          : keys
            ? `fait inconnu « ${keys[0]} » pour le modèle ${modele}`
            : (params?.message ?? `fait invalide « ${where.join(".")} »`),
        expected:
          params?.expected ??
          `les faits du modèle ${modele} : ${Object.keys(model.faits).join(", ")}`,
        found: describeFound(found),
        ...(params?.hint === undefined ? {} : { hint: params.hint }),
      },
      keys !== undefined,
    );
  });
}
