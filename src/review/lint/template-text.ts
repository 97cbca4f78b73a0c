// The lint run on a template's own text, at load: what the template writes by hand instead of
// taking it from the data or the figures. Seed 003 shows why: « XX novembre 2022 », an article
// numbered by hand twice (« Article 4 »), a CP date typed as the 12th. In a template, an article
// heading comes from <article> (numbered by the engine), an amount or a rate from the figures,
// a date of this act from the data; the dates of the texts a visa cites (« Vu : la loi du
// 6 janvier 1978 ») are fixed wording and stay.
import { MONTH_NAMES } from "../../format/fr/dates.ts";
import { PLACEHOLDER } from "./placeholders.ts";

export interface HandWritten {
  /** Offset in the text given. */
  readonly index: number;
  readonly found: string;
  readonly message: string;
}

const ARTICLE_BY_HAND = /<(?:p|h[1-3])\b[^>]*>\s*(Article\s+(?:\d+|premier|1er)\b)/giu;
const AMOUNT_BY_HAND = /\d[\d\u00a0\u202f .]*(?:,\d+)?\s?(?:€|euros?\b|%)/giu;
const DATE_BY_HAND = new RegExp(
  `\\b(?:1er|[0-3]?\\d)\\s+(?:${MONTH_NAMES.join("|")})\\s+\\d{4}\\b`,
  "giu",
);
/** A visa paragraph: « <p …>Vu : la loi n°78-17 du 6 janvier 1978 … ». */
const VISA = /<p\b[^>]*>\s*Vu\b[^<]*$/iu;
/**
 * A date that dates a cited text, earlier in its sentence: « la loi du 6 janvier 1978 »,
 * « Loi Grand âge et autonomie » du 28 mars 2019 ». Not « délibération »: the date of the
 * deliberation that authorises this act is the session's (seed 002 typed the 12th for the 13th).
 */
// (?<!\p{L}) and (?!\p{L}), not \b: \b is ASCII, so « arrêté » followed by a space had no word
// end and « l'arrêté du 28 septembre 2021 » was taken for a date typed by hand.
const CITED =
  /(?<!\p{L})(?:loi|décret|arrêté|règlement|rapport|ordonnance|circulaire|pacte|plan|adoptée?s?|signée?s?)(?!\p{L})[^.;<>]{0,120}$/iu;
/** An example of how to fill a table (« ex : 75 000 € »): the model's wording, not a figure. */
const EXAMPLE = /(?<!\p{L})ex\s?:\s*$/iu;

/**
 * Why: `text` is the template with its {{expressions}} blanked (templates.ts): whatever is
 * left was typed by hand. Example: handWritten("<p>le 21 novembre 2022</p>") → one date.
 */
export function handWritten(text: string): HandWritten[] {
  const out: HandWritten[] = [];
  for (const m of text.matchAll(ARTICLE_BY_HAND)) {
    const found = m[1] ?? "";
    out.push({
      index: (m.index ?? 0) + m[0].length - found.length,
      found,
      message: `« ${found} » écrit à la main : un article s'écrit <article title="…">, le moteur le numérote`,
    });
  }
  for (const m of text.matchAll(AMOUNT_BY_HAND)) {
    if (EXAMPLE.test(text.slice(Math.max(0, (m.index ?? 0) - 10), m.index))) continue;
    out.push({
      index: m.index ?? 0,
      found: m[0].trim(),
      message: `montant ou taux « ${m[0].trim()} » écrit à la main : il vient des chiffres calculés (montants.…)`,
    });
  }
  for (const m of text.matchAll(DATE_BY_HAND)) {
    const before = text.slice(0, m.index);
    if (VISA.test(before.slice(before.lastIndexOf("<p"))) || CITED.test(before)) continue;
    out.push({
      index: m.index ?? 0,
      found: m[0],
      message: `date « ${m[0]} » écrite à la main : elle vient des données (seance.date.long, periode.…)`,
    });
  }
  for (const m of text.matchAll(PLACEHOLDER)) {
    out.push({
      index: m.index ?? 0,
      found: m[0],
      message: `« ${m[0]} » : valeur à compléter écrite dans le modèle ; utilisez une valeur des données`,
    });
  }
  return out.sort((a, b) => a.index - b.index);
}
