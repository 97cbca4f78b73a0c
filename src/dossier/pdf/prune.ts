// pdf-lib writes every object it holds, referenced or not: what the merge cut loose (the front
// part's structure tree, its old metadata packet) would stay in the file as dead weight.
import { PDFArray, PDFDict, type PDFDocument, type PDFObject, PDFRef, PDFStream } from "pdf-lib";

/**
 * Why: the dossier's file holds what its pages, its catalog and its Info use, nothing else:
 * no orphan structure element still naming a page, no second XMP packet a tool might read.
 * Call it once nothing more is to be added (after doc.flush(), which writes the fonts).
 */
export function pruneUnreachable(doc: PDFDocument): void {
  const { context } = doc;
  const reached = new Set<PDFRef>();
  const pending: PDFObject[] = [context.trailerInfo.Root, context.trailerInfo.Info].filter(
    (o): o is PDFObject => o !== undefined,
  );
  for (let object = pending.pop(); object !== undefined; object = pending.pop()) {
    if (object instanceof PDFRef) {
      if (reached.has(object)) continue;
      reached.add(object);
      const target = context.lookup(object);
      if (target !== undefined) pending.push(target);
    } else if (object instanceof PDFDict) {
      pending.push(...object.values());
    } else if (object instanceof PDFArray) {
      pending.push(...object.asArray());
    } else if (object instanceof PDFStream) {
      pending.push(object.dict);
    }
  }
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!reached.has(ref)) context.delete(ref);
  }
}
