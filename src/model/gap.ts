// A value the seeds do not give is written "À COMPLÉTER" in data: never invented, always listed,
// and it blocks the signature-ready output. In models it is the GAP symbol.
export const GAP_TEXT = "À COMPLÉTER";
export const GAP: unique symbol = Symbol(GAP_TEXT);
export type Gap = typeof GAP;
export type OrGap<T> = T | Gap;

export function isGap(value: unknown): value is Gap {
  return value === GAP;
}

/**
 * Text that looks like a leftover mail-merge placeholder rather than a value:
 * "XXXX", "xx novembre", "N° X", "«Champ»", "……". The seeds are full of them.
 */
export const PLACEHOLDER_PATTERN =
  /(^|[^\p{L}])(X{2,}|x{2,})(?![\p{L}])|N°\s*X\b|«[^\s«»]+»|\.{4,}|…{2,}|…\.|_{3,}/u;

/** "A COMPLETER", "à compléter"…: a gap misspelt, which must not pass for a real value. */
export function isMisspeltGap(text: string): boolean {
  const plain = text.normalize("NFD").replace(/\p{M}/gu, "").trim().toUpperCase();
  return text !== GAP_TEXT && /^A\s*COMPLETER\b/.test(plain);
}
