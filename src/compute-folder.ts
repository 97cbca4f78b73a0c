// Load → validate → compute: every figure of a data folder, without templates or renderers
// (what `actes validate` and `actes figures` need, and the first step of `generate`).
import { type Act, checkActs, computeLines, type Line, selectActs } from "./compute/acts.ts";
import { checkTotals } from "./compute/check-totals.ts";
import { computeTotals, type SeanceTotals } from "./compute/totals.ts";
import { type Diagnostic, hasErrors } from "./diagnostics/diagnostic.ts";
import type { ParsedFile } from "./load/parse-yaml.ts";
import type { Dataset } from "./model/dataset.ts";
import { findGaps, type GapLocation } from "./model/gaps.ts";
import { loadDataset } from "./model/load-dataset.ts";

export interface Computed {
  readonly data: Dataset;
  readonly lines: readonly Line[];
  readonly acts: readonly Act[];
  readonly totals: readonly SeanceTotals[];
  readonly gaps: readonly GapLocation[];
}

export interface PipelineResult<T> {
  readonly value?: T;
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: readonly ParsedFile[];
}

/** Loads and validates `dir`, then computes every figure; no value if anything is wrong. */
export function computeFolder(dir: string): PipelineResult<Computed> {
  const loaded = loadDataset(dir);
  if (!loaded.value) return { diagnostics: loaded.diagnostics, sources: loaded.sources };
  const data = loaded.value;
  const lines = computeLines(data);
  const acts = selectActs(lines, data);
  const totals = computeTotals(data.seances, lines, data.lignes);
  // The load's warnings (ignored files) are kept for the CLI to print; they stop nothing.
  const diagnostics = [...loaded.diagnostics, ...checkTotals(totals), ...checkActs(acts)];
  if (hasErrors(diagnostics)) return { diagnostics, sources: loaded.sources };
  const gaps = findGaps(
    data,
    acts.map((a) => ({
      id: a.id,
      partnerFiles: a.parties.map((p) => p.origin.source.file),
      // A declared act's own values are those of its declaration.
      allocations: [a.origin, ...a.lines.map((l) => l.allocation.origin)].map((o) => ({
        file: o.source.file,
        path: o.path,
      })),
    })),
  );
  return { value: { data, lines, acts, totals, gaps }, diagnostics, sources: loaded.sources };
}
