// Document model blocks → the WordprocessingML of the body, inserted by docxtemplater's `{@body}`.
// Layout only: styles, numbering and borders come from the skeleton, the wording from the model.
import { type Block, closingLines, type Heading, type List } from "../../document/model.ts";
import { BULLET_NUM_ID, levelIndent, listLevel, orderedNumId } from "./numbering.ts";
import { signaturesXml, tableXml } from "./table-xml.ts";
import { PAGE_BREAK_XML, paragraphXml } from "./xml.ts";

/** Where a block is rendered: what it may use and what it inherits. */
export interface BodyContext {
  /** Width available to a table, in twips. */
  readonly width: number;
  /** List nesting depth (0 outside any list). */
  readonly depth: number;
  /** Inside a table cell: paragraphs take the tighter TableText style. */
  readonly inCell: boolean;
  /** Inside a header cell: every run bold. */
  readonly bold: boolean;
  /** Inside a dense table: cell paragraphs take the 7 pt TableTextSmall style. */
  readonly small?: boolean;
  /** How many ordered lists have been given a numId so far (shared, counted as they render). */
  readonly ordered: { count: number };
}

export interface BodyXml {
  readonly xml: string;
  /** The number of ordered lists, each needing its own w:num in numbering.xml. */
  readonly orderedLists: number;
}

const HEADING_STYLES = { 1: "Title", 2: "Heading1", 3: "Heading2" } as const;

/**
 * Why: the body is one string of `w:p` and `w:tbl` elements for docxtemplater's raw XML tag.
 * `textWidth` (twips) sizes the tables; it comes from the skeleton's page and margins.
 */
export function bodyXml(blocks: readonly Block[], textWidth: number): BodyXml {
  const ordered = { count: 0 };
  const context: BodyContext = { width: textWidth, depth: 0, inCell: false, bold: false, ordered };
  return { xml: blocksXml(blocks, context), orderedLists: ordered.count };
}

/**
 * Why: the one place that maps each block kind; tables call back into it for their cells.
 * The result always ends with a paragraph, as Word wants in a body and in a cell.
 */
export function blocksXml(blocks: readonly Block[], context: BodyContext): string {
  // The closing lines keep with the signatures that follow them (model.ts `closingLines`).
  const kept = new Set<number>();
  blocks.forEach((block, i) => {
    if (block.kind !== "signatures") return;
    for (let k = 1; k <= closingLines(blocks, i); k++) kept.add(i - k);
  });
  const xml = blocks.map((block, i) => blockXml(block, context, kept.has(i))).join("");
  const last = blocks.at(-1);
  const endsWithTable = last === undefined || last.kind === "table" || last.kind === "signatures";
  return endsWithTable ? `${xml}<w:p/>` : xml;
}

function blockXml(block: Block, context: BodyContext, keepNext = false): string {
  switch (block.kind) {
    case "paragraph":
      return paragraphXml(block.runs, {
        ...(context.inCell ? { style: context.small ? "TableTextSmall" : "TableText" } : {}),
        ...(block.align ? { align: block.align } : {}),
        spaceBefore: block.spaceBefore === true,
        bold: context.bold,
        keepNext,
      });
    case "heading":
      return headingXml(block, context);
    case "list":
      return listXml(block, context);
    case "table":
      return tableXml(block, context, blocksXml);
    case "signatures":
      return signaturesXml(block, context);
    case "pagebreak":
      return PAGE_BREAK_XML;
  }
}

function headingXml(heading: Heading, context: BodyContext): string {
  return paragraphXml(heading.runs, {
    style: HEADING_STYLES[heading.level],
    ...(heading.align ? { align: heading.align } : {}),
    ...(heading.pageBreakBefore ? { pageBreakBefore: true } : {}),
    bold: context.bold,
  });
}

/**
 * An item's first paragraph carries the bullet or number; its later paragraphs are indented to
 * the item's text; a list inside an item goes one level deeper.
 */
function listXml(list: List, context: BodyContext): string {
  const numId = list.ordered ? orderedNumId(context.ordered.count++) : BULLET_NUM_ID;
  const level = listLevel(context.depth);
  const inner: BodyContext = { ...context, depth: context.depth + 1 };
  return list.items
    .map((item) => {
      const [first, ...rest] = item;
      const lead = first?.kind === "paragraph" ? first : undefined;
      const numbered = paragraphXml(lead?.runs ?? [], {
        style: "ListParagraph",
        numbering: { numId, level },
        ...(lead?.align ? { align: lead.align } : {}),
        bold: context.bold,
      });
      const others = (lead ? rest : item).map((block) =>
        block.kind === "paragraph"
          ? paragraphXml(block.runs, {
              style: "ListParagraph",
              indent: levelIndent(level),
              ...(block.align ? { align: block.align } : {}),
              bold: context.bold,
            })
          : blockXml(block, inner),
      );
      return numbered + others.join("");
    })
    .join("");
}
