// The dossier's parts as data, and where each one lands in the merged PDF: the table of contents
// needs the page numbers before the PDF is merged, and the bookmarks need them after.
import type { ExternalAnnex } from "./external-annex.ts";

/** A PDF we rendered without footer: renderPdfCounted(doc, { pageNumbers: false }) gives it. */
export interface RenderedPdf {
  readonly pdf: Uint8Array;
  readonly pages: number;
}

/**
 * One bookmark of the dossier and its pages: its own PDF, then its children's, depth-first.
 * @example { title: "Actes", children: acts.map((a) => ({ title: a.title, pdf: a.rendered })) }
 */
export interface DossierSection {
  /** The bookmark's and the table of contents' text, e.g. « Délibération n°2022-467 ». */
  readonly title: string;
  /** Ours (rendered without footer) or an external annex (readExternalAnnex), appended as is. */
  readonly pdf?: RenderedPdf | ExternalAnnex;
  /** Without `pdf`, the section opens at its first child's page. */
  readonly children?: readonly DossierSection[];
}

/** A section placed in the merged PDF; pages are numbered from 1, the front part's first. */
export interface PlacedSection {
  readonly title: string;
  readonly section: DossierSection;
  /** The page the section opens at. */
  readonly start: number;
  /** Its own pages and its children's. */
  readonly pages: number;
  readonly children: readonly PlacedSection[];
}

export interface DossierPages {
  /** Every page of the dossier, the front part's included. */
  readonly total: number;
  readonly sections: readonly PlacedSection[];
}

/** Whether a section's PDF is an external annex rather than one of ours. */
export function isExternal(pdf: RenderedPdf | ExternalAnnex): pdf is ExternalAnnex {
  return "declaredIn" in pdf;
}

/**
 * Why: the table of contents prints the page each section opens at, which depends on the
 * table's own length: render it with a guess of its page count, place the sections, and render
 * it again if its count changed (as renderPdfCounted does for « N pages »).
 * A section without any page is a bug of the caller: it would have no page to point to.
 * @example sectionPages([{ title: "Délibération", pdf: { pdf, pages: 3 } }], 1).sections[0].start === 2
 */
export function sectionPages(
  sections: readonly DossierSection[],
  frontPages: number,
): DossierPages {
  let next = frontPages + 1;
  const place = (section: DossierSection): PlacedSection => {
    const start = next;
    next += section.pdf?.pages ?? 0;
    const children = (section.children ?? []).map(place);
    if (next === start) throw new Error(`dossier: section "${section.title}" has no page`);
    return { title: section.title, section, start, pages: next - start, children };
  };
  const placed = sections.map(place);
  return { total: next - 1, sections: placed };
}
