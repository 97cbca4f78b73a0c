// The unit every review tool reads: a paragraph of text, whatever the file it came from, with
// where each part of it was found, so that a finding can be reported at its line or page.

/** Where a piece of text was read: a line of a TXT, a paragraph of a DOCX, a page of a PDF. */
export type Origin =
  | { readonly line: number }
  | { readonly paragraph: number }
  | { readonly page: number };

export interface Paragraph {
  /** Normalised text (see `normalize`), one space between words, no line break. */
  readonly text: string;
  /** From `offset` on, the text comes from `origin`; by increasing offset, the first at 0. */
  readonly marks: readonly { readonly offset: number; readonly origin: Origin }[];
}

export interface Extracted {
  /** The body, in reading order. */
  readonly paragraphs: readonly Paragraph[];
  /** What is not the body: page headers and footers, page numbers, a draft mark, watermarks. */
  readonly furniture: readonly Paragraph[];
}

/**
 * The layout-free form of a text, so that two renderings of one sentence compare equal:
 * no-break and narrow spaces become spaces (a DOCX, a PDF and a retyped text disagree on them),
 * the typographic apostrophe becomes « ' » (Word types ’, a hand typist often ').
 */
export function normalize(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2019\u02bc]/gu, "'")
    .replace(/[\s\u00a0\u202f\u2007\u2009]+/gu, " ")
    .trim();
}

/** Where `offset` of the paragraph was read. */
export function originAt(paragraph: Paragraph, offset: number): Origin {
  let found = paragraph.marks[0]?.origin ?? { line: 0 };
  for (const mark of paragraph.marks) {
    if (mark.offset > offset) break;
    found = mark.origin;
  }
  return found;
}

/** The words of a text, as comparisons count them: runs of letters and digits. */
export function words(text: string): string[] {
  return text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
}
