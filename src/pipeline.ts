// The only composer: load → validate → compute → build → render → write.

import { existsSync, realpathSync, rmSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import type { Act } from "./compute/acts.ts";
import { centAmounts } from "./compute/figures.ts";
// Load, validate, compute: in its own module so that `validate` and `figures` load nothing
// of the templates and renderers.
import { type Computed, computeFolder, type PipelineResult } from "./compute-folder.ts";
import type { Diagnostic } from "./diagnostics/diagnostic.ts";
import { closest } from "./diagnostics/suggest.ts";
import { buildDocument } from "./document/build.ts";
import { documentGaps } from "./document/gaps.ts";
import type { DocumentModel } from "./document/model.ts";
import { loadTemplates, type Template } from "./document/templates.ts";
import type { ParsedFile } from "./load/parse-yaml.ts";
import type { GapLocation } from "./model/gaps.ts";
import type { Rendered } from "./render/formats.ts";
import { type Queued, renderMany, workerCount } from "./render/pool.ts";
import { lintDocument } from "./review/lint/document.ts";
import { span } from "./timing.ts";
import { removeTemporaries, type Staged, stage, syncFolders, writeAtomic } from "./write/atomic.ts";
import {
  actFile,
  DRAFT_SUFFIX,
  type Format,
  type ManifestEntry,
  manifestJson,
  sha256,
  updateManifest,
} from "./write/manifest.ts";

export { type Computed, computeFolder, type PipelineResult };

/**
 * Whether an act is ready to sign, decided once for `figures` and `generate`: it is when its
 * own data (its partner, its lines) has no value to complete and its document shows none. A
 * value of the Département, shared by every act, blocks only the acts whose document prints it
 * (a convention date the AG avenant cites does not hold up the FPEL avenant).
 */
export interface Assessment {
  readonly act: Act;
  /** The document, built once; absent when the template failed on this act. */
  readonly doc?: DocumentModel;
  /** Why the document could not be built. */
  readonly failure: readonly Diagnostic[];
  /** The values to complete of its partner and lines, with their place: each blocks it. */
  readonly values: readonly GapLocation[];
  /** The Département's values to complete: they block it if its document prints them. */
  readonly shared: readonly GapLocation[];
  /** The values to complete the document shows, by label, in order. */
  readonly documentGaps: readonly string[];
  readonly ready: boolean;
}

/** Builds each act's document and says whether it is ready to sign. */
export function assessActs(
  computed: Computed,
  acts: readonly Act[],
  templates: ReadonlyMap<string, Template>,
): Assessment[] {
  return acts.map((act) => {
    const template = templates.get(act.type);
    if (!template) throw new Error(`loadTemplates returns every act type, not ${act.type}`);
    const built = buildDocument(act, template, computed.data.departement, true);
    const concerned = computed.gaps.filter((g) => g.acts.includes(act.id));
    const departement = computed.data.departement.origin.source.file;
    const values = concerned.filter((g) => g.file !== departement);
    const shared = concerned.filter((g) => g.file === departement);
    const shown = built.value ? documentGaps(built.value) : [];
    return {
      act,
      ...(built.value ? { doc: built.value } : {}),
      failure: built.diagnostics,
      values,
      shared,
      documentGaps: shown,
      ready: built.value !== undefined && values.length === 0 && shown.length === 0,
    };
  });
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
  /** The acts written by this run, finals and drafts (`status`). */
  readonly written: readonly ManifestEntry[];
  readonly failed: readonly { readonly id: string; readonly diagnostics: readonly Diagnostic[] }[];
  /** Temporary files of an interrupted earlier run, removed before writing (relative paths). */
  readonly removed?: readonly string[];
  /** `--only` values that match no act, each with the nearest value that does; nothing run. */
  readonly unknownOnly?: readonly { readonly value: string; readonly near?: string }[];
}

/**
 * load → validate → compute → build → render → write. One failing act never stops the others.
 * An act ready to sign is written final (`<id>.<format>`); one that is not is written as a
 * draft (`<id>.projet.<format>`) with `draft`, else fails with the values it lacks. A draft
 * never takes a final's name, and a final replaces the draft of its act.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const nested = nestedFolders(options.dataDir, options.outDir);
  if (nested) return { diagnostics: [nested], sources: [], written: [], failed: [] };
  const computed = computeFolder(options.dataDir);
  span("chargement", started);
  const building = performance.now();
  if (!computed.value) return { ...computed, written: [], failed: [] };
  const selected = selectByOnly(computed.value.acts, options.only);
  if (selected.unknown.length > 0) {
    return { ...computed, written: [], failed: [], unknownOnly: selected.unknown };
  }
  const templates = loadTemplates(options.templatesDir);
  if (!templates.value) {
    return {
      diagnostics: [...computed.diagnostics, ...templates.diagnostics],
      sources: computed.sources,
      written: [],
      failed: [],
    };
  }
  const failed: { id: string; diagnostics: Diagnostic[] }[] = [];
  const ready: { act: Act; draft: boolean }[] = [];
  // A selection large enough for the render workers keeps its documents as JSON (render/pool.ts);
  // if gaps or the lint leave too few for them, this thread reads the JSON back.
  const compact = workerCount(selected.acts.length, options.jobs) > 1;
  const queue: Queued[] = [];
  // Every template against every act's values, and the Word skeleton, before the first write:
  // a template that asks for a value an act lacks stops the whole run, not that act alone.
  // One act at a time: a document is checked, then kept (or dropped), before the next is built.
  const before: Diagnostic[] = [];
  for (const act of selected.acts) {
    const [a] = assessActs(computed.value, [act], templates.value);
    if (!a?.doc) {
      before.push(...(a?.failure ?? []));
      continue;
    }
    const doc = a.ready ? { ...a.doc, draft: false } : a.doc;
    if (!a.ready && !options.draft) failed.push({ id: act.id, diagnostics: [gapDiagnostic(a)] });
    else {
      // The lint of `actes lint` on the text about to be written: an inconsistent act is not.
      const template = templates.value.get(act.type)?.file ?? options.templatesDir;
      const findings = lintDocument(doc).map((f) => lintDiagnostic(act, template, f));
      if (findings.length > 0) failed.push({ id: act.id, diagnostics: findings });
      else {
        ready.push({ act, draft: doc.draft });
        queue.push(compact ? JSON.stringify(doc) : doc);
      }
    }
  }
  if (options.formats.includes("docx")) before.push(...(await checkSkeletonOnce()));
  if (before.length > 0) {
    return {
      diagnostics: [...computed.diagnostics, ...before],
      sources: computed.sources,
      written: [],
      failed: [],
    };
  }
  span("construction", building);
  // A killed run may have left temporary files: they are never taken for acts.
  const removed = tryRemoveTemporaries(options.outDir);
  const written: ManifestEntry[] = [];
  const flush = new Set<string>();
  let done = 0;
  await renderMany(queue, options.formats, options.jobs, (index, result) => {
    // biome-ignore lint/style/noNonNullAssertion: indexes come from `ready`.
    const { act, draft } = ready[index]!;
    if (!result.ok) failed.push({ id: act.id, diagnostics: [renderDiagnostic(act, result.error)] });
    else {
      const writing = performance.now();
      try {
        written.push(writeAct(act, result.files, draft, options, flush));
        span("écriture", writing);
      } catch (error) {
        // A file that cannot be written fails its act only.
        const message = `écriture impossible (${(error as Error).message})`;
        failed.push({ id: act.id, diagnostics: [renderDiagnostic(act, message)] });
      }
    }
    options.onProgress?.(++done, ready.length, act.id);
  });
  // Every file of the folder, this run's and earlier ones' (manifest.ts): always rewritten,
  // once the acts' folders are flushed (their renames durable before the manifest names them).
  const manifest = join(options.outDir, "manifest.json");
  const finishing = performance.now();
  try {
    syncFolders(flush);
    const acts = new Map(computed.value.acts.map((a) => [a.id, a]));
    const describe = (id: string) => {
      const act = acts.get(id);
      return act && { type: act.type, ...partnerAndAmounts(act) };
    };
    writeAtomic(manifest, manifestJson(updateManifest(options.outDir, written, describe)), {
      inside: options.outDir,
    });
    span("manifeste", finishing);
  } catch (error) {
    failed.push({
      id: "manifest.json",
      diagnostics: [
        {
          code: "ACTE_EN_ECHEC",
          severity: "error",
          file: manifest,
          message: `manifeste non écrit (${(error as Error).message})`,
        },
      ],
    });
  }
  return { diagnostics: computed.diagnostics, sources: computed.sources, written, failed, removed };
}

/** The skeleton ships with the code: checked once per process (docx/check.ts). */
let skeletonChecked: Promise<Diagnostic[]> | undefined;
function checkSkeletonOnce(): Promise<Diagnostic[]> {
  skeletonChecked ??= import("./render/docx/check.ts").then((m) => m.checkSkeleton());
  return skeletonChecked;
}

/**
 * Why: an out folder inside the data folder would be read as data at the next run (its
 * sessions' folders look like sessions), and a data folder inside the out folder could be
 * overwritten by a run. Both are refused before anything is read or written.
 */
function nestedFolders(dataDir: string, outDir: string): Diagnostic | undefined {
  const real = (dir: string) => {
    const absolute = resolve(dir);
    return existsSync(absolute) ? realpathSync(absolute) : absolute;
  };
  const [data, out] = [real(dataDir), real(outDir)];
  const inside = (a: string, b: string) => a === b || a.startsWith(`${b}${sep}`);
  if (!inside(out, data) && !inside(data, out)) return undefined;
  return {
    code: "DOSSIER_SORTIE_INVALIDE",
    severity: "error",
    file: outDir,
    message: inside(out, data)
      ? `le dossier de sortie « ${outDir} » est dans le dossier de données « ${dataDir} » : ses fichiers y seraient lus comme des données`
      : `le dossier de données « ${dataDir} » est dans le dossier de sortie « ${outDir} » : une génération pourrait l'écraser`,
  };
}

/** A lint finding on a generated act: at its template, the produced text's line in the message. */
function lintDiagnostic(
  act: Act,
  template: string,
  f: ReturnType<typeof lintDocument>[number],
): Diagnostic {
  const where = "line" in f.origin ? `ligne ${f.origin.line} du texte produit` : "texte produit";
  return {
    code: "ACTE_INCOHERENT",
    severity: "error",
    file: template,
    message: `${act.id} : ${f.message} (${where}, ${f.code})`,
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.found !== undefined ? { found: f.found } : {}),
  };
}

/** A folder we cannot list is reported by the writes that follow, not here. */
function tryRemoveTemporaries(outDir: string): string[] {
  try {
    return removeTemporaries(outDir);
  } catch {
    return [];
  }
}

/**
 * The acts `--only` keeps: each value is a session (cp-2022-11-21), an act type, a partner,
 * an act id, or the end of one (avenant-ag/ccas-arras, a name), or a file it writes
 * (cp-2022-11-21/avenant-ag/ccas-arras.projet.pdf). A value that matches nothing comes back
 * with the nearest value that would.
 */
export function selectByOnly(
  acts: readonly Act[],
  only: readonly string[],
): { acts: Act[]; unknown: { value: string; near?: string }[] } {
  if (only.length === 0) return { acts: [...acts], unknown: [] };
  const keys = (a: Act) => {
    const parts = a.id.split("/");
    const ends = parts.map((_, i) => parts.slice(i).join("/"));
    return new Set([a.seance.id, a.type, a.partenaire.id, ...ends]);
  };
  const all = acts.map((a) => ({ act: a, keys: keys(a) }));
  const wanted = only.map((o) => ({ value: o, key: toKey(o) }));
  const unknown = wanted
    .filter((w) => !all.some((a) => a.keys.has(w.key)))
    .map((w) => {
      const near = closest(w.key, new Set(all.flatMap((a) => [...a.keys])));
      return near === undefined ? { value: w.value } : { value: w.value, near };
    });
  return {
    acts: all.filter((a) => wanted.some((w) => a.keys.has(w.key))).map((a) => a.act),
    unknown,
  };
}

/** "out/cp-2022-11-21/avenant-ag/samps.projet.pdf" → "cp-2022-11-21/avenant-ag/samps". */
function toKey(value: string): string {
  const path = value
    .replace(/\\/g, "/")
    .replace(/\.(docx|pdf|txt)$/, "")
    .replace(/^(\.\/)?out\//, "")
    .replace(/\/+$/, "");
  return path.endsWith(DRAFT_SUFFIX) ? path.slice(0, -DRAFT_SUFFIX.length) : path;
}

function writeAct(
  act: Act,
  files: Rendered,
  draft: boolean,
  options: GenerateOptions,
  flush: Set<string>,
): ManifestEntry {
  const paths: Partial<Record<Format, string>> = {};
  const hashes: Partial<Record<Format, string>> = {};
  // All of the act's files on disk and checked before any takes its final name: an act is
  // replaced whole or not at all.
  const staged: Staged[] = [];
  try {
    for (const format of options.formats) {
      const bytes = files[format];
      if (!bytes) continue;
      const rel = actFile(act.id, draft, format);
      staged.push(
        stage(join(options.outDir, rel), bytes, { inside: options.outDir, flushLater: flush }),
      );
      paths[format] = rel;
      hashes[format] = sha256(bytes);
    }
  } catch (error) {
    for (const s of staged) s.abort();
    throw error;
  }
  for (const s of staged) s.commit();
  // The act is now ready to sign: its old drafts say otherwise, and go.
  for (const format of draft ? [] : Object.keys(paths)) {
    rmSync(join(options.outDir, actFile(act.id, true, format as Format)), { force: true });
  }
  return {
    id: act.id,
    status: draft ? "draft" : "final",
    draft,
    session: act.seance.id,
    type: act.type,
    ...partnerAndAmounts(act),
    files: paths,
    sha256: hashes,
  };
}

function partnerAndAmounts(act: Act): Pick<ManifestEntry, "partner" | "amounts"> {
  return {
    partner: { id: act.partenaire.id, name: act.partenaire.nom },
    amounts: centAmounts(act.figures),
  };
}

/** The act's values to complete, each at its place, then those only its document shows. */
function gapDiagnostic(a: Assessment): Diagnostic {
  const labels = [
    ...a.values.map(
      (v) => `${v.start ? `${v.file}:${v.start.line}:${v.start.column}` : v.file} ${v.key}`,
    ),
    ...a.documentGaps,
  ];
  const n = labels.length;
  const start = a.act.origin.source.locate(a.act.origin.path)?.start;
  return {
    code: "VALEUR_A_COMPLETER",
    severity: "error",
    file: a.act.origin.source.file,
    ...(start ? { start } : {}),
    message: `${a.act.id} : ${n} valeur${n > 1 ? "s" : ""} à compléter — ${labels.join(" ; ")}`,
  };
}

function renderDiagnostic(act: Act, error: string): Diagnostic {
  return {
    code: "ACTE_EN_ECHEC",
    severity: "error",
    file: act.origin.source.file,
    message: `${act.id} : ${error.startsWith("écriture") ? error : `le rendu a échoué (${error.split("\n")[0]})`}`,
  };
}
