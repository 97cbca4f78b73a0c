// Document model → PDF/A-2b bytes through pdfmake 0.3 (the only user of pdfmake).
// Deterministic: fixed dates, hence a fixed document ID; fonts from npm and the letterhead
// logo of the model, nothing else read.
import { readFileSync } from "node:fs";
import pdfmake, { type PdfKitDocument, type PdfmakeFontFaces, type PdfmakeOutput } from "pdfmake";
import {
  type DocumentModel,
  DRAFT_MARK,
  DRAFT_WATERMARK,
  hasPageCount,
  withPageCount,
} from "../document/model.ts";
import { letterheadLogo } from "./logo.ts";
import { blocksToContent, PDF_STYLES } from "./pdf/content.ts";
import { installFontCache } from "./pdf/font-cache.ts";
import { PDF_FONT_FILES } from "./pdf/font-files.ts";
import { installInlineCache } from "./pdf/inline-cache.ts";
import { installWordGapJustify } from "./pdf/justify.ts";

const FONT_FAMILY = "Arimo";

export { PDF_FONT_FILES };

/**
 * Why: pdfkit writes dates with getUTC* and toISOString and hashes info values (getTime) into the
 * document ID, so one constant instant built from a UTC string gives the same bytes under any TZ.
 */
const FIXED_DATE_ISO = "2000-01-01T00:00:00Z";

/** Arimo's line metrics (hhea, the same as Arial's), in font units: what pdfmake lays lines by. */
const ARIMO = { ascent: 1854, descent: 434, lineGap: 67, unitsPerEm: 2048 } as const;

/**
 * Why: Word's line (styles.xml: w:line="264", auto) is 1.1 × the font's line, which for Arial and
 * Arimo includes the line gap: (ascender 1854 + descender 434 + gap 67) / 2048 per point (12.65 pt
 * at 10 pt, measured in LibreOffice's PDF). pdfmake's line is (ascender + descender) only.
 */
const WORD_LINE_HEIGHT =
  (1.1 * (ARIMO.ascent + ARIMO.descent + ARIMO.lineGap)) / (ARIMO.ascent + ARIMO.descent);

// A4 is 595.28 × 841.89 pt; 2 cm sides, room above for the letterhead and below for the footer.
const SIDE = 56.7;
const PAGE_MARGINS = [SIDE, 85, SIDE, 62] as const;
/** The footer's line starts this far below the top of the bottom margin. */
const FOOTER_TOP = 24;
const FOOTER_FONT_SIZE = 8;

/**
 * Why: the session dossier (dossier/page-numbers.ts) renders its parts without footer and stamps
 * its own continuous `Page N / T` where this footer prints it; both read it from here, so the two
 * cannot drift apart. pdfmake draws a line's text with its baseline one ascent below the line's
 * top, and centres it between the side margins, which are equal: on the page's centre.
 * @example PAGE_FOOTER.text(3, 40) === "Page 3 / 40"
 */
export const PAGE_FOOTER = {
  font: "normal" satisfies keyof typeof PDF_FONT_FILES,
  fontSize: FOOTER_FONT_SIZE,
  /** From the page's bottom edge up to the text's baseline (30.76 pt). */
  baselineFromBottom:
    PAGE_MARGINS[3] - FOOTER_TOP - (ARIMO.ascent / ARIMO.unitsPerEm) * FOOTER_FONT_SIZE,
  text: (page: number, pages: number): string => `Page ${page} / ${pages}`,
} as const;

/** How a document is rendered, beside its model. */
export interface PdfOptions {
  /**
   * `false`: no footer, for a part of the session dossier, which numbers its pages itself
   * across the parts. The body is laid out the same, on the same number of pages.
   */
  readonly pageNumbers?: boolean;
}

/**
 * Why: the whole pdfmake definition in one place, as plain data plus the header/footer callbacks,
 * so a test can compare it as JSON. A fresh object each call: pdfmake mutates what it is given.
 */
export function pdfDefinition(
  doc: DocumentModel,
  onPageCount?: (pages: number) => void,
  options: PdfOptions = {},
): object {
  const logo = doc.logo === undefined ? undefined : letterheadLogo(doc.logo);
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
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: WORD_LINE_HEIGHT },
    styles: PDF_STYLES,
    // pdfmake reads the file itself, through the access policy (printPdf), once for all pages.
    ...(logo === undefined ? {} : { images: { logo: logo.path } }),
    // The letterhead, then a draft's mark, as the DOCX header (header1.xml and its styles); the
    // logo floats at its place on the page (render/logo.ts), as Word's anchor does.
    header: () => ({
      stack: [
        ...(logo === undefined
          ? []
          : [
              {
                image: "logo",
                width: logo.widthPt,
                height: logo.heightPt,
                absolutePosition: { x: logo.x, y: logo.y },
              },
            ]),
        ...doc.letterhead.map((line) => ({ text: line })),
        ...(doc.draft
          ? [{ text: DRAFT_MARK, bold: true, fontSize: 10, color: "#c00000", margin: [0, 6, 0, 0] }]
          : []),
      ],
      fontSize: 8,
      color: "#333333",
      margin: [SIDE, 28, SIDE, 0],
    }),
    // pdfmake lays the footers out once the body is laid out: the page count is then known.
    // Without page numbers the footer is still asked for, to learn the count, and gives nothing
    // (pdfmake skips a null footer): the body's layout never depends on the footer.
    footer: (currentPage: number, pageCount: number) => {
      onPageCount?.(pageCount);
      if (options.pageNumbers === false) return null;
      return {
        text: PAGE_FOOTER.text(currentPage, pageCount),
        alignment: "center",
        fontSize: PAGE_FOOTER.fontSize,
        margin: [SIDE, FOOTER_TOP, SIDE, 0],
      };
    },
    ...(doc.draft
      ? { watermark: { text: DRAFT_WATERMARK, color: "#808080", opacity: 0.15, bold: true } }
      : {}),
    content: blocksToContent(doc.blocks),
  };
}

/**
 * Why: the one call into pdfmake, with its resource policies set right before it: no URL is ever
 * fetched and no local file but the four fonts and the model's logo is read, whatever the
 * definition asks for.
 * Exported so tests can show a definition naming an image is refused. `fontCache: false` is for
 * the test that proves the cache changes no byte: it must then run in a process where the cache
 * was never installed (the cache patches fontkit for the whole process).
 */
export async function printPdf(definition: object, options: PrintOptions = {}): Promise<Buffer> {
  return (await layOut(definition, options)).getBuffer();
}

interface PrintOptions {
  readonly fontCache?: boolean;
  /** As `fontCache`, for the measured paragraphs (pdf/inline-cache.ts). */
  readonly inlineCache?: boolean;
  readonly logo?: string;
}

let fontsInMemory: { names: PdfmakeFontFaces; buffers: Buffer[] } | undefined;

/**
 * Why: pdfkit reads a font given by path from disk for every document (4 × 630 KB a PDF); in
 * pdfmake's in-memory file system each font is read once per process, and every document gets
 * the same Buffer, which the font cache then recognises by identity.
 */
function virtualFonts(): { names: PdfmakeFontFaces; buffers: Buffer[] } {
  if (fontsInMemory) return fontsInMemory;
  const names: Record<string, string> = {};
  const buffers: Buffer[] = [];
  for (const [face, path] of Object.entries(PDF_FONT_FILES)) {
    const name = `actes-polices/${face}.ttf`;
    const bytes = readFileSync(path);
    pdfmake.virtualfs.writeFileSync(name, bytes);
    names[face] = name;
    buffers.push(pdfmake.virtualfs.readFileSync(name));
  }
  fontsInMemory = { names: names as unknown as PdfmakeFontFaces, buffers };
  return fontsInMemory;
}

/** Lays the definition out (pages, header and footer callbacks); `getBuffer` then ends it. */
async function layOut(definition: object, options: PrintOptions): Promise<PdfmakeOutput> {
  installWordGapJustify();
  const fonts = virtualFonts();
  if (options.fontCache !== false) installFontCache(fonts.buffers);
  if (options.inlineCache !== false) installInlineCache();
  // The letterhead logo when the model has one: no other local file (the fonts are in memory).
  const readable = new Set<string>(options.logo === undefined ? [] : [options.logo]);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => readable.has(path));
  pdfmake.setFonts({ [FONT_FAMILY]: fonts.names });
  const output = pdfmake.createPdf(definition);
  escapeXmpInfo(await output.getStream());
  return output;
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
  return (await renderPdfCounted(doc)).pdf;
}

/** The page count the last counted document settled on (renderPdfCounted's first guess). */
let lastCount = 1;

/** More layouts than a count can need (see below); reaching it is a bug. */
const MAX_LAYOUTS = 4;

/**
 * Why: « Ce document comprend N pages » (a `pageCount` run) prints the PDF's real count, which
 * is known only once the PDF is laid out. So the document is laid out with a guess, then with
 * the count found, until the count printed is the count laid out. Arimo's digits all have one
 * width, so a guess with the count's number of digits lays out exactly as the count: at most two
 * layouts for a document of 2 to 9 pages (one when it has the last one's count), one for a
 * document without a page count. Returns the count
 * for the other formats (render/formats.ts).
 * @example await renderPdfCounted(deliberation, { pageNumbers: false }) // a dossier's part
 */
export async function renderPdfCounted(
  doc: DocumentModel,
  pdfOptions: PdfOptions = {},
): Promise<{ pdf: Buffer; pages: number }> {
  const options = doc.logo === undefined ? {} : { logo: doc.logo };
  let pages = 0;
  const counted = (model: DocumentModel) =>
    pdfDefinition(
      model,
      (count) => {
        pages = count;
      },
      pdfOptions,
    );
  if (!hasPageCount(doc)) {
    const output = await layOut(counted(doc), options);
    return { pdf: await output.getBuffer(), pages };
  }
  // The count of the last document that printed one: the acts of a batch that print their count
  // (the CLLAJ avenants) come one after the other and have the same number of pages, so each
  // after the first is laid out once. A wrong guess costs one more layout, never other bytes.
  let guess = lastCount;
  for (let layout = 0; layout < MAX_LAYOUTS; layout++) {
    const output = await layOut(counted(withPageCount(doc, guess)), options);
    if (pages === guess) {
      lastCount = pages;
      return { pdf: await output.getBuffer(), pages };
    }
    guess = pages; // the output laid out with the wrong number is dropped, never ended
  }
  throw new Error(`pdf: the page count does not settle in ${MAX_LAYOUTS} layouts`);
}
