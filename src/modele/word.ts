// The Word side of a model (`actes modele`): the paragraphs and tables a DOCX holds, with the
// paragraph styles that carry what Word cannot show (an article, an annex, the end of either, a
// table's column widths). The template → Word and Word → template stages meet here; the DOCX
// writer and reader only turn this into bytes and back.
import type { Align } from "../document/model.ts";

export interface Marks {
  readonly bold?: true;
  readonly italic?: true;
  readonly underline?: true;
}

/**
 * A run of text. `label` runs are the engine's own captions (« Article — », « fin de
 * l’article »): shown to the editor, ignored when read back. `ref` and `pagecount` runs are the
 * markup's `<ref annexe>` and `<pagecount/>`; `tag` marks a value or section, highlighted.
 */
export interface WordRun {
  readonly text: string;
  readonly marks: Marks;
  readonly role?: "label" | "ref" | "pagecount" | "tag" | "section";
  /** A legacy mail-merge field (MERGEFIELD Champ): its name. */
  readonly field?: string;
}

export interface WordParagraph {
  readonly kind: "paragraph";
  /** The paragraph style's name (STYLES below, or any other a Word user applied). */
  readonly style: string;
  readonly align?: Align;
  readonly spaceBefore?: true;
  readonly runs: readonly WordRun[];
  /** Holds a page break (Ctrl+Entrée in Word). */
  readonly pageBreak?: true;
  /** Where the paragraph sits in a Word list (w:numPr), for documents not written here. */
  readonly listLevel?: number;
}

export interface WordCell {
  readonly header: boolean;
  readonly colSpan?: number;
  readonly blocks: readonly WordBlock[];
}

export interface WordTable {
  readonly kind: "table";
  /** The grid's column widths in twips, as Word stores them. */
  readonly grid: readonly number[];
  readonly rows: readonly (readonly WordCell[])[];
}

export type WordBlock = WordParagraph | WordTable;

export interface WordModel {
  /** The act type the model was exported for (docProps keywords), when it says. */
  readonly type?: string;
  readonly blocks: readonly WordBlock[];
}

/** The paragraph styles of an exported model, by name: the names survive Word and LibreOffice. */
export const STYLES = {
  p: "actes-p",
  h1: "actes-h1",
  h2: "actes-h2",
  h3: "actes-h3",
  titre: "actes-document-titre",
  objet: "actes-document-objet",
  articles: "actes-document-articles",
  article: "actes-article",
  annexe: "actes-annexe",
  signatures: "actes-signatures",
  signature: "actes-signature",
  fin: "actes-fin",
  tableau: "actes-tableau",
  saut: "actes-saut-de-page",
  commentaire: "actes-commentaire",
} as const;

/** « actes-puce-2 »: an item of a bulleted list at depth 2; « actes-numero-1 », numbered. */
export function listStyle(ordered: boolean, level: number): string {
  return `actes-${ordered ? "numero" : "puce"}-${level}`;
}

/** « actes-liste-suite-1 »: a further paragraph of the list item above, at depth 1. */
export function continuationStyle(level: number): string {
  return `actes-liste-suite-${level}`;
}

/** The depth and kind of a list style, or undefined for any other style. */
export function parseListStyle(
  style: string,
): { ordered: boolean; level: number; continuation: boolean } | undefined {
  const m = /^actes-(puce|numero|liste-suite)-([1-9])$/.exec(style);
  if (!m) return undefined;
  return { ordered: m[1] === "numero", level: Number(m[2]), continuation: m[1] === "liste-suite" };
}

/** Deepest list an exported model writes (the templates nest two). */
export const MAX_LIST_LEVEL = 3;

/** The text of a paragraph as the editor reads it, captions left out. */
export function paragraphText(p: WordParagraph): string {
  return p.runs
    .filter((r) => r.role !== "label")
    .map((r) => (r.field === undefined ? r.text : `«${r.field}»`))
    .join("");
}
