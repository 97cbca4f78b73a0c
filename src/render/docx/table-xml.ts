// Tables and signature blocks → `w:tbl`. Column widths are shares of the width the context gives;
// borders come from the skeleton's TableGrid style; signatures use the borderless TableNormal.
import {
  type Block,
  headerRows,
  type Signatures,
  type Table,
  type TableCell,
} from "../../document/model.ts";
import type { BodyContext } from "./body-xml.ts";
import { paragraphXml } from "./xml.ts";

type RenderBlocks = (blocks: readonly Block[], context: BodyContext) => string;

// Shading of header cells (the PDF's #e6e6e6) and the cell margins of the TableGrid style.
const HEADER_FILL = "E6E6E6";
const CELL_MARGINS = 2 * 108;

/**
 * Why: integer twips that add up exactly to `total`, so the grid never overflows the margins.
 * Example: columnWidths([1, 3], 9638) → [2409, 7229].
 */
export function columnWidths(shares: readonly number[], total: number): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  if (shares.length === 0 || !(sum > 0)) throw new Error(`docx: bad column widths ${shares}`);
  const widths = shares.map((share) => Math.floor((total * share) / sum));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + rest;
  return widths;
}

/**
 * Why: a row moves whole to the next page (the PDF's dontBreakRows): a page break never leaves
 * an empty fragment of a row, and both formats break the table at the same row.
 */
const CANT_SPLIT = "<w:trPr><w:cantSplit/></w:trPr>";
/** A header row, repeated at the top of each page the table spans (document/model.ts). */
const HEADER_ROW = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";

/** Why: a bordered grid whose cells hold any blocks (a list in a cell), header cells shaded. */
export function tableXml(table: Table, context: BodyContext, render: RenderBlocks): string {
  const widths = columnWidths(table.widths, context.width);
  const header = headerRows(table);
  const rows = table.rows.map((row, index) => {
    let column = 0;
    const cells = row.map((cell) => {
      const span = cell.colSpan ?? 1;
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      return cellXml(
        cell,
        width,
        table.small === true ? { ...context, small: true } : context,
        render,
      );
    });
    return `<w:tr>${index < header ? HEADER_ROW : CANT_SPLIT}${cells.join("")}</w:tr>`;
  });
  return tblXml("TableGrid", widths, rows);
}

function cellXml(cell: TableCell, width: number, context: BodyContext, render: RenderBlocks) {
  const header = cell.header === true;
  const tcPr = [
    `<w:tcW w:w="${width}" w:type="dxa"/>`,
    (cell.colSpan ?? 1) > 1 ? `<w:gridSpan w:val="${cell.colSpan}"/>` : "",
    header ? `<w:shd w:val="clear" w:color="auto" w:fill="${HEADER_FILL}"/>` : "",
  ].join("");
  const inner: BodyContext = {
    ...context,
    width: width - CELL_MARGINS,
    depth: 0,
    inCell: true,
    bold: context.bold || header,
  };
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${endsWithParagraph(render(cell.blocks, inner))}</w:tc>`;
}

/**
 * Why: OOXML wants every cell to end with a paragraph — an empty cell, or one whose last block
 * is a table, without it is a file Word reports as unreadable.
 */
function endsWithParagraph(xml: string): string {
  return /<\/w:p>$|<w:p\/>$/.test(xml) ? xml : `${xml}<w:p/>`;
}

/** Why: signatures sit side by side in one borderless row that never splits across pages. */
export function signaturesXml(signatures: Signatures, context: BodyContext): string {
  const widths = columnWidths(
    signatures.columns.map(() => 1),
    context.width,
  );
  const cells = signatures.columns.map((column, i) => {
    const lines = column.map((p) =>
      paragraphXml(p.runs, {
        ...(p.align ? { align: p.align } : {}),
        spaceBefore: p.spaceBefore === true,
      }),
    );
    const body = lines.length > 0 ? lines.join("") : "<w:p/>";
    return `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/></w:tcPr>${body}</w:tc>`;
  });
  return tblXml(undefined, widths, [`<w:tr>${CANT_SPLIT}${cells.join("")}</w:tr>`]);
}

function tblXml(style: string | undefined, widths: readonly number[], rows: readonly string[]) {
  const total = widths.reduce((a, b) => a + b, 0);
  const tblPr = [
    style === undefined ? "" : `<w:tblStyle w:val="${style}"/>`,
    `<w:tblW w:w="${total}" w:type="dxa"/>`,
    '<w:tblLayout w:type="fixed"/>',
  ].join("");
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  return `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join("")}</w:tbl>`;
}
