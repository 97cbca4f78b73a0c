// Preloaded by the benchmark (node --import bench/spans.mjs bin/actes.js …): collects the
// timing spans of src/timing.ts and, at exit, writes them with the peak RSS to $ACTES_SPANS as
// JSON. Times are performance.now() of this process: 0 is the process start.
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const spans = [];
globalThis[Symbol.for("actes.spans")] = (name, start, end) => spans.push([name, start, end]);
process.on("exit", () => {
  const file = process.env.ACTES_SPANS;
  if (!file) return;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  writeFileSync(file, JSON.stringify({ spans, exitMs: performance.now(), maxRssMb }));
});
