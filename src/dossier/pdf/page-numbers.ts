// `Page N / T` on every page of the dossier, numbered across its parts, where and as our own
// footer prints it (render/pdf.ts PAGE_FOOTER): the parts are rendered without footer.
import { readFileSync } from "node:fs";
import {
  degrees,
  drawText,
  PDFContentStream,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
  rgb,
} from "pdf-lib";
import { PAGE_FOOTER, PDF_FONT_FILES } from "../../render/pdf.ts";
import { subsettingFontkit } from "./fontkit.ts";
import { frameOf } from "./page-frame.ts";

/**
 * A subset's name starts with six capitals and "+" (ISO 32000-1, 9.6.4); pdf-lib would name it
 * Arimo-Regular-NNNN. These letters are not among pdfkit's (BZZZZZ…, from its font ids).
 */
const SUBSET_NAME = "PAGENO+Arimo-Regular";

let fontBytes: Uint8Array | undefined;

/** The footer's TTF, read once per process (630 KB), however many dossiers are merged. */
function footerFont(): Uint8Array {
  fontBytes ??= readFileSync(PDF_FONT_FILES[PAGE_FOOTER.font]);
  return fontBytes;
}

/**
 * Why: the dossier is one document for the people who read it and cite its pages. The font is
 * parsed and embedded once per dossier, as a subset of the glyphs the numbers use, so the
 * dossier keeps every font embedded (PDF/A). A page's own size and rotation place its number:
 * centred on its width as shown, at the footer's height above its bottom edge.
 */
export async function stampPageNumbers(doc: PDFDocument): Promise<void> {
  doc.registerFontkit(subsettingFontkit());
  const font = await doc.embedFont(footerFont(), { subset: true, customName: SUBSET_NAME });
  const pages = doc.getPages();
  pages.forEach((page, index) => {
    stamp(doc, page, font, PAGE_FOOTER.text(index + 1, pages.length));
  });
}

/**
 * page.drawText would give each page a deflated stream of 150 bytes: a zlib state set up and
 * torn down per page was most of the merge's time (pako). The same operators (q … BT … Tj ET Q)
 * go in a stream left uncompressed; the page's own content is first wrapped in q … Q
 * (normalize), so a transformation it leaves in place cannot move the number.
 */
function stamp(doc: PDFDocument, page: PDFPage, font: PDFFont, text: string): void {
  const frame = frameOf(page);
  const at = frame.toPage(
    (frame.width - font.widthOfTextAtSize(text, PAGE_FOOTER.fontSize)) / 2,
    PAGE_FOOTER.baselineFromBottom,
  );
  page.node.normalize();
  const operators = drawText(font.encodeText(text), {
    ...at,
    font: page.node.newFontDictionary(SUBSET_NAME.slice(0, 6), font.ref),
    size: PAGE_FOOTER.fontSize,
    color: rgb(0, 0, 0),
    rotate: degrees(frame.angle),
    xSkew: degrees(0),
    ySkew: degrees(0),
  });
  const stream = PDFContentStream.of(doc.context.obj({}), operators, false);
  page.node.addContentStream(doc.context.register(stream));
}
