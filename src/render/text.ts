// The canonical text of a document: what legal reviewers diff. One paragraph per line,
// headings preceded by a blank line, list items "- …" or "1. …", table rows "a | b",
// signature columns one after the other. Emphasis is dropped; the words are all there.
import {
  type Block,
  type DocumentModel,
  DRAFT_MARK,
  PAGE_COUNT_PENDING,
  type Run,
  type TableCell,
} from "../document/model.ts";

/** A page count not yet counted (render/formats.ts counts it) is a bug, never printed. */
const runsText = (runs: readonly Run[]): string =>
  runs
    .map((r) => {
      if (r.pageCount && r.text === PAGE_COUNT_PENDING)
        throw new Error("text: the page count was never counted");
      return r.text;
    })
    .join("");

/** Renders the model as UTF-8 text with LF endings and a final newline. */
export function renderText(doc: DocumentModel): string {
  const lines: string[] = [];
  if (doc.draft) lines.push(DRAFT_MARK, "");
  lines.push(...blocksLines(doc.blocks));
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

function blocksLines(blocks: readonly Block[]): string[] {
  return blocks.flatMap(blockLines);
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case "heading":
      // A heading that starts a page keeps the blank line a page break leaves in the text.
      return [...(block.pageBreakBefore ? [""] : []), "", runsText(block.runs)];
    case "paragraph":
      return [runsText(block.runs)];
    case "list":
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${inline(item)}`);
    case "table":
      return ["", ...block.rows.map((row) => row.map(cellText).join(" | ")), ""];
    case "signatures":
      return ["", ...block.columns.flatMap((col) => [...col.map((p) => runsText(p.runs)), ""])];
    case "pagebreak":
      return [""];
  }
}

/** Blocks on one line: paragraphs joined by spaces, list items as "• item". */
function inline(blocks: readonly Block[]): string {
  return blocks
    .map((b) =>
      b.kind === "list"
        ? b.items.map((item) => `• ${inline(item)}`).join(" ")
        : blocksLines([b]).join(" ").trim(),
    )
    .join(" ");
}

function cellText(cell: TableCell): string {
  return inline(cell.blocks);
}
