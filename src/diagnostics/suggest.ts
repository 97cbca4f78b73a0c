// « Voulez-vous dire … ? »: the closest known word to a misspelt one, if it is close enough to
// be a typo. The only user of `fastest-levenshtein`; data rules and the CLI both ask here.
import { distance } from "fastest-levenshtein";

/** How many typos still make a misspelling rather than another word: 1, 2 from four letters, 3 from nine. */
export function maxTypoDistance(word: string): number {
  const length = [...word].length;
  return length <= 3 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The candidate nearest to `word` within typo distance, or undefined when none is: then the
 * word is new, not misspelt. Ties go to the first candidate in code-point order, so that the
 * suggestion never depends on the order of a folder listing.
 * @example closest("montnat", ["montant", "places"]) // "montant"
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = maxTypoDistance(word) + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = typoDistance(word, candidate);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Edits from one word to the other, two letters swapped counting as one typo (Levenshtein
 * counts two): « sigel » is one typo from « sigle », two from « siege ».
 */
function typoDistance(a: string, b: string): number {
  return isAdjacentSwap(a, b) ? 1 : distance(a, b);
}

function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const i = [...a].findIndex((c, k) => c !== b[k]);
  return i >= 0 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
