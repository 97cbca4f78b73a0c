// The special spaces and signs of French typography, defined once for every output format.
// Choice (Imprimerie nationale, « Lexique des règles typographiques ») :
// - thousands separator: U+202F NARROW NO-BREAK SPACE (« 13 750,00 »), never a plain space,
//   so that an amount is never split across two lines;
// - between a number and its unit (« 13 750,00 € », « 80 % ») and inside « guillemets »:
//   U+00A0 NO-BREAK SPACE.
// The fonts embedded in the PDF (and the Word styles) must cover both characters, otherwise
// they print as boxes; a golden test on the rendered PDF should hold that in place.

/** U+00A0 no-break space: before €, before %, inside « guillemets ». */
export const NBSP = "\u00A0";

/** U+202F narrow no-break space: the thousands separator of amounts and numbers. */
export const NNBSP = "\u202F";

/**
 * The apostrophe written by the engine (« un million d'euros »): U+0027, as the briefs spell
 * it. The seeds mostly use U+2019 (’); switching is this one line.
 */
export const APOSTROPHE = "'";

/** Minus sign of negative amounts: U+002D hyphen-minus (see amount.ts for why). */
export const MINUS = "-";

/**
 * French typography for running text (templates and data alike): typographic apostrophe,
 * no-break space inside « » and before « : », narrow no-break space before « ; ! ? ».
 * "Article 1 : l'objet « X »" → "Article 1\u00A0: l’objet «\u00A0X\u00A0»".
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/'/g, "\u2019")
    .replace(/«[ \u00a0]?/g, `«${NBSP}`)
    .replace(/[ \u00a0]?»/g, `${NBSP}»`)
    .replace(/ :(?=\s|$)/g, `${NBSP}:`)
    .replace(/ ([;!?])/g, `${NNBSP}$1`);
}
