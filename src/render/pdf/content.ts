// Document model blocks → pdfmake content nodes. Layout only: the wording comes from the model.
import type {
  Align,
  Block,
  Heading,
  Paragraph,
  Run,
  Signatures,
  Table,
  TableCell,
} from "../../document/model.ts";

type Margin = readonly [number, number, number, number];

export interface PdfRun {
  readonly text: string;
  readonly bold?: true;
  readonly italics?: true;
  readonly decoration?: "underline";
}

interface PdfText {
  readonly text: string | readonly PdfRun[];
  readonly style?: string;
  readonly alignment?: Align;
  readonly margin?: Margin;
  readonly pageBreak?: "after";
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
  };
  readonly layout: TableLayout;
  readonly margin: Margin;
}

interface TableLayout {
  readonly hLineWidth: () => number;
  readonly vLineWidth: () => number;
  readonly hLineColor: () => string;
  readonly vLineColor: () => string;
}

export type PdfNode =
  | PdfText
  | PdfTable
  | { readonly stack: readonly PdfNode[]; readonly margin?: Margin }
  | { readonly ul: readonly PdfNode[]; readonly margin: Margin }
  | { readonly ol: readonly PdfNode[]; readonly margin: Margin }
  | {
      readonly columns: readonly { readonly stack: readonly PdfNode[]; readonly width: "*" }[];
      readonly columnGap: number;
      readonly unbreakable: true;
      readonly margin: Margin;
    };

/** Named styles the nodes refer to; pdf.ts hands them to pdfmake. */
export const PDF_STYLES = {
  h1: { fontSize: 15, bold: true, alignment: "center", margin: [0, 0, 0, 14] },
  h2: { fontSize: 11.5, bold: true, margin: [0, 12, 0, 6] },
  h3: { fontSize: 10.5, bold: true, italics: true, margin: [0, 8, 0, 4] },
} as const;

const HEADER_FILL = "#e6e6e6";

/**
 * Why: pdfmake wants its own node shapes; this is the one place that maps each block kind.
 * A page break becomes an empty text that breaks after itself.
 */
export function blocksToContent(blocks: readonly Block[]): PdfNode[] {
  return blocks.map(blockToNode);
}

function blockToNode(block: Block): PdfNode {
  switch (block.kind) {
    case "paragraph":
      return paragraphNode(block);
    case "heading":
      return headingNode(block);
    case "list": {
      const items = block.items.map(itemNode);
      const margin: Margin = [0, 0, 0, 6];
      return block.ordered ? { ol: items, margin } : { ul: items, margin };
    }
    case "table":
      return tableNode(block);
    case "signatures":
      return signaturesNode(block);
    case "pagebreak":
      return { text: "", pageBreak: "after" };
  }
}

function itemNode(blocks: readonly Block[]): PdfNode {
  const nodes = blocksToContent(blocks);
  const [only] = nodes;
  return nodes.length === 1 && only !== undefined ? only : { stack: nodes };
}

function runsToPdf(runs: readonly Run[]): PdfRun[] {
  return runs.map((run) => ({
    text: run.text,
    ...(run.bold === true ? { bold: true } : {}),
    ...(run.italic === true ? { italics: true } : {}),
    ...(run.underline === true ? { decoration: "underline" } : {}),
  }));
}

function paragraphNode(paragraph: Paragraph): PdfText {
  return {
    text: runsToPdf(paragraph.runs),
    alignment: paragraph.align ?? "justify",
    margin: [0, paragraph.spaceBefore === true ? 12 : 0, 0, 6],
  };
}

function headingNode(heading: Heading): PdfText {
  const text = runsToPdf(heading.runs);
  const style = `h${heading.level}`;
  return heading.align === undefined ? { text, style } : { text, style, alignment: heading.align };
}

function tableNode(table: Table): PdfTable {
  const total = table.widths.reduce((sum, width) => sum + width, 0);
  const firstRow = table.rows[0] ?? [];
  return {
    table: {
      widths: table.widths.map((width) => `${((width / total) * 100).toFixed(4)}%`),
      headerRows: firstRow.length > 0 && firstRow.every((cell) => cell.header === true) ? 1 : 0,
      body: table.rows.map((row) => row.flatMap(cellNodes)),
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => "#444444",
      vLineColor: () => "#444444",
    },
    margin: [0, 4, 0, 10],
  };
}

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
    stack: blocksToContent(blocks),
    ...(span > 1 ? { colSpan: span } : {}),
    ...(cell.header === true ? { fillColor: HEADER_FILL, bold: true } : {}),
  };
  const placeholders: PdfText[] = Array.from({ length: span - 1 }, () => ({ text: "" }));
  return [node, ...placeholders];
}

function signaturesNode(signatures: Signatures): PdfNode {
  return {
    columns: signatures.columns.map((column) => ({
      stack: column.map((paragraph) =>
        paragraphNode({ ...paragraph, align: paragraph.align ?? "left" }),
      ),
      width: "*",
    })),
    columnGap: 24,
    unbreakable: true,
    // No bottom margin: at the foot of a page it would push an empty page after the block.
    margin: [0, 18, 0, 0],
  };
}
