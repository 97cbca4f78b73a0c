// Names compared the way a person reads them: « Thématique », « THEMATIQUE » and « thématique »
// are one column; « CCAS d'Arras » and « ccas d arras » one partner.

/**
 * Lower case, accents off, every run of other characters a single space.
 * @example plainWords("N° d'Avenant (€)") // "n d avenant"
 */
export function plainWords(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
