// The document model: the one tree every format renders (DOCX, PDF, canonical text).
// Templates produce it; renderers only turn it into bytes, they never add wording.

/** A run of text with its emphasis. Text is final: already formatted, never "undefined". */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** A value to complete (« [À COMPLÉTER : …] »): highlighted in DOCX and PDF. */
  readonly gap?: boolean;
  /**
   * The document's number of pages (markup `<pagecount/>`): its text is PAGE_COUNT_PENDING until
   * render/formats.ts writes the PDF's count in it (withPageCount); the DOCX makes it a field.
   */
  readonly pageCount?: true;
}

export type Align = "left" | "center" | "right" | "justify";

export interface Paragraph {
  readonly kind: "paragraph";
  readonly runs: readonly Run[];
  readonly align?: Align;
  /** Extra space before the paragraph, as in the seeds' "Vu :" blocks. */
  readonly spaceBefore?: boolean;
}

export interface Heading {
  readonly kind: "heading";
  /** 1: document title; 2: article; 3: sub-heading. */
  readonly level: 1 | 2 | 3;
  readonly runs: readonly Run[];
  readonly align?: Align;
  /**
   * Starts a page (an annex's heading). Not a page-break paragraph before it: Word puts such a
   * paragraph at the top of the next page when the page before is full, and adds a blank page.
   */
  readonly pageBreakBefore?: true;
}

export interface List {
  readonly kind: "list";
  readonly ordered: boolean;
  /** Each item holds blocks (usually one paragraph). */
  readonly items: readonly (readonly Block[])[];
}

export interface TableCell {
  readonly blocks: readonly Block[];
  /** A header cell (shaded, bold). */
  readonly header?: boolean;
  readonly colSpan?: number;
}

export interface Table {
  readonly kind: "table";
  /** A dense table (a form of many columns, seed 001's annexe D): 7 pt in both formats. */
  readonly small?: boolean;
  /** Relative column widths, e.g. [1, 3]. */
  readonly widths: readonly number[];
  readonly rows: readonly (readonly TableCell[])[];
}

/**
 * Why: a table that spans pages repeats its header row on each (annexe 5, a répartition of 40
 * lines): the first row is that header when every cell of it is a header cell. Both renderers
 * ask here (DOCX w:tblHeader, pdfmake headerRows).
 */
export function headerRows(table: Table): 0 | 1 {
  const first = table.rows[0] ?? [];
  return first.length > 0 && first.every((cell) => cell.header === true) ? 1 : 0;
}

/** Side-by-side signature blocks: each column is a few lines (who signs, name). */
export interface Signatures {
  readonly kind: "signatures";
  readonly columns: readonly (readonly Paragraph[])[];
}

export interface PageBreak {
  readonly kind: "pagebreak";
}

export type Block = Paragraph | Heading | List | Table | Signatures | PageBreak;

export interface DocumentModel {
  /** PDF/DOCX title metadata, e.g. "Avenant financier n°1 – CCAS de Béthune". */
  readonly title: string;
  /** PDF/DOCX subject metadata. */
  readonly subject: string;
  /** Letterhead lines shown in the header ("Pôle Solidarités", "Direction des Politiques …"). */
  readonly letterhead: readonly string[];
  readonly blocks: readonly Block[];
  /** A draft shows its gaps; a draft is never signature-ready. */
  readonly draft: boolean;
  /** Absolute path of the letterhead image (PNG or JPEG), when the data gives one. */
  readonly logo?: string;
}

/** The draft mark, written once: first line of the text, page header of the DOCX and the PDF. */
export const DRAFT_MARK = "PROJET — document non signable";
/** The watermark across every page of a draft, in the DOCX and the PDF. */
export const DRAFT_WATERMARK = "PROJET";

/**
 * Why: « À Arras, le » / « En deux exemplaires » must never stand alone at the foot of a page,
 * away from the signatures. The closing lines are the paragraphs just before a signatures block,
 * back to the one that opens the closing with a space before (at most 3): both renderers keep
 * them on the signatures' page. Returns how many blocks before `index` keep with it.
 */
export function closingLines(blocks: readonly Block[], index: number): number {
  let count = 0;
  for (let i = index - 1; i >= 0 && count < 3; i--) {
    const block = blocks[i];
    if (block?.kind !== "paragraph") break;
    count++;
    if (block.spaceBefore === true) return count;
  }
  return Math.min(count, 1);
}

/** The text of a page count that no layout has counted yet: renderers refuse to print it. */
export const PAGE_COUNT_PENDING = "#";

/** Why: the page count costs a PDF layout, which only documents that print it pay. */
export function hasPageCount(doc: DocumentModel): boolean {
  const found = (blocks: readonly Block[]): boolean =>
    blocks.some((block) => {
      switch (block.kind) {
        case "paragraph":
        case "heading":
          return block.runs.some((run) => run.pageCount);
        case "list":
          return block.items.some(found);
        case "table":
          return block.rows.some((row) => row.some((cell) => found(cell.blocks)));
        case "signatures":
          return block.columns.some(found);
        default:
          return false; // a page break has no text
      }
    });
  return found(doc.blocks);
}

/**
 * Why: the count is known once the PDF is laid out (render/formats.ts); every format then prints
 * that one number. Example: withPageCount(doc, 4) → « Ce document comprend 4 pages. »
 */
export function withPageCount(doc: DocumentModel, pages: number): DocumentModel {
  const runs = (list: readonly Run[]) =>
    list.map((run) => (run.pageCount ? { ...run, text: String(pages) } : run));
  const paragraph = (p: Paragraph): Paragraph => ({ ...p, runs: runs(p.runs) });
  const blocks = (list: readonly Block[]): Block[] =>
    list.map((block): Block => {
      switch (block.kind) {
        case "paragraph":
          return paragraph(block);
        case "heading":
          return { ...block, runs: runs(block.runs) };
        case "list":
          return { ...block, items: block.items.map(blocks) };
        case "table":
          return {
            ...block,
            rows: block.rows.map((row) =>
              row.map((cell) => ({ ...cell, blocks: blocks(cell.blocks) })),
            ),
          };
        case "signatures":
          return { ...block, columns: block.columns.map((column) => column.map(paragraph)) };
        default:
          return block; // a page break has no text
      }
    });
  return { ...doc, blocks: blocks(doc.blocks) };
}
