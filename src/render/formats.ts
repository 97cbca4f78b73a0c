// One document model → the bytes of each requested format. The three renderings of one model.
import type { DocumentModel } from "../document/model.ts";
import type { Format } from "../write/manifest.ts";
import { renderText } from "./text.ts";

export const FORMATS: readonly Format[] = ["docx", "pdf", "txt"];

export type Rendered = Partial<Record<Format, Uint8Array>>;

/** Loaded on first use: `validate` and `figures` never pay for pdfmake and docxtemplater. */
export async function renderFormats(
  doc: DocumentModel,
  formats: readonly Format[],
): Promise<Rendered> {
  const out: Rendered = {};
  for (const format of formats) {
    if (format === "txt") out.txt = new TextEncoder().encode(renderText(doc));
    else if (format === "docx") {
      const { renderDocx } = await import("./docx.ts");
      out.docx = new Uint8Array(renderDocx(doc));
    } else {
      const { renderPdf } = await import("./pdf.ts");
      out.pdf = new Uint8Array(await renderPdf(doc));
    }
  }
  return out;
}
