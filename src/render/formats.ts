// One document model → the bytes of each requested format. The three renderings of one model.
import { type DocumentModel, hasPageCount, withPageCount } from "../document/model.ts";
import { span } from "../timing.ts";
import type { Format } from "../write/manifest.ts";
import { renderText } from "./text.ts";

export const FORMATS: readonly Format[] = ["docx", "pdf", "txt"];

export type Rendered = Partial<Record<Format, Uint8Array>>;

/** How the documents are rendered, beside their formats. */
export interface RenderOptions {
  /** `false`: PDFs without footer, for the session dossier, which numbers its pages itself. */
  readonly pageNumbers?: boolean;
}

/** Loaded on first use: `validate` and `figures` never pay for pdfmake and docxtemplater. */
export async function renderFormats(
  doc: DocumentModel,
  formats: readonly Format[],
  options: RenderOptions = {},
): Promise<Rendered> {
  return (await renderFormatsCounted(doc, formats, options)).files;
}

/** The same, with the PDF's number of pages when a PDF was laid out. */
export async function renderFormatsCounted(
  doc: DocumentModel,
  formats: readonly Format[],
  options: RenderOptions = {},
): Promise<{ files: Rendered; pages?: number }> {
  const out: Rendered = {};
  let pageCount: number | undefined;
  // A document that prints its page count (« Ce document comprend N pages ») prints the PDF's:
  // the PDF is laid out first, even for --format txt. The canonical text has no pages of its
  // own and the PDF's layout is ours (fonts shipped with the code, fixed spacing), so the number
  // depends on the data alone. The DOCX holds a NUMPAGES field: Word and LibreOffice show their
  // own count once laid out, the PDF's until then (equal: test/render/libreoffice.test.ts).
  let model = doc;
  const counts = hasPageCount(doc);
  if (formats.includes("pdf") || counts) {
    const started = performance.now();
    const { renderPdfCounted } = await import("./pdf.ts");
    const { pdf, pages } = await renderPdfCounted(doc, options);
    pageCount = pages;
    span("pdf", started);
    if (formats.includes("pdf")) out.pdf = new Uint8Array(pdf);
    if (counts) model = withPageCount(doc, pages);
  }
  for (const format of formats) {
    const started = performance.now();
    if (format === "txt") {
      out.txt = new TextEncoder().encode(renderText(model));
      span("txt", started);
    } else if (format === "docx") {
      const { renderDocx } = await import("./docx.ts");
      out.docx = new Uint8Array(renderDocx(model));
      span("docx", started);
    }
  }
  return { files: out, ...(pageCount === undefined ? {} : { pages: pageCount }) };
}
