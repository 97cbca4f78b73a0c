// The only composer: load → validate → compute. (Documents come next: build → render → write.)
import { type Act, computeLines, type Line, selectActs } from "./compute/acts.ts";
import { checkTotals } from "./compute/check-totals.ts";
import { computeTotals, type SeanceTotals } from "./compute/totals.ts";
import type { Diagnostic } from "./diagnostics/diagnostic.ts";
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
  const acts = selectActs(lines);
  const totals = computeTotals(data.seances, lines, data.lignes);
  const diagnostics = checkTotals(totals);
  if (diagnostics.length > 0) return { diagnostics, sources: loaded.sources };
  const gaps = findGaps(
    data,
    acts.map((a) => ({
      id: a.id,
      partnerFile: a.partenaire.origin.source.file,
      allocationFile: a.allocation.origin.source.file,
      allocationPath: a.allocation.origin.path,
    })),
  );
  return { value: { data, lines, acts, totals, gaps }, diagnostics, sources: loaded.sources };
}
