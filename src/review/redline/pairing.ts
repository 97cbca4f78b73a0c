// Which removed item and which added item are the same thing edited: the in-order pairing
// that keeps the most similarity (a weighted longest common subsequence).

/** A step of an alignment: a pair, an item only in the old version, or only in the new one. */
export type Step<T> =
  | { readonly old: T; readonly new: T }
  | { readonly old: T; readonly new?: undefined }
  | { readonly old?: undefined; readonly new: T };

/** Below this similarity two paragraphs are told apart: a deletion and an insertion. */
export const SAME_THING = 0.5;

/**
 * Why: a hunk of removed and added paragraphs is mostly the same paragraphs edited; pairing
 * them in order, by similarity, makes each an edit, and leaves the rest deleted or inserted.
 * Unpaired old items come before the new ones at the same place.
 */
export function pairInOrder<T>(
  removed: readonly T[],
  added: readonly T[],
  similar: (a: T, b: T) => number,
): Step<T>[] {
  const n = removed.length;
  const m = added.length;
  const sim = removed.map((r) => added.map((a) => similar(r, a)));
  // at(i, j): the most similarity pairing removed[i..] with added[j..].
  const table = new Float64Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => table[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim[i]?.[j] ?? 0;
      const paired = s >= SAME_THING ? s + at(i + 1, j + 1) : 0;
      table[i * (m + 1) + j] = Math.max(paired, at(i + 1, j), at(i, j + 1));
    }
  }
  const steps: Step<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const s = sim[i]?.[j] ?? 0;
    const here = at(i, j);
    if (i < n && j < m && s >= SAME_THING && here === s + at(i + 1, j + 1)) {
      steps.push({ old: removed[i] as T, new: added[j] as T });
      i++;
      j++;
    } else if (i < n && (j === m || here === at(i + 1, j))) {
      steps.push({ old: removed[i++] as T });
    } else {
      steps.push({ new: added[j++] as T });
    }
  }
  return steps;
}
