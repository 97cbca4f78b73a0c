// A PDF's XMP metadata packet (the catalog's /Metadata), where PDF/A claims its conformance:
// read to tell whether an external annex is PDF/A, rewritten when the dossier no longer is.
import { decodePDFRawStream, type PDFDocument, PDFName, PDFRawStream } from "pdf-lib";

/** The packet as text, or undefined when the PDF has none (or one pdf-lib cannot decode). */
export function readXmp(doc: PDFDocument): string | undefined {
  const stream = doc.catalog.lookup(PDFName.of("Metadata"));
  if (!(stream instanceof PDFRawStream)) return undefined;
  try {
    return new TextDecoder().decode(decodePDFRawStream(stream).decode());
  } catch {
    return undefined; // a filter pdf-lib does not know: no claim we can read
  }
}

/**
 * Why: PDF/A says what it is in the XMP (pdfaid:part, as an element or an attribute); a PDF
 * without that claim may use anything PDF/A forbids, and so may the dossier that contains it.
 * @example claimsPdfA('<pdfaid:part>2</pdfaid:part>') === true
 */
export function claimsPdfA(xmp: string | undefined): boolean {
  return xmp !== undefined && /pdfaid:part\s*(?:>|=\s*["'])\s*\d/.test(xmp);
}

/** The packet without any pdfaid property (part, conformance, amd, corr…), the rest as is. */
export function withoutPdfAClaim(xmp: string): string {
  return xmp
    .replace(/\s*<pdfaid:(\w+)>[^<]*<\/pdfaid:\1>/g, "")
    .replace(/\s+pdfaid:\w+\s*=\s*(?:"[^"]*"|'[^']*')/g, "");
}

/**
 * Replaces the packet. Not compressed: PDF/A forbids a filter on the metadata stream, and a
 * reader's tool finds it in the bytes.
 */
export function writeXmp(doc: PDFDocument, xmp: string): void {
  const stream = doc.context.stream(new TextEncoder().encode(xmp), {
    Type: "Metadata",
    Subtype: "XML",
  });
  doc.catalog.set(PDFName.of("Metadata"), doc.context.register(stream));
}
