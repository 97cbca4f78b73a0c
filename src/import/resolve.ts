// What a cell names → the id the data uses: a partner by its id, its name or its short name
// (« CCAS d'Arras » → ccas-arras), a dispositif by its id or its words (« Accompagnement Global »
// → accompagnement-global), else « voulez-vous dire ».
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { closest } from "../diagnostics/suggest.ts";
import { DISPOSITIFS } from "../dispositifs/index.ts";
import { plainWords } from "./words.ts";

/** The partners of the data folder: id → the names a sheet may give them. */
export type Known = ReadonlyMap<string, readonly string[]>;

type Problem = Pick<Diagnostic, "message" | "expected" | "found" | "hint">;
type Resolved = { id: string } | { problem: Problem };

export function resolvePartner(text: string, known: Known): Resolved {
  if (known.has(text)) return { id: text };
  const byName = new Map<string, string>();
  for (const [id, names] of known) {
    for (const n of [id, ...names]) byName.set(plainWords(n), id);
  }
  const id = byName.get(plainWords(text));
  if (id !== undefined) return { id };
  const near = byName.get(closest(plainWords(text), byName.keys()) ?? "");
  const name = near === undefined ? undefined : known.get(near)?.[0];
  return {
    problem: {
      message: `partenaire inconnu « ${text} »${near === undefined ? "" : ` — voulez-vous dire « ${near} »${name ? ` (${name})` : ""} ?`}`,
      expected: "l'identifiant d'un partenaire (ccas-arras), son nom ou son sigle",
      found: `« ${text} »`,
      hint:
        near === undefined
          ? "Un nouveau partenaire se crée avec : actes nouveau partenaire ID --nom … --article …"
          : "Écrivez l'identifiant du partenaire (le nom de son fichier dans partenaires/), son nom ou son sigle.",
    },
  };
}

/**
 * A dispositif's id from its cell (« Accompagnement Global », « cllaj »), or, with `fromTitle`,
 * from an operation's title that holds all its words and no other dispositif's
 * (« Soutien des … (CLLAJ) » → cllaj).
 */
export function resolveDispositif(text: string, fromTitle = false): Resolved {
  const words = plainWords(text);
  const expected = `un dispositif parmi : ${DISPOSITIFS.join(", ")}`;
  if (fromTitle) {
    const all = ` ${words} `;
    const found = DISPOSITIFS.filter((d) => all.includes(` ${d.replace(/-/g, " ")} `));
    if (found.length === 1 && found[0] !== undefined) return { id: found[0] };
    return {
      problem: {
        message: `dispositif absent, et l'intitulé de l'opération « ${text} » ne le nomme pas`,
        expected,
        hint: "Ajoutez une colonne « dispositif », remplie au moins sur une ligne de chaque opération.",
      },
    };
  }
  const id = words.replace(/ /g, "-");
  const known = DISPOSITIFS.find((d) => d === id);
  if (known) return { id: known };
  const near = closest(id, DISPOSITIFS);
  return {
    problem: {
      message: `dispositif inconnu « ${text} »${near ? ` — voulez-vous dire « ${near} » ?` : ""}`,
      expected,
      found: `« ${text} »`,
    },
  };
}
