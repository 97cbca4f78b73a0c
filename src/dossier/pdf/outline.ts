// The dossier's bookmarks (the catalog's /Outlines, ISO 32000-1 12.3.3): one item per section,
// nested as the sections are, each opening its section's first page. pdf-lib has no outline
// API: the items are written as its low-level dictionaries, linked First/Last/Next/Prev/Parent.
import { type PDFDocument, PDFHexString, PDFName, type PDFObject, type PDFRef } from "pdf-lib";
import { frameOf } from "./page-frame.ts";
import type { PlacedSection } from "./sections.ts";

/**
 * Why: a reader finds a part in a dossier of 200 pages by its bookmark. Every item is open
 * (a positive /Count), so the whole tree shows, and the viewer opens the panel (/PageMode).
 * Titles are UTF-16 hex strings: « Délibération n°2022-467 » whole, whatever the viewer.
 */
export function writeOutline(doc: PDFDocument, sections: readonly PlacedSection[]): void {
  if (sections.length === 0) return;
  const root = doc.context.nextRef();
  const count = writeItems(doc, sections, root);
  doc.context.assign(
    root,
    doc.context.obj({ Type: "Outlines", ...links(count.first, count.last), Count: count.total }),
  );
  doc.catalog.set(PDFName.of("Outlines"), root);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

interface Written {
  readonly first: PDFRef | undefined;
  readonly last: PDFRef | undefined;
  /** Items written, at every depth: all are open, so all are visible. */
  readonly total: number;
}

/** The siblings under `parent`, each with its children; returns the first, the last and the count. */
function writeItems(doc: PDFDocument, sections: readonly PlacedSection[], parent: PDFRef): Written {
  const refs = sections.map(() => doc.context.nextRef());
  let total = 0;
  sections.forEach((section, i) => {
    const ref = refs[i] as PDFRef;
    const children = writeItems(doc, section.children, ref);
    total += 1 + children.total;
    const item = doc.context.obj({
      Title: PDFHexString.fromText(section.title),
      Parent: parent,
      ...(i > 0 ? { Prev: refs[i - 1] } : {}),
      ...(i < refs.length - 1 ? { Next: refs[i + 1] } : {}),
      ...links(children.first, children.last),
      ...(children.total > 0 ? { Count: children.total } : {}),
      Dest: destination(doc, section.start),
    });
    doc.context.assign(ref, item);
  });
  return { first: refs[0], last: refs.at(-1), total };
}

function links(
  first: PDFRef | undefined,
  last: PDFRef | undefined,
): { First?: PDFRef; Last?: PDFRef } {
  return first === undefined || last === undefined ? {} : { First: first, Last: last };
}

/** The top left corner of the page (as shown), the zoom left as the reader set it. */
function destination(doc: PDFDocument, pageNumber: number): (PDFObject | number | null)[] {
  const page = doc.getPage(pageNumber - 1);
  const frame = frameOf(page);
  const corner = frame.toPage(0, frame.height);
  return [page.ref, PDFName.of("XYZ"), corner.x, corner.y, null];
}
