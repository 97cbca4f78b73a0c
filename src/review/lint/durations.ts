// A duration stated two ways in one act: « durée de 12 mois » here, « 24 mois à compter du … »
// there.
import type { Finding, Rule } from "./finding.ts";
import { matches } from "./finding.ts";
import { parseNumberWords } from "./number-words.ts";

const DURATION =
  /\b(?:durée\s+(?:de|d'une période de)\s+(\d+|[a-zé-]+)(?:\s*\(\d+\))?\s+mois|(\d+|[a-zé-]+)(?:\s*\(\d+\))?\s+mois\s+à\s+compter\s+du)\b/giu;

export const durations: Rule = (input) => {
  const out: Finding[] = [];
  for (const act of input.acts) {
    let first: { months: number; text: string; paragraph: number } | undefined;
    for (const { paragraph, match } of matches(input, DURATION, act)) {
      const word = match[1] ?? match[2] ?? "";
      const months = /^\d+$/u.test(word) ? Number(word) : parseNumberWords(word);
      if (months === undefined) continue;
      if (first === undefined) first = { months, text: match[0], paragraph };
      else if (months !== first.months) {
        out.push({
          code: "DUREE_DIVERGENTE",
          paragraph,
          offset: match.index,
          message: `« ${match[0]} », mais « ${first.text} » ${input.where(first.paragraph)}`,
          expected: `${first.months} mois`,
          found: `${months} mois`,
        });
      }
    }
  }
  return out;
};
