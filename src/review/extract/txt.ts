// A plain text to paragraphs. Two kinds of text come in: our canonical text (one paragraph a
// line, blank lines between sections) and texts extracted or typed elsewhere, hard-wrapped at
// a width (the seeds: about 110 characters, paragraphs between blank lines or not). A text of
// 20 lines or more is taken as hard-wrapped when nine lines out of ten are shorter than 160
// characters — a canonical act has many longer lines; then a line that reaches the wrapping width, or one
// followed by a line starting in lower case, continues on the next line.
import { DRAFT_MARK } from "../../document/model.ts";
import {
  isPageNumber,
  joinLines,
  type SourceLine,
  vocabulary,
  withoutListMarker,
} from "./layout.ts";
import { type Extracted, normalize, type Paragraph } from "./paragraph.ts";

const WRAPPED_BELOW = 160;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Paragraphs of a text, each line numbered from 1 as editors do. */
export function extractTxt(content: string): Extracted {
  const lines = content.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const furniture: Paragraph[] = [];
  const body: (SourceLine | undefined)[] = lines.map((raw, i) => {
    // A form feed is a page break of a printed text: the line goes on after it.
    const text = raw.replaceAll("\f", "");
    const origin = { line: i + 1 };
    const isDraftMark = i === 0 && normalize(text) === DRAFT_MARK;
    if (isDraftMark || isPageNumber(text)) {
      furniture.push({ text: normalize(text), marks: [{ offset: 0, origin }] });
      return undefined;
    }
    return normalize(text) === "" ? undefined : { text, origin };
  });
  const lengths = body.flatMap((l) => (l ? [l.text.trimEnd().length] : []));
  const width = percentile(lengths, 0.9);
  // A short text (a hand-made one, a one-page note) is taken as written: one paragraph a line.
  const wrapped = lengths.length >= 20 && width >= 60 && width < WRAPPED_BELOW;
  const vocab = vocabulary(lines);
  const groups: SourceLine[][] = [];
  let current: SourceLine[] = [];
  // Blank lines since the last line: some extractions double-space a wrapped paragraph, so one
  // blank line before a line starting in lower case does not end the paragraph.
  let blanks = 0;
  for (const line of body) {
    if (line === undefined) {
      blanks++;
      continue;
    }
    const previous = current.at(-1);
    const lowerNext = /^\s*\p{Ll}/u.test(line.text);
    const continues =
      wrapped &&
      previous !== undefined &&
      !/[.;:!?]\s*$/u.test(previous.text) &&
      (blanks === 0
        ? previous.text.trimEnd().length >= width * 0.8 ||
          lowerNext ||
          /\p{L}-\s*$/u.test(previous.text)
        : blanks === 1 && lowerNext);
    if (!continues) {
      if (current.length > 0) groups.push(current);
      current = [];
    }
    current.push(line);
    blanks = 0;
  }
  if (current.length > 0) groups.push(current);
  return {
    paragraphs: groups.map((group) => withoutListMarker(joinLines(group, vocab))),
    furniture,
  };
}
