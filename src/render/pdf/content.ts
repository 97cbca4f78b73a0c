// Document model blocks → pdfmake content nodes. Layout only: the wording comes from the model.
import {
  type Align,
  type Block,
  closingLines,
  type Heading,
  headerRows,
  type Paragraph,
  type Run,
  type Signatures,
  type Table,
  type TableCell,
} from "../../document/model.ts";

type Margin = readonly [number, number, number, number];

export interface PdfRun {
  readonly text: string;
  readonly background?: string;
  readonly bold?: true;
  readonly italics?: true;
  readonly decoration?: "underline";
}

interface PdfText {
  readonly text: string | readonly PdfRun[];
  readonly style?: string;
  readonly alignment?: Align;
  readonly margin?: Margin;
  readonly pageBreak?: "after" | "before";
}

interface PdfCell {
  readonly stack: readonly PdfNode[];
  readonly colSpan?: number;
  readonly fillColor?: string;
  readonly bold?: true;
}

interface PdfTable {
  readonly table: {
    readonly widths: readonly string[];
    readonly headerRows: number;
    readonly body: readonly (readonly (PdfCell | PdfText)[])[];
    readonly dontBreakRows: true;
  };
  readonly layout: TableLayout;
  readonly margin?: Margin;
  /** A dense table's size (Table.small), as Word's TableTextSmall style. */
  readonly fontSize?: number;
}

interface TableLayout {
  readonly paddingLeft: () => number;
  readonly paddingRight: () => number;
  readonly paddingTop: () => number;
  readonly paddingBottom: () => number;
  readonly hLineWidth: () => number;
  readonly vLineWidth: () => number;
  readonly hLineColor: () => string;
  readonly vLineColor: () => string;
}

export type PdfNode =
  | PdfText
  | PdfTable
  | { readonly stack: readonly PdfNode[]; readonly margin?: Margin; readonly unbreakable?: true }
  | { readonly ul: readonly PdfNode[]; readonly margin?: Margin }
  | { readonly ol: readonly PdfNode[]; readonly margin?: Margin }
  | {
      readonly columns: readonly { readonly stack: readonly PdfNode[]; readonly width: "*" }[];
      readonly columnGap: number;
      readonly unbreakable: true;
      readonly margin?: Margin;
    };

/** Named styles the nodes refer to; pdf.ts hands them to pdfmake. */
export const PDF_STYLES = {
  h1: { fontSize: 15, bold: true, alignment: "center" },
  h2: { fontSize: 11.5, bold: true },
  h3: { fontSize: 10.5, bold: true, italics: true },
} as const;

// Vertical spacing, in points, as the Word styles of templates/word/word/styles.xml give it
// (twips / 20), so that both formats put the same lines on a page.
const SPACING = {
  paragraph: { before: 0, after: 6 },
  spaceBefore: 12,
  heading: { 1: { before: 0, after: 14 }, 2: { before: 12, after: 6 }, 3: { before: 8, after: 4 } },
  listItem: { before: 0, after: 3 },
  cell: { before: 2, after: 2 },
} as const;

const HEADER_FILL = "#e6e6e6";
/** The highlight of a value to complete: Word's « yellow » highlight. */
export const GAP_BACKGROUND = "#ffff00";
// Cell margins of the Word table styles: 108 twips left and right; 40 above and below in grids.
const CELL_PADDING_X = 5.4;
const CELL_PADDING_Y = 2;

/** Where blocks are laid out: the spacing of their paragraphs depends on it, as in Word. */
type Place = "body" | "cell" | "item";

interface Spaced {
  readonly node: PdfNode;
  readonly before: number;
  readonly after: number;
}

/**
 * Why: pdfmake wants its own node shapes; this is the one place that maps each block kind.
 * A page break becomes an empty text that breaks after itself. The closing lines before a
 * signatures block go with it in one unbreakable stack (model.ts `closingLines`).
 */
export function blocksToContent(blocks: readonly Block[], place: Place = "body"): PdfNode[] {
  const spaced: Spaced[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block.kind !== "signatures") {
      spaced.push(blockToNode(block, place));
      continue;
    }
    const lead = spaced.splice(spaced.length - closingLines(blocks, index));
    const all = [...lead, blockToNode(block, place)];
    const first = all[0];
    spaced.push({
      node: { stack: withMargins(all), unbreakable: true },
      before: first?.before ?? 0,
      after: all.at(-1)?.after ?? 0,
    });
  }
  return withMargins(spaced);
}

/**
 * Why: Word puts the larger of a paragraph's space after and the next one's space before between
 * them (LibreOffice does the same with a DOCX, measured), where pdfmake adds margins: each node's
 * top margin is only what its space before adds to the previous node's space after.
 */
function withMargins(spaced: readonly Spaced[]): PdfNode[] {
  return spaced.map(({ node, before, after }, i) => {
    const previous = i === 0 ? 0 : (spaced[i - 1]?.after ?? 0);
    const top = i === 0 ? before : Math.max(before, previous) - previous;
    return { ...node, margin: [0, top, 0, after] } as PdfNode;
  });
}

function blockToNode(block: Block, place: Place): Spaced {
  switch (block.kind) {
    case "paragraph":
      return paragraphNode(block, place);
    case "heading":
      return headingNode(block);
    case "list": {
      const items = block.items.map(itemNode);
      const node = block.ordered ? { ol: items } : { ul: items };
      return { node, before: 0, after: SPACING.listItem.after };
    }
    case "table":
      return { node: tableNode(block), before: 0, after: 0 };
    case "signatures":
      return { node: signaturesNode(block), before: 0, after: 0 };
    case "pagebreak":
      return { node: { text: "", pageBreak: "after" }, before: 0, after: 0 };
  }
}

function itemNode(blocks: readonly Block[]): PdfNode {
  const nodes = blocksToContent(blocks, "item");
  const [only] = nodes;
  return nodes.length === 1 && only !== undefined ? only : { stack: nodes };
}

/** Why: a value to complete is highlighted as in Word; its text is the model's, unchanged. */
function runsToPdf(runs: readonly Run[]): PdfRun[] {
  return runs.map((run) => ({
    text: run.text,
    ...(run.bold === true ? { bold: true } : {}),
    ...(run.italic === true ? { italics: true } : {}),
    ...(run.underline === true ? { decoration: "underline" } : {}),
    ...(run.gap === true ? { background: GAP_BACKGROUND } : {}),
  }));
}

function paragraphNode(paragraph: Paragraph, place: Place): Spaced {
  const spacing =
    place === "cell" ? SPACING.cell : place === "item" ? SPACING.listItem : SPACING.paragraph;
  return {
    node: { text: runsToPdf(paragraph.runs), alignment: paragraph.align ?? "justify" },
    before: paragraph.spaceBefore === true ? SPACING.spaceBefore : spacing.before,
    after: spacing.after,
  };
}

function headingNode(heading: Heading): Spaced {
  const text = runsToPdf(heading.runs);
  const style = `h${heading.level}`;
  const node = {
    text,
    style,
    ...(heading.align === undefined ? {} : { alignment: heading.align }),
    ...(heading.pageBreakBefore ? { pageBreak: "before" as const } : {}),
  };
  return { node, ...SPACING.heading[heading.level] };
}

function tableNode(table: Table): PdfTable {
  const total = table.widths.reduce((sum, width) => sum + width, 0);
  return {
    table: {
      widths: table.widths.map((width) => `${((width / total) * 100).toFixed(4)}%`),
      headerRows: headerRows(table),
      body: table.rows.map((row) => row.flatMap(cellNodes)),
      // A row moves whole to the next page, as Word's w:cantSplit: no empty row fragment.
      dontBreakRows: true,
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => "#444444",
      vLineColor: () => "#444444",
      paddingLeft: () => CELL_PADDING_X,
      paddingRight: () => CELL_PADDING_X,
      paddingTop: () => CELL_PADDING_Y,
      paddingBottom: () => CELL_PADDING_Y,
    },
    margin: [0, 0, 0, 0],
    ...(table.small === true ? { fontSize: SMALL_TABLE_SIZE } : {}),
  };
}

/** Points, as TableTextSmall's w:sz 14 (half-points) in templates/word/word/styles.xml. */
const SMALL_TABLE_SIZE = 7;

/** A spanning cell is followed by the empty placeholders pdfmake expects. */
function cellNodes(cell: TableCell): (PdfCell | PdfText)[] {
  const span = cell.colSpan ?? 1;
  // Header cells are labels: left-aligned (justifying "Modalités de financement" spreads it).
  const blocks = cell.header
    ? cell.blocks.map((b) =>
        b.kind === "paragraph" && !b.align ? { ...b, align: "left" as const } : b,
      )
    : cell.blocks;
  const node: PdfCell = {
    stack: blocksToContent(blocks, "cell"),
    ...(span > 1 ? { colSpan: span } : {}),
    ...(cell.header === true ? { fillColor: HEADER_FILL, bold: true } : {}),
  };
  const placeholders: PdfText[] = Array.from({ length: span - 1 }, () => ({ text: "" }));
  return [node, ...placeholders];
}

/** Side by side, as Word's borderless signature table (its cells have Word's side margins). */
function signaturesNode(signatures: Signatures): PdfNode {
  return {
    columns: signatures.columns.map((column) => ({
      stack: withMargins(
        column.map((paragraph) =>
          paragraphNode({ ...paragraph, align: paragraph.align ?? "left" }, "body"),
        ),
      ),
      width: "*",
    })),
    columnGap: 2 * CELL_PADDING_X,
    unbreakable: true,
  };
}
