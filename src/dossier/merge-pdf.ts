// The session dossier as one PDF: the front part (its table of contents), then every section's
// pages in order, with bookmarks and continuous page numbers. Chains pdf/*: sections →
// copied pages → no structure → outline → page numbers → metadata → pruned, saved bytes.
import { PDFDocument } from "pdf-lib";
import { type ExternalAnnex, ExternalAnnexError, loadChecked } from "./pdf/external-annex.ts";
import { writeOutline } from "./pdf/outline.ts";
import { stampPageNumbers } from "./pdf/page-numbers.ts";
import { pruneUnreachable } from "./pdf/prune.ts";
import {
  type DossierSection,
  isExternal,
  type PlacedSection,
  sectionPages,
} from "./pdf/sections.ts";
import { removeStructure } from "./pdf/untag.ts";
import { readXmp, withoutPdfAClaim, writeXmp } from "./pdf/xmp.ts";

// The command needs these too: one module to import the dossier's PDF from.
export {
  type ExternalAnnex,
  ExternalAnnexError,
  type ExternalAnnexProblem,
  type ExternalAnnexRef,
  readExternalAnnex,
} from "./pdf/external-annex.ts";
export {
  type DossierPages,
  type DossierSection,
  type PlacedSection,
  type RenderedPdf,
  sectionPages,
} from "./pdf/sections.ts";

export interface DossierInput {
  /** Our PDF/A-2b front part, rendered without footer; its title is the dossier's title. */
  readonly front: Uint8Array;
  readonly sections: readonly DossierSection[];
}

export interface MergedDossier {
  readonly pdf: Uint8Array;
  /** In French, one per external annex that is not PDF/A (the dossier then is not either). */
  readonly warnings: readonly string[];
}

/**
 * Why: the Commission Permanente's members receive one file per session. The front part is
 * the base document: its Info, XMP, OutputIntents and ID stay (pdf-lib loads it without
 * stamping its own Producer and dates, which would break the Info/XMP agreement of PDF/A).
 * Same inputs → same bytes: no date, no random name (pdf-lib's generator is seeded).
 * Throws ExternalAnnexError when an external annex cannot be copied (damaged).
 * @example
 * const toc = sectionPages(sections, tocPages); // then render the front part with toc
 * const { pdf, warnings } = await mergeDossier({ front, sections });
 */
export async function mergeDossier(input: DossierInput): Promise<MergedDossier> {
  const doc = await PDFDocument.load(input.front, { updateMetadata: false });
  const placed = sectionPages(input.sections, doc.getPageCount());
  const externals: ExternalAnnex[] = [];
  for (const section of depthFirst(placed.sections)) {
    const part = section.section.pdf;
    if (part === undefined) continue;
    if (isExternal(part)) externals.push(part);
    const source = isExternal(part)
      ? await loadChecked(part, part.pdf)
      : await PDFDocument.load(part.pdf, { updateMetadata: false });
    if (source.getPageCount() !== part.pages) {
      throw new Error(
        `dossier: "${section.title}" says ${part.pages} pages, its PDF has ${source.getPageCount()}`,
      );
    }
    const pages = await copyAll(doc, source, isExternal(part) ? part : undefined);
    for (const page of pages) doc.addPage(page);
  }
  removeStructure(doc);
  writeOutline(doc, placed.sections);
  await stampPageNumbers(doc);
  const warnings = externals.filter((annex) => !annex.pdfa).map(notPdfA);
  const xmp = readXmp(doc);
  if (warnings.length > 0 && xmp !== undefined) writeXmp(doc, withoutPdfAClaim(xmp));
  await doc.flush();
  pruneUnreachable(doc);
  const pdf = await doc.save({ addDefaultPage: false, updateFieldAppearances: false });
  return { pdf, warnings };
}

function* depthFirst(sections: readonly PlacedSection[]): Generator<PlacedSection> {
  for (const section of sections) {
    yield section;
    yield* depthFirst(section.children);
  }
}

/** An external annex's pages, a failure to copy them being the annex's fault, not ours. */
async function copyAll(doc: PDFDocument, source: PDFDocument, external?: ExternalAnnex) {
  try {
    return await doc.copyPages(source, source.getPageIndices());
  } catch (error) {
    if (external === undefined) throw error;
    throw new ExternalAnnexError(external, "damaged");
  }
}

function notPdfA(annex: ExternalAnnex): string {
  return `${annex.declaredIn} : l'annexe externe « ${annex.path} » n'est pas un PDF/A : le dossier n'est plus PDF/A-2b`;
}
