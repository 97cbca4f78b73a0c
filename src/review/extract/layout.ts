// Layout noise shared by the TXT and PDF readers: lines joined into paragraphs (a line break
// inside a paragraph is not a change), words cut by a hyphen at a line end put back together,
// list markers set apart (Word numbers a list itself, a text writes « 1. » or « - »).
import { normalize, type Origin, type Paragraph } from "./paragraph.ts";

export interface SourceLine {
  readonly text: string;
  readonly origin: Origin;
}

/** The words of a document, asked only at a hyphen ending a line. */
export interface Vocabulary {
  has(word: string): boolean;
}

/**
 * Every word of the document, lower-cased, for telling a hyphenation from a hyphen. Gathered at
 * the first question only: our own canonical text (one paragraph a line, the lint of every act
 * generate writes) never asks.
 */
export function vocabulary(texts: readonly string[]): Vocabulary {
  let found: Set<string> | undefined;
  return {
    has(word) {
      if (!found) {
        found = new Set<string>();
        for (const text of texts) {
          for (const match of text.matchAll(/\p{L}+/gu)) found.add(match[0].toLowerCase());
        }
      }
      return found.has(word);
    },
  };
}

/**
 * Joins the lines of one paragraph. At a line ending in « lettre- » before a letter, the hyphen
 * is kept (« ci- / dessus », « Pas-de- / Calais »: pdfmake only breaks at real hyphens, and so
 * do the typists of these acts) unless the document writes the two parts as one word elsewhere
 * (« transmis- / sion » where « transmission » occurs): then it was a hyphenation, and goes.
 */
export function joinLines(lines: readonly SourceLine[], words: Vocabulary): Paragraph {
  let text = "";
  const marks: { offset: number; origin: Origin }[] = [];
  for (const line of lines) {
    const piece = normalize(line.text);
    if (piece === "") continue;
    const cut = /(\p{L}+)-$/u.exec(text);
    const next = /^\p{L}+/u.exec(piece)?.[0];
    if (cut && next !== undefined) {
      if (words.has(`${cut[1]}${next}`.toLowerCase())) text = text.slice(0, -1);
      marks.push({ offset: text.length, origin: line.origin });
      text += piece;
    } else {
      if (text !== "") text += " ";
      marks.push({ offset: text.length, origin: line.origin });
      text += piece;
    }
  }
  return { text, marks };
}

const MARKER = String.raw`(?:\d{1,2}[.)]|[-–•▪◦●o□]|\uf0b7|\uf0a7|\uf0d8)`;
const LIST_MARKER = new RegExp(`^${MARKER}\\s+`, "u");

/** A line that is only a list marker (pdfmake draws a number apart from its item). */
export const isListMarker = (text: string): boolean =>
  new RegExp(`^${MARKER}$`, "u").test(normalize(text));

/**
 * The paragraph without its list marker (« 1. », « - », « • »), which Word does not write as
 * text: the three renderings of a list item then have the same words. A paragraph that is only
 * a marker is left alone.
 */
export function withoutListMarker(paragraph: Paragraph): Paragraph {
  const marker = LIST_MARKER.exec(paragraph.text);
  if (marker === null || marker[0].length === paragraph.text.length) return paragraph;
  const cut = marker[0].length;
  return {
    text: paragraph.text.slice(cut),
    marks: paragraph.marks.map((m) => ({ ...m, offset: Math.max(0, m.offset - cut) })),
  };
}

/** « Page 3 / 12 », « 3/12 », « page 3 sur 12 », « - 3 - »: a page number, not the body. */
export function isPageNumber(text: string): boolean {
  return /^(?:page\s*)?\d{1,4}\s*(?:\/|sur)\s*\d{1,4}$|^page\s*\d{1,4}$|^-\s*\d{1,4}\s*-$/iu.test(
    normalize(text),
  );
}
