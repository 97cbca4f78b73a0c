// Document model → PDF/A-2b bytes through pdfmake 0.3 (the only user of pdfmake).
// Deterministic: fixed dates, hence a fixed document ID; fonts from npm, nothing else read.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import pdfmake, { type PdfKitDocument, type PdfmakeFontFaces } from "pdfmake";
import type { DocumentModel } from "../document/model.ts";
import { blocksToContent, PDF_STYLES } from "./pdf/content.ts";
import { installFontCache } from "./pdf/font-cache.ts";
import { installWordGapJustify } from "./pdf/justify.ts";

const FONT_FAMILY = "NotoSans";
const NOTO = "@expo-google-fonts/noto-sans";
const require = createRequire(import.meta.url);

/**
 * Why: the four Noto Sans faces (npm `@expo-google-fonts/noto-sans`), chosen because they hold a
 * glyph for every character the acts use, U+202F included (pdfmake's Roboto lacks it).
 * Absolute paths; also the only local files the access policy lets pdfmake read.
 */
export const PDF_FONT_FILES: Readonly<PdfmakeFontFaces> = {
  normal: require.resolve(`${NOTO}/400Regular/NotoSans_400Regular.ttf`),
  bold: require.resolve(`${NOTO}/700Bold/NotoSans_700Bold.ttf`),
  italics: require.resolve(`${NOTO}/400Regular_Italic/NotoSans_400Regular_Italic.ttf`),
  bolditalics: require.resolve(`${NOTO}/700Bold_Italic/NotoSans_700Bold_Italic.ttf`),
};

/**
 * Why: pdfkit writes dates with getUTC* and toISOString and hashes info values (getTime) into the
 * document ID, so one constant instant built from a UTC string gives the same bytes under any TZ.
 */
const FIXED_DATE_ISO = "2000-01-01T00:00:00Z";

// A4 is 595.28 × 841.89 pt; 2 cm sides, room above for the letterhead and below for the footer.
const SIDE = 56.7;
const PAGE_MARGINS = [SIDE, 85, SIDE, 62] as const;

/**
 * Why: the whole pdfmake definition in one place, as plain data plus the header/footer callbacks,
 * so a test can compare it as JSON. A fresh object each call: pdfmake mutates what it is given.
 */
export function pdfDefinition(doc: DocumentModel): object {
  return {
    version: "1.7",
    subset: "PDF/A-2b",
    tagged: true,
    displayTitle: true,
    language: "fr-FR",
    info: {
      title: doc.title,
      subject: doc.subject,
      creator: "actes",
      producer: "pdfmake",
      // No modDate: pdfkit's XMP has no xmp:ModifyDate to match it, which PDF/A would reject.
      creationDate: new Date(FIXED_DATE_ISO),
    },
    pageSize: "A4",
    pageMargins: [...PAGE_MARGINS],
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.15 },
    styles: PDF_STYLES,
    header: () => ({
      stack: doc.letterhead.map((line) => ({ text: line })),
      fontSize: 8,
      color: "#333333",
      margin: [SIDE, 28, SIDE, 0],
    }),
    footer: (currentPage: number, pageCount: number) => ({
      text: `Page ${currentPage} / ${pageCount}`,
      alignment: "center",
      fontSize: 8,
      margin: [SIDE, 24, SIDE, 0],
    }),
    ...(doc.draft
      ? { watermark: { text: "PROJET", color: "#808080", opacity: 0.15, bold: true } }
      : {}),
    content: blocksToContent(doc.blocks),
  };
}

/**
 * Why: the one call into pdfmake, with its resource policies set right before it: no URL is ever
 * fetched and no local file but the four fonts is read, whatever the definition asks for.
 * Exported so tests can show a definition naming an image is refused. `fontCache: false` is for
 * the test that proves the cache changes no byte: it must then run in a process where the cache
 * was never installed (the cache patches fontkit for the whole process).
 */
export async function printPdf(
  definition: object,
  options: { readonly fontCache?: boolean } = {},
): Promise<Buffer> {
  installWordGapJustify();
  if (options.fontCache !== false) {
    installFontCache(Object.values(PDF_FONT_FILES).map((path) => readFileSync(path)));
  }
  const fontPaths = new Set(Object.values(PDF_FONT_FILES));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fontPaths.has(path));
  pdfmake.setFonts({ [FONT_FAMILY]: { ...PDF_FONT_FILES } });
  const output = pdfmake.createPdf(definition);
  escapeXmpInfo(await output.getStream());
  return output.getBuffer();
}

/**
 * Why: pdfkit copies title and subject into the XMP packet unescaped (`${this.info.Title}` in
 * _addInfo), so « Emploi & Solidarité » would make the PDF/A metadata malformed XML. The info
 * dictionary keeps the raw text; only the XMP sees an escaped copy.
 */
function escapeXmpInfo(kit: PdfKitDocument): void {
  const addInfo = kit._addInfo;
  kit._addInfo = function (this: PdfKitDocument): void {
    const info = this.info;
    this.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [
        key,
        typeof value === "string" ? escapeXml(value) : value,
      ]),
    );
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Why: the PDF rendering of a document model; same model → same bytes.
 * @example await writeFile("avenant.pdf", await renderPdf(doc));
 */
export async function renderPdf(doc: DocumentModel): Promise<Buffer> {
  return printPdf(pdfDefinition(doc));
}
