// Word-level redline of one paragraph: tokens aligned by jsdiff, then the changes regrouped
// so that a reader sees « [-13 750,00 €-]{+27 500,00 €+} », not a confetti of digits.
import { diffArrays } from "diff";
import type { Segment } from "./model.ts";

/**
 * Why: a French amount or number (« 13 750,00 € », « 80 % »: narrow and no-break spaces inside)
 * is one token, so a changed amount is one edit; a word keeps its apostrophes and hyphens
 * (« l’article », « Pas-de-Calais »); whitespace and punctuation are tokens of their own.
 */
const TOKEN =
  /\d+(?:[\u202f\u00a0]\d{3})*(?:,\d+)?(?:\u00a0[€%])?|[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*|\s+|./gsu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Why: tokens only; `equal` spans joined back, so equal + del = old and equal + ins = new. */
export function diffWords(oldText: string, newText: string): Segment[] {
  const segments: Segment[] = diffArrays(tokenize(oldText), tokenize(newText)).map((c) => ({
    op: c.added ? "ins" : c.removed ? "del" : "equal",
    text: c.value.join(""),
  }));
  return coalesce(segments);
}

/**
 * Why: « [-a-] [-b-]{+c+} » reads better as « [-a b-]{+c+} »: a space between two changes
 * joins them (it is added to both sides, so each version's text is unchanged), and each group
 * of changes is one deletion followed by one insertion.
 */
function coalesce(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  let del = "";
  let ins = "";
  const flush = () => {
    // A space both sides end with is no change: it goes back to the text that follows.
    const space = /\s+$/.exec(del)?.[0];
    const shared = space !== undefined && del !== space && ins !== space && ins.endsWith(space);
    const tail = shared ? space : "";
    if (del !== "") out.push({ op: "del", text: del.slice(0, del.length - tail.length) });
    if (ins !== "") out.push({ op: "ins", text: ins.slice(0, ins.length - tail.length) });
    if (tail !== "") out.push({ op: "equal", text: tail });
    del = "";
    ins = "";
  };
  segments.forEach((s, i) => {
    const next = segments[i + 1];
    if (s.op === "del") del += s.text;
    else if (s.op === "ins") ins += s.text;
    else if (
      /^\s+$/.test(s.text) &&
      del + ins !== "" &&
      next !== undefined &&
      next.op !== "equal"
    ) {
      del += s.text;
      ins += s.text;
    } else {
      flush();
      out.push(s);
    }
  });
  flush();
  return joinEqual(out);
}

/** Adjacent equal spans (a space given back, then the text after it) become one. */
function joinEqual(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last?.op === "equal" && s.op === "equal")
      out[out.length - 1] = { op: "equal", text: last.text + s.text };
    else out.push(s);
  }
  return out;
}

/**
 * How much two paragraphs share, from 0 to 1: twice the common words over all words (Dice).
 * Why: deciding whether a removed and an added paragraph are one paragraph edited.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const words = (t: string) => tokenize(t).filter((w) => !/^\s+$/.test(w));
  const left = words(a);
  const right = words(b);
  if (left.length + right.length === 0) return 1;
  const common = diffArrays(left, right)
    .filter((c) => !c.added && !c.removed)
    .reduce((n, c) => n + c.value.length, 0);
  return (2 * common) / (left.length + right.length);
}
