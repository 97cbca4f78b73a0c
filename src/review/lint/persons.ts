// People and parties. One person named two ways (« Jean-Claude BURGER », then « Jean BURGER »;
// « M. » then « Mme ») is found by surname, written in capitals as the acts do; a signatory
// (« Pour l'association 3ID ») must be a party named in its act's preamble.
import { PREAMBLE } from "./acts.ts";
import type { Finding, Rule } from "./finding.ts";
import { matches } from "./finding.ts";

// [civilité] Prénom[-Composé] NOM[-COMPOSÉ]
const NAME =
  /(?:\b(M\.|Mme|Monsieur|Madame)\s+)?(?<![\p{L}'-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)\s+(\p{Lu}{3,}(?:-\p{Lu}{2,})*)(?![\p{L}'-])/gu;
// Capitalised words that start a sentence or a title, not first names.
const NOT_FIRST_NAMES = new Set(
  "Pour Par Le La Les Du De Des Et Vu Entre Article Annexe Objet Avenant Convention Département Pôle Direction Dispositif Territoire Caisse Monsieur Madame Président Présidente Directeur Directrice Signé Fait Arras Réunion Madame".split(
    " ",
  ),
);
const CIVILITY: Record<string, string> = { "M.": "M.", Monsieur: "M.", Mme: "Mme", Madame: "Mme" };

export const personNames: Rule = (input) => {
  const out: Finding[] = [];
  const first = new Map<
    string,
    { paragraph: number; offset: number; given: string; civility?: string; text: string }
  >();
  const reported = new Set<string>();
  for (const { paragraph, match } of matches(input, NAME)) {
    const [text, title, given = "", surname = ""] = match;
    if (NOT_FIRST_NAMES.has(given)) continue;
    const civility = title === undefined ? undefined : CIVILITY[title];
    const known = first.get(surname);
    if (known === undefined) {
      first.set(surname, {
        paragraph,
        offset: match.index,
        given,
        text,
        ...(civility ? { civility } : {}),
      });
      continue;
    }
    if (civility && !known.civility) known.civility = civility;
    // Two first names are one person's when one is part of the other (« Jean » in
    // « Jean-Claude »); « Emmanuelle » and « Jean-Claude » LEROY are two people.
    const sameGiven = known.given === given;
    const part = (a: string, b: string) => a.split("-").includes(b) || b.split("-").includes(a);
    const differs = sameGiven
      ? civility !== undefined && known.civility !== undefined && civility !== known.civility
      : part(known.given, given);
    const key = `${surname}/${given}/${civility}`;
    if (!differs || reported.has(key)) continue;
    reported.add(key);
    out.push({
      code: "PERSONNE_DEUX_NOMS",
      paragraph,
      offset: match.index,
      message: `« ${text.trim()} », nommé « ${known.text.trim()} » ${input.where(known.paragraph, known.offset)}`,
      expected: known.text.trim(),
      found: text.trim(),
    });
  }
  return out;
};

const PREAMBLE_END = /^(?:vu\b|article\s|il (?:est|a été) convenu)/iu;
const CLOSING = /exemplaires|^fait à|^(?:à )?arras,? le\b/iu;
const SIGNATORY = /^pour\s+([^:]{2,80}?)\s*,?$/iu;
const GENERIC = new Set(
  "le la les l d de du des et par delegation pour association structure organisme monsieur madame president presidente directeur directrice son sa".split(
    " ",
  ),
);
const tokens = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== "" && !GENERIC.has(t))
    // « Allocation » / « Allocations »: a plural is the same party.
    .map((t) => t.replace(/s$/u, ""));

/** Each « Pour … » after the closing formula names a party of the act's preamble. */
export const signatories: Rule = (input) => {
  const out: Finding[] = [];
  for (const act of input.acts) {
    const opening = input.paragraphs[act.start]?.text ?? "";
    if (!PREAMBLE.test(opening)) continue;
    const preamble = new Set<string>();
    let i = act.start;
    for (; i < act.end && !PREAMBLE_END.test(input.paragraphs[i]?.text ?? ""); i++) {
      for (const t of tokens(input.paragraphs[i]?.text ?? "")) preamble.add(t);
    }
    let closed = false;
    for (; i < act.end; i++) {
      const text = input.paragraphs[i]?.text ?? "";
      if (CLOSING.test(text)) closed = true;
      const m = closed ? SIGNATORY.exec(text) : null;
      if (m === null || /[«X]{2}|«/u.test(m[1] ?? "")) continue;
      const missing = tokens(m[1] ?? "").filter((t) => !preamble.has(t));
      if (missing.length === 0) continue;
      out.push({
        code: "SIGNATAIRE_INCONNU",
        paragraph: i,
        offset: 0,
        message: `« ${text} » : ${m[1]} n'est pas une partie nommée au préambule de l'acte`,
        found: m[1] ?? "",
      });
    }
  }
  return out;
};
