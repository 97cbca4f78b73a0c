// What a lint rule sees and says. A rule reads the paragraphs of one document and returns
// findings at a paragraph and an offset in its text; lint.ts turns them into diagnostics at
// the line (TXT), paragraph (DOCX) or page (PDF) the text came from.
import type { Code } from "../../diagnostics/codes.ts";
import type { Paragraph } from "../extract/paragraph.ts";

export interface Finding {
  readonly code: Code;
  /** Index of the paragraph in the document's paragraphs. */
  readonly paragraph: number;
  /** Offset of the faulty text in the paragraph's text. */
  readonly offset: number;
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
}

/** One act of a document: a file may hold several (a deliberation and its annexes). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface LintInput {
  readonly paragraphs: readonly Paragraph[];
  /** The acts, in order, covering every paragraph (see acts.ts). */
  readonly acts: readonly Span[];
  /** A document presented as final: what is left to complete is an error. */
  readonly final: boolean;
  /** « ligne 6 », « page 2 », « paragraphe 3 »: where a paragraph is, for a message. */
  readonly where: (paragraph: number, offset?: number) => string;
}

export type Rule = (input: LintInput) => Finding[];

/** Every match of `pattern` (global) in every paragraph of `span`, with where it is. */
export function* matches(
  input: LintInput,
  pattern: RegExp,
  span: Span = { start: 0, end: input.paragraphs.length },
): Generator<{ paragraph: number; match: RegExpExecArray }> {
  for (let i = span.start; i < span.end; i++) {
    const text = input.paragraphs[i]?.text ?? "";
    for (const match of text.matchAll(pattern))
      yield { paragraph: i, match: match as RegExpExecArray };
  }
}
