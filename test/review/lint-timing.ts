// How long `lint` takes on the 33 acts of the embedded data (issue 7: under 2 s on the 2-core
// machine). A script, not a test, so that a slow machine fails no build:
//   node --import tsx test/review/lint-timing.ts
// It generates the acts once (not timed), then times lintFiles on the texts, the DOCX, the PDF.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "../../src/pipeline.ts";
import { lintFiles } from "../../src/review/lint-command.ts";
import type { Format } from "../../src/write/manifest.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const out = mkdtempSync(join(tmpdir(), "actes-lint-timing-"));
try {
  const { written } = await generate({
    dataDir: DEFAULT_DATA,
    templatesDir: join(import.meta.dirname, "..", "..", "templates"),
    outDir: out,
    only: [],
    formats: ["docx", "pdf", "txt"],
    draft: true,
    jobs: 2,
  });
  for (const format of ["txt", "docx", "pdf"] as Format[]) {
    const files = written.map((e) => join(out, e.files[format] ?? ""));
    const start = performance.now();
    const { diagnostics } = await lintFiles(files, { final: false });
    const ms = performance.now() - start;
    console.log(`${files.length} ${format}: ${ms.toFixed(0)} ms, ${diagnostics.length} constat(s)`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
