// One cold generate run in this process, for the benchmark: prints {wallMs, maxRssMb, documents}.
// Usage: node --import tsx bench/run.ts DATA OUT FORMATS JOBS [ONLY]
import { performance } from "node:perf_hooks";
import { generate } from "../src/pipeline.ts";
import type { Format } from "../src/write/manifest.ts";

const [data = "data", out = "out", formats = "docx,pdf,txt", jobs = "2", only = ""] =
  process.argv.slice(2);
const start = performance.now();
const result = await generate({
  dataDir: data,
  templatesDir: new URL("../templates", import.meta.url).pathname,
  outDir: out,
  only: only ? [only] : [],
  formats: formats.split(",") as Format[],
  draft: true,
  jobs: Number(jobs),
});
const wallMs = performance.now() - start;
if (result.diagnostics.length > 0)
  throw new Error(`invalid data: ${result.diagnostics[0]?.message}`);
process.stdout.write(
  `${JSON.stringify({
    wallMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    documents: result.written.length,
    failed: result.failed.length,
  })}\n`,
);
