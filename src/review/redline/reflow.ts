// The redline of two documents of any origin (`actes compare`): the same sentences laid out by
// Word, by a PDF or retyped by hand break into paragraphs differently (a table row is one
// paragraph in a DOCX, one per cell in a PDF; a retyped text joins a signatory block). So the
// words are compared as one stream, paragraph breaks and table or list marks ignored, and the
// result is laid out on the NEW document's paragraphs.
import { diffArrays } from "diff";
import type { RedlineLine, Segment } from "./model.ts";
import { ARTICLE_HEADING } from "./sections.ts";

/** A word (or a punctuation mark) with the spaces and layout marks that follow it. */
interface Unit {
  /** What is compared: the token itself. */
  readonly key: string;
  /** What is printed: the token, then the spaces and layout marks up to the next token. */
  text: string;
  /** The paragraph it was read in. */
  readonly paragraph: number;
  /** The paragraph's last word. */
  last: boolean;
}

/** A table cell separator, a bullet: layout, which two renderings of one text write differently. */
const LAYOUT = /^(?:\s+|[|•◦▪])$/u;

/**
 * Tokens of extracted text, where spaces are plain (extract/ normalises them): an amount with its
 * digit groups and unit (« 13 750,00 € », « 80 % ») is one token, so a changed amount is one edit;
 * a word keeps its apostrophes and hyphens; anything else is a token of its own.
 */
const TOKEN =
  /\d{1,3}(?: \d{3})+(?:,\d+)?(?: ?[€%])?(?!\p{L})|\d+(?:,\d+)?(?: ?[€%])?(?!\p{L})|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\s+|./gsu;

function unitsOf(paragraphs: readonly string[]): Unit[] {
  const units: Unit[] = [];
  paragraphs.forEach((text, paragraph) => {
    let lead = "";
    let current: Unit | undefined;
    for (const token of text.match(TOKEN) ?? []) {
      if (!LAYOUT.test(token)) {
        current = { key: token, text: lead + token, paragraph, last: false };
        units.push(current);
        lead = "";
      } else if (current) current.text += token;
      else lead += token;
    }
    if (current) current.last = true;
  });
  return units;
}

/** The text of a deleted word: one that ended its paragraph is parted from the next by a space. */
const deletedText = (unit: Unit) => (unit.last ? `${unit.text} ` : unit.text);

/** A word of OLD only (del), of NEW only (ins), or of both (equal). */
type Event =
  | { readonly op: "del"; readonly old: Unit }
  | { readonly op: "ins"; readonly new: Unit }
  | { readonly op: "equal"; readonly old: Unit; readonly new: Unit };

function eventsOf(oldUnits: readonly Unit[], newUnits: readonly Unit[]): Event[] {
  const events: Event[] = [];
  let o = 0;
  let n = 0;
  const changes = diffArrays([...oldUnits], [...newUnits], {
    comparator: (a, b) => a.key === b.key,
  });
  for (const change of changes) {
    for (let k = 0; k < change.value.length; k++) {
      if (change.removed) events.push({ op: "del", old: oldUnits[o++] as Unit });
      else if (change.added) events.push({ op: "ins", new: newUnits[n++] as Unit });
      else events.push({ op: "equal", old: oldUnits[o++] as Unit, new: newUnits[n++] as Unit });
    }
  }
  return events;
}

/**
 * Why: `compare` must show what a reader would call a change — a word added, removed or
 * replaced — and nothing of the layout. A deleted word goes where it stood: in the NEW
 * paragraph that holds the words before it (or, opening an old paragraph, the words after
 * it); a run of old paragraphs none of whose words is left shows as deleted paragraphs.
 */
export function redlineDocuments(
  oldParagraphs: readonly string[],
  newParagraphs: readonly string[],
): RedlineLine[] {
  const events = eventsOf(unitsOf(oldParagraphs), unitsOf(newParagraphs));
  // Old paragraphs of which some word is still in NEW: their deleted words stay inline.
  const kept = new Set(events.flatMap((e) => (e.op === "equal" ? [e.old.paragraph] : [])));
  // For each event, the NEW paragraph of the next word of NEW (newParagraphs.length at the end).
  const nextNew: number[] = [];
  let next = newParagraphs.length;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as Event;
    if (e.op !== "del") next = e.new.paragraph;
    nextNew[i] = next;
  }
  const lines: Segment[][] = newParagraphs.map(() => []);
  /** Deleted words that open a NEW paragraph (before its first word), by paragraph. */
  const opening: Segment[][] = newParagraphs.map(() => []);
  /** Whole deleted paragraphs, by the NEW paragraph they stand before, then by old paragraph. */
  const deleted = new Map<number, Map<number, Segment[]>>();
  let lastNew = -1;
  let lastOld = -1;
  events.forEach((e, i) => {
    if (e.op !== "del") {
      lastNew = e.new.paragraph;
      if (e.op === "equal") lastOld = e.old.paragraph;
      push(lines[lastNew] as Segment[], e.op, e.new.text);
      return;
    }
    const following = nextNew[i] ?? newParagraphs.length;
    const line = lines[lastNew];
    if (line && (e.old.paragraph === lastOld || following === lastNew)) {
      push(line, "del", spaced(line, deletedText(e.old)));
    } else if (kept.has(e.old.paragraph) && following < newParagraphs.length) {
      push(opening[following] as Segment[], "del", deletedText(e.old));
    } else {
      const before = deleted.get(following) ?? new Map<number, Segment[]>();
      deleted.set(following, before);
      const paragraph = before.get(e.old.paragraph) ?? [];
      before.set(e.old.paragraph, paragraph);
      push(paragraph, "del", deletedText(e.old));
    }
  });
  const out: RedlineLine[] = [];
  const emitDeleted = (at: number) => {
    for (const segments of deleted.get(at)?.values() ?? []) {
      out.push(lineOf("del", trimEnd(segments)));
    }
  };
  newParagraphs.forEach((_, i) => {
    emitDeleted(i);
    const segments = merge([...(opening[i] as Segment[]), ...trimEnd(lines[i] as Segment[])]);
    out.push(lineOf(changeOf(segments), segments));
  });
  emitDeleted(newParagraphs.length);
  return out;
}

function changeOf(segments: readonly Segment[]): RedlineLine["change"] {
  if (segments.every((s) => s.op === "equal")) return "equal";
  return segments.every((s) => s.op === "ins") ? "ins" : "edit";
}

function push(segments: Segment[], op: Segment["op"], text: string): void {
  const last = segments.at(-1);
  if (last?.op === op) segments[segments.length - 1] = { op, text: last.text + text };
  else segments.push({ op, text });
}

/** A deleted word after the last word of a paragraph is separated from it by a space. */
function spaced(segments: readonly Segment[], text: string): string {
  const last = segments.at(-1)?.text ?? "";
  return last === "" || /\s$/.test(last) || /^[\s,.;:)]/.test(text) ? text : ` ${text}`;
}

/** A deleted word that ends a line ends it without its space (NEW's own text is kept as is). */
function trimEnd(segments: Segment[]): Segment[] {
  const last = segments.at(-1);
  if (last?.op === "del") segments[segments.length - 1] = { ...last, text: last.text.trimEnd() };
  return segments;
}

/**
 * Adjacent segments of one kind joined; a space that ends both a deletion and the insertion
 * after it is no change (« [-13 750,00 €-]{+14 000,00 €+} (treize »).
 */
function merge(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) push(out, s.op, s.text);
  const result: Segment[] = [];
  for (const s of out) {
    const del = result.at(-1);
    const space = /\s+$/.exec(s.text)?.[0];
    const shared =
      s.op === "ins" &&
      del?.op === "del" &&
      space !== undefined &&
      s.text !== space &&
      del.text !== space &&
      del.text.endsWith(space);
    if (shared) {
      result[result.length - 1] = { op: "del", text: del.text.slice(0, -space.length) };
      result.push({ op: "ins", text: s.text.slice(0, -space.length) });
      push(result, "equal", space);
    } else push(result, s.op, s.text);
  }
  return result;
}

function lineOf(change: RedlineLine["change"], segments: Segment[]): RedlineLine {
  const text = segments.map((s) => s.text).join("");
  return { change, segments, style: ARTICLE_HEADING.test(text) ? "heading" : "normal" };
}
