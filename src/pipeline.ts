// The only composer: load → validate → compute → build → render → write.
import { join } from "node:path";
import { type Act, computeLines, type Line, selectActs } from "./compute/acts.ts";
import { checkTotals } from "./compute/check-totals.ts";
import { computeTotals, type SeanceTotals } from "./compute/totals.ts";
import { type Diagnostic, hasErrors } from "./diagnostics/diagnostic.ts";
import { buildDocument } from "./document/build.ts";
import { documentGaps } from "./document/gaps.ts";
import type { DocumentModel } from "./document/model.ts";
import { loadTemplates } from "./document/templates.ts";
import type { ParsedFile } from "./load/parse-yaml.ts";
import type { Dataset } from "./model/dataset.ts";
import { findGaps, type GapLocation } from "./model/gaps.ts";
import { loadDataset } from "./model/load-dataset.ts";
import { toCentString } from "./money/money.ts";
import type { Rendered } from "./render/formats.ts";
import { renderMany } from "./render/pool.ts";
import { removeTemporaries, writeAtomic } from "./write/atomic.ts";
import { type Format, type ManifestEntry, manifestJson, sha256 } from "./write/manifest.ts";
import { uniqueStems } from "./write/safe-name.ts";

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
  // The load's warnings (ignored files) are kept for the CLI to print; they stop nothing.
  const diagnostics = [...loaded.diagnostics, ...checkTotals(totals)];
  if (hasErrors(diagnostics)) return { diagnostics, sources: loaded.sources };
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

export interface GenerateOptions {
  readonly dataDir: string;
  readonly templatesDir: string;
  readonly outDir: string;
  /** Act types, partner ids or act ids to keep; all acts when empty. */
  readonly only: readonly string[];
  readonly formats: readonly Format[];
  readonly draft: boolean;
  readonly jobs: number;
  readonly onProgress?: (done: number, total: number, id: string) => void;
}

export interface GenerateResult {
  /** Diagnostics that stopped the run before any document (data, templates), and warnings. */
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: readonly ParsedFile[];
  readonly written: readonly ManifestEntry[];
  readonly failed: readonly { readonly id: string; readonly diagnostics: readonly Diagnostic[] }[];
  /** Temporary files of an interrupted earlier run, removed before writing (relative paths). */
  readonly removed?: readonly string[];
}

/** load → validate → compute → build → render → write. One failing act never stops the others. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const computed = computeFolder(options.dataDir);
  if (!computed.value) return { ...computed, written: [], failed: [] };
  const templates = loadTemplates(options.templatesDir);
  if (!templates.value) {
    return {
      diagnostics: [...computed.diagnostics, ...templates.diagnostics],
      sources: computed.sources,
      written: [],
      failed: [],
    };
  }
  const { data } = computed.value;
  const acts = selectByOnly(computed.value.acts, options.only);
  const failed: { id: string; diagnostics: Diagnostic[] }[] = [];
  const ready: { act: Act; doc: DocumentModel }[] = [];
  for (const act of acts) {
    const template = templates.value.get(act.type);
    if (!template) throw new Error(`loadTemplates returns every act type, not ${act.type}`);
    const built = buildDocument(act, template, data.departement, options.draft);
    const gaps = built.value ? documentGaps(built.value) : [];
    if (!built.value) failed.push({ id: act.id, diagnostics: built.diagnostics });
    else if (gaps.length > 0 && !options.draft) {
      failed.push({ id: act.id, diagnostics: [gapDiagnostic(act, gaps)] });
    } else ready.push({ act, doc: built.value });
  }
  const stems = new Map<string, string>();
  for (const type of new Set(ready.map((r) => r.act.type))) {
    const ofType = ready.filter((r) => r.act.type === type);
    const names = uniqueStems(ofType.map((r) => r.act.id.slice(type.length + 1)));
    for (const [i, r] of ofType.entries()) stems.set(r.act.id, `${type}/${names[i]}`);
  }
  // A killed run may have left temporary files: they are never taken for acts.
  const removed = tryRemoveTemporaries(options.outDir);
  const written: ManifestEntry[] = [];
  let done = 0;
  await renderMany(
    ready.map((r) => r.doc),
    options.formats,
    options.jobs,
    (index, result) => {
      // biome-ignore lint/style/noNonNullAssertion: indexes come from `ready`.
      const { act } = ready[index]!;
      if (!result.ok)
        failed.push({ id: act.id, diagnostics: [renderDiagnostic(act, result.error)] });
      else {
        try {
          written.push(writeAct(act, result.files, stems.get(act.id) ?? act.id, options));
        } catch (error) {
          // A file that cannot be written fails its act only.
          const message = `écriture impossible (${(error as Error).message})`;
          failed.push({ id: act.id, diagnostics: [renderDiagnostic(act, message)] });
        }
      }
      options.onProgress?.(++done, ready.length, act.id);
    },
  );
  // Always rewritten, even empty: the manifest describes this run, not an earlier one.
  try {
    writeAtomic(join(options.outDir, "manifest.json"), manifestJson(written));
  } catch (error) {
    failed.push({
      id: "manifest.json",
      diagnostics: [
        {
          code: "ACTE_EN_ECHEC",
          severity: "error",
          file: join(options.outDir, "manifest.json"),
          message: `manifeste non écrit (${(error as Error).message})`,
        },
      ],
    });
  }
  return { diagnostics: computed.diagnostics, sources: computed.sources, written, failed, removed };
}

/** A folder we cannot list is reported by the writes that follow, not here. */
function tryRemoveTemporaries(outDir: string): string[] {
  try {
    return removeTemporaries(outDir);
  } catch {
    return [];
  }
}

function selectByOnly(acts: readonly Act[], only: readonly string[]): Act[] {
  if (only.length === 0) return [...acts];
  return acts.filter((a) => only.some((o) => o === a.type || o === a.partenaire.id || o === a.id));
}

function writeAct(
  act: Act,
  files: Rendered,
  stem: string,
  options: GenerateOptions,
): ManifestEntry {
  const paths: Partial<Record<Format, string>> = {};
  const hashes: Partial<Record<Format, string>> = {};
  for (const format of options.formats) {
    const bytes = files[format];
    if (!bytes) continue;
    const rel = `${stem}.${format}`;
    writeAtomic(join(options.outDir, rel), bytes);
    paths[format] = rel;
    hashes[format] = sha256(bytes);
  }
  return {
    id: act.id,
    type: act.type,
    partner: { id: act.partenaire.id, name: act.partenaire.nom },
    amounts: {
      total: toCentString(act.figures.total),
      advance: toCentString(act.figures.advance),
      balance: toCentString(act.figures.balance),
    },
    draft: options.draft,
    files: paths,
    sha256: hashes,
  };
}

function gapDiagnostic(act: Act, gaps: readonly string[]): Diagnostic {
  return {
    code: "VALEUR_A_COMPLETER",
    severity: "error",
    file: act.allocation.origin.source.file,
    ...(act.allocation.origin.source.locate(act.allocation.origin.path)?.start
      ? { start: act.allocation.origin.source.locate(act.allocation.origin.path)?.start }
      : {}),
    message: `${act.id} : ${gaps.length} valeur${gaps.length > 1 ? "s" : ""} à compléter — ${gaps.join(" ; ")}`,
  } as Diagnostic;
}

function renderDiagnostic(act: Act, error: string): Diagnostic {
  return {
    code: "ACTE_EN_ECHEC",
    severity: "error",
    file: act.allocation.origin.source.file,
    message: `${act.id} : ${error.startsWith("écriture") ? error : `le rendu a échoué (${error.split("\n")[0]})`}`,
  };
}
