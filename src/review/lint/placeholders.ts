// Values left to complete. A draft shows them on purpose (the engine writes « [À COMPLÉTER :
// …] »); in a document presented as final each one is an error: the X's of a Word model
// (« XX novembre 2022 », « N° XXXX », « AVENANT N°X »), a mail-merge field never merged
// (« «Organisme» »: guillemets around one word, no space), dotted leaders (« du …………… »).
import type { Finding, Rule } from "./finding.ts";
import { matches } from "./finding.ts";

export const PLACEHOLDER =
  /\[?À COMPLÉTER[^\]]*\]?|\bN°\s?X\b|\b[Xx]{2,}\b|«[^\s«»]+»|…{2,}|\.{4,}|…\.{2,}/giu;

export const placeholders: Rule = (input) => {
  if (!input.final) return [];
  const out: Finding[] = [];
  for (const { paragraph, match } of matches(input, PLACEHOLDER)) {
    out.push({
      code: "TEXTE_A_COMPLETER",
      paragraph,
      offset: match.index,
      message: `« ${match[0]} » : valeur à compléter dans un document présenté comme définitif`,
      found: match[0],
    });
  }
  return out;
};
