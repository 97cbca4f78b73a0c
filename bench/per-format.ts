// Warm, in-process cost of each renderer: builds the documents of DATA once, renders one as a
// warm-up, then times every document per format. Prints {docs, msPerDoc: {docx, pdf, txt}}.
// Also the live heap before and after rendering them all (run with --expose-gc).
// Usage: node --expose-gc --import tsx bench/per-format.ts DATA [ONLY]
import { buildDocument } from "../src/document/build.ts";
import { loadTemplates } from "../src/document/templates.ts";
import { computeFolder } from "../src/pipeline.ts";
import { renderFormats } from "../src/render/formats.ts";
import type { Format } from "../src/write/manifest.ts";

const [data = "data", only = ""] = process.argv.slice(2);
const computed = computeFolder(data).value;
const templates = loadTemplates(new URL("../templates", import.meta.url).pathname).value;
if (!computed || !templates) throw new Error("invalid data or templates");
const docs = computed.acts
  .filter((a) => !only || a.type === only)
  .flatMap((a) => {
    const template = templates.get(a.type);
    return template ? [buildDocument(a, template, computed.data.departement, true).value] : [];
  })
  .filter((d) => d !== undefined);
const gc = (globalThis as { gc?: () => void }).gc;
/** Live heap (after a full GC), in MB: what stays allocated, unlike the RSS peak. */
const liveHeapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};
// Warm-up: renderers loaded, fonts parsed, JIT warm; then the live heap is the baseline.
const [first] = docs;
if (first) await renderFormats(first, ["docx", "pdf", "txt"]);
const heapBefore = liveHeapMb();
const msPerDoc: Partial<Record<Format, number>> = {};
for (const format of ["docx", "pdf", "txt"] as const) {
  const start = performance.now();
  for (const doc of docs) await renderFormats(doc, [format]);
  msPerDoc[format] = (performance.now() - start) / docs.length;
}
const heapAfter = liveHeapMb();
process.stdout.write(`${JSON.stringify({ docs: docs.length, msPerDoc, heapBefore, heapAfter })}\n`);
