// Agreement and articles, from data: a template never prints « représenté(e) », « le(s) »,
// « du/des » or a gendered title by hand. A partner carries its article (le, la, l', none) and,
// when the article does not show it, its gender; a person's civilité gives theirs.
// « le CCAS d'Arras » → « du CCAS d'Arras », « au CCAS d'Arras »; « l'association » →
// « de l'association »; « Pôle emploi » (no article) → « de Pôle emploi »; « sa Directrice »
// but « son Adjointe » (possessive before a vowel).
import { APOSTROPHE } from "./typography.ts";

export type Gender = "masculin" | "féminin";
export type Article = "le" | "la" | "l'" | "aucun";

/** A noun phrase with its determiner forms: what templates write after « Entre », « Pour »… */
export interface NounForms {
  /** « le CCAS d'Arras », « la CAF », « l'association », « Pôle emploi » */
  readonly le: string;
  /** The same at the start of a sentence: « Le CCAS d'Arras ». */
  readonly Le: string;
  /** After « de »: « du CCAS », « de la CAF », « de l'association », « de Pôle emploi » */
  readonly du: string;
  /** After « à »: « au CCAS », « à la CAF », « à l'association », « à Pôle emploi » */
  readonly au: string;
}

/** Agreement of regular adjectives and past participles: « représenté{{e}} ». */
export interface Agreement {
  readonly e: string;
}

// Elision before a vowel or a mute h (« l'Hôtel », « l'habitat »); an aspirated h is rare in
// the names and titles of acts and would need its own data field.
const ELIDES = /^[aeiouyhàâäéèêëîïôöûüùœæ]/i;

export function startsWithVowel(word: string): boolean {
  return ELIDES.test(word);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The forms of `noun` with `article`: « le », « du », « au » contracted as French requires. */
export function nounForms(noun: string, article: Article): NounForms {
  const [le, du, au] =
    article === "le"
      ? [`le ${noun}`, `du ${noun}`, `au ${noun}`]
      : article === "la"
        ? [`la ${noun}`, `de la ${noun}`, `à la ${noun}`]
        : article === "l'"
          ? [`l${APOSTROPHE}${noun}`, `de l${APOSTROPHE}${noun}`, `à l${APOSTROPHE}${noun}`]
          : [noun, startsWithVowel(noun) ? `d${APOSTROPHE}${noun}` : `de ${noun}`, `à ${noun}`];
  return { le, Le: capitalize(le), du, au };
}

/** The gender an article shows, or the one the data states (for « l' » and no article). */
export function genderOf(article: Article, stated: Gender | undefined): Gender | undefined {
  if (article === "le") return "masculin";
  if (article === "la") return "féminin";
  return stated;
}

export function agreement(gender: Gender): Agreement {
  return { e: gender === "féminin" ? "e" : "" };
}

/** A title with its article and possessive: « le Président », « sa Présidente », « son Adjointe ». */
export interface TitleForms {
  readonly titre: string;
  readonly le: string;
  readonly Le: string;
  readonly son: string;
}

export function titleForms(title: string, gender: Gender): TitleForms {
  const vowel = startsWithVowel(title);
  const le = vowel
    ? `l${APOSTROPHE}${title}`
    : gender === "féminin"
      ? `la ${title}`
      : `le ${title}`;
  // « son » before any vowel, even for a woman: « son Adjointe ».
  const son = vowel || gender === "masculin" ? `son ${title}` : `sa ${title}`;
  return { titre: title, le, Le: capitalize(le), son };
}

// Head nouns of titles whose feminine differs, to catch « Mme …, Directeur » in data. Only the
// head noun is checked: « Directrice Régionale » is a matter for whoever writes the data.
const TITLES: readonly (readonly [masculine: string, feminine: string])[] = [
  ["Président", "Présidente"],
  ["Vice-Président", "Vice-Présidente"],
  ["Directeur", "Directrice"],
  ["Adjoint", "Adjointe"],
  ["Délégué", "Déléguée"],
  ["Trésorier", "Trésorière"],
  ["Conseiller", "Conseillère"],
];

/** « Président » for a man, « Présidente » for a woman. */
export function presidentTitle(gender: Gender): string {
  return gender === "féminin" ? "Présidente" : "Président";
}

/**
 * The head noun as it should be written for `gender`, when the title's first word is a title
 * of the other gender (« Directeur des … » for a woman → « Directrice »); undefined when it
 * agrees or is unknown.
 */
export function titleDisagreement(title: string, gender: Gender): string | undefined {
  // Stryker disable next-line OptionalChaining: split always returns a first element
  const head = title.split(" ")[0]?.toLowerCase();
  for (const [m, f] of TITLES) {
    const [wrong, right] = gender === "féminin" ? [m, f] : [f, m];
    if (head === wrong.toLowerCase()) return right;
  }
  return undefined;
}
