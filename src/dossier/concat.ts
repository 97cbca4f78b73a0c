// The dossier's parts as one document model, for its DOCX and its text: each part starts a page,
// in the order of the merged PDF, so that the table of contents' page numbers hold in Word too
// (each part of the DOCX lays out on as many pages as its PDF: test/render/libreoffice.test.ts).
import type { Block, DocumentModel } from "../document/model.ts";

export function concatDocuments(
  front: DocumentModel,
  parts: readonly DocumentModel[],
): DocumentModel {
  const blocks: Block[] = [...front.blocks];
  for (const part of parts) blocks.push(...startingAPage(part.blocks));
  return {
    title: front.title,
    subject: front.subject,
    letterhead: front.letterhead,
    // One part still to complete makes the whole dossier a draft: its mark is on every page.
    draft: front.draft || parts.some((p) => p.draft),
    blocks,
    ...(front.logo === undefined ? {} : { logo: front.logo }),
  };
}

/**
 * Why not a page-break paragraph before a heading: Word puts it at the top of the next page when
 * the page before is full, and adds a blank page (document/model.ts, Heading.pageBreakBefore).
 */
function startingAPage(blocks: readonly Block[]): Block[] {
  const [first, ...rest] = blocks;
  if (first === undefined) return [];
  if (first.kind === "heading") return [{ ...first, pageBreakBefore: true }, ...rest];
  return [{ kind: "pagebreak" }, first, ...rest];
}
