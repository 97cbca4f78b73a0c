// The merged dossier is not a tagged PDF: each part had its own structure tree, and only the
// front part's would stay, pointing at its own pages while the catalog said /Marked true for all.
import { PDFArray, PDFDict, type PDFDocument, PDFName } from "pdf-lib";

/**
 * Why: a PDF that claims a structure must have one for all its content (PDF/UA, the screen
 * readers that trust /MarkInfo); the dossier keeps none rather than a false one. So the
 * catalog loses its /StructTreeRoot and /MarkInfo, and every page its /StructParents and its
 * annotations their /StructParent (keys into the parent tree that is gone). The parts'
 * marked content stays in their streams, where without a tree it means nothing.
 */
export function removeStructure(doc: PDFDocument): void {
  doc.catalog.delete(PDFName.of("StructTreeRoot"));
  doc.catalog.delete(PDFName.of("MarkInfo"));
  for (const page of doc.getPages()) {
    page.node.delete(PDFName.of("StructParents"));
    const annots = page.node.lookup(PDFName.of("Annots"));
    if (!(annots instanceof PDFArray)) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookup(i);
      if (annot instanceof PDFDict) annot.delete(PDFName.of("StructParent"));
    }
  }
}
