// What French agreement needs from data: a partner whose article does not show its gender
// states it, and « le » or « la » is not contradicted; a person's title agrees with their
// civilité (« Mme …, Directeur » would print « sa Directeur »): both are errors, since the act
// would print them.
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import {
  type Gender,
  genderOf,
  startsWithVowel,
  titleDisagreement,
} from "../../format/fr/grammar.ts";
import type { Located } from "../dataset.ts";
import { isGap, type OrGap } from "../gap.ts";
import { type Rule, report } from "./report.ts";

const GENDER = { "M.": "masculin", Mme: "féminin" } as const;

export const agreementRule: Rule = (data) => {
  const out: Diagnostic[] = [];
  for (const p of data.partenaires.values()) {
    const shown = genderOf(p.article, undefined);
    if (shown === undefined && p.genre === undefined) {
      out.push(
        report(p, ["article"], "CHAMP_MANQUANT", {
          message: `genre absent : avec l'article « ${p.article} », le genre ne se voit pas`,
          expected: "genre: masculin ou genre: féminin",
          hint: "Ajoutez genre: féminin (une association, une mission locale) ou genre: masculin (un centre, un syndicat) : il accorde « représenté » ou « représentée ».",
        }),
      );
    } else if (shown !== undefined && p.genre !== undefined && p.genre !== shown) {
      out.push(
        report(p, ["genre"], "VALEUR_INVALIDE", {
          message: `genre « ${p.genre} » contraire à l'article « ${p.article} »`,
          expected: `genre: ${shown}, ou pas de genre (l'article le dit)`,
          found: p.genre,
        }),
      );
    }
    // « l' » before a vowel only, « le » and « la » before a consonant only (« le Espace » is
    // no French): checked on both names, since templates print both with the article.
    for (const name of [p.nom, p.sigle ?? p.nom]) {
      const vowel = startsWithVowel(name);
      if (p.article === "l'" ? !vowel : p.article !== "aucun" && vowel) {
        out.push(
          report(p, ["article"], "VALEUR_INVALIDE", {
            message: `article « ${p.article} » impossible devant « ${name} »`,
            expected: vowel ? "article: l'" : "article: le ou article: la",
            found: p.article,
          }),
        );
        break;
      }
    }
    if (!isGap(p.representant)) {
      const r = p.representant;
      titleCheck(out, p, ["representant"], r.civilite, r.fonction);
    }
  }
  const d = data.departement;
  titleCheck(out, d, ["president"], d.president.civilite, d.president.fonction);
  titleCheck(out, d, ["delegataire"], d.delegataire.civilite, d.delegataire.fonction);
  return out;
};

function titleCheck(
  out: Diagnostic[],
  entity: Located,
  path: readonly string[],
  civilite: OrGap<"M." | "Mme">,
  fonction: OrGap<string> | undefined,
): void {
  if (isGap(civilite) || fonction === undefined || isGap(fonction)) return;
  const gender: Gender = GENDER[civilite];
  const right = titleDisagreement(fonction, gender);
  if (right === undefined) return;
  out.push(
    report(entity, [...path, "fonction"], "VALEUR_INVALIDE", {
      message: `fonction « ${fonction} » contraire à la civilité « ${civilite} »`,
      expected: `« ${right} … », ou l'autre civilité`,
      found: fonction,
      hint: "La fonction s'imprime telle quelle sous le nom et après « son » ou « sa » : accordez-la à la personne.",
    }),
  );
}
