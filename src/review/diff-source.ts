// One side of `actes diff`: a data folder, a git revision of the project (`git:REV`) or an out
// folder with its manifest, read into the same thing: each act's canonical text and amounts.
// Data folders and revisions go through the engine (document model → canonical text); an out
// folder gives the .txt it holds, the text a reviewer would have read.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { centAmounts } from "../compute/figures.ts";
import type { DocumentModel } from "../document/model.ts";
import { PROJECT_DIR } from "../project-dir.ts";
import type { ManifestEntry } from "../write/manifest.ts";
import type { LineStyle } from "./redline/model.ts";

export interface Amounts {
  /** Cent strings, as in the manifest: "13750.00". */
  readonly total: string;
  readonly advance: string;
  readonly balance: string;
}

export interface ActVersion {
  readonly id: string;
  /** The act type: « avenant-ag ». */
  readonly type: string;
  readonly partner: string;
  readonly amounts: Amounts;
  /** The canonical text (src/render/text.ts). */
  readonly text: string;
  /** Paragraph styles from the document model; absent when only the text is known. */
  readonly styles?: ReadonlyMap<string, LineStyle>;
}

export interface Version {
  /** As the user wrote it: « data », « git:HEAD~1 », « out ». */
  readonly label: string;
  readonly acts: ReadonlyMap<string, ActVersion>;
}

/** A side that cannot be read: a French message for the user (exit code 2). */
export type Loaded = { readonly value: Version } | { readonly error: string };

/** The project's own folder: `git:REV` reads its history, and a data folder its templates. */
export { PROJECT_DIR };

/**
 * Why: every spelling of a side ends as a Version, so the comparison never knows where its
 * texts came from. Example: loadVersion("git:HEAD") — data/ and templates/ as committed.
 */
export interface SourceOptions {
  /** Templates of a data folder (a revision brings its own); default: the project's. */
  readonly templates?: string;
  /** The repository `git:REV` reads; default: the project's. */
  readonly repository?: string;
}

export async function loadVersion(spec: string, options: SourceOptions = {}): Promise<Loaded> {
  const templatesDir = options.templates ?? join(PROJECT_DIR, "templates");
  if (spec.startsWith("git:")) {
    return loadRevision(spec, spec.slice(4), options.repository ?? PROJECT_DIR);
  }
  if (!existsSync(spec) || !statSync(spec).isDirectory()) {
    return { error: `« ${spec} » n’est ni un dossier ni une révision git:RÉVISION` };
  }
  if (existsSync(join(spec, "manifest.json"))) return loadOutFolder(spec);
  return loadDataFolder(spec, templatesDir, spec);
}

/** Why: `git archive` reads the object store only: the working tree is never touched. */
async function loadRevision(label: string, rev: string, repository: string): Promise<Loaded> {
  const git = (...args: string[]) =>
    spawnSync("git", ["-C", repository, ...args], { encoding: "utf8" });
  if (rev === "" || git("rev-parse", "--verify", "--quiet", `${rev}^{commit}`).status !== 0) {
    return { error: `révision git inconnue : « ${rev} »` };
  }
  const dir = mkdtempSync(join(tmpdir(), "actes-diff-"));
  try {
    const tar = join(dir, "revision.tar");
    const archived = git("archive", "--format=tar", "-o", tar, rev, "data", "templates");
    if (archived.status !== 0) {
      return { error: `${label} : git archive a échoué (${archived.stderr.trim()})` };
    }
    const extracted = spawnSync("tar", ["-xf", tar, "-C", dir], { encoding: "utf8" });
    if (extracted.status !== 0) return { error: `${label} : tar a échoué (${extracted.stderr})` };
    return await loadDataFolder(join(dir, "data"), join(dir, "templates"), label);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Why: the acts the folder would give with `generate --draft` (every act, gaps shown), so two
 * data folders compare whole even where a value is still to complete.
 */
async function loadDataFolder(dir: string, templatesDir: string, label: string): Promise<Loaded> {
  // The engine is loaded here, not at the top: comparing two out folders needs none of it, and
  // importing it (zod models, handlebars, fonts) is most of the time such a diff takes.
  const [{ formatHuman, summaryLine }, { buildDocument }, { loadTemplates }, pipeline, formats] =
    await Promise.all([
      import("../diagnostics/print.ts"),
      import("../document/build.ts"),
      import("../document/templates.ts"),
      import("../pipeline.ts"),
      import("../render/formats.ts"),
    ]);
  const { computeFolder } = pipeline;
  const { renderFormats } = formats;
  const computed = computeFolder(dir);
  if (!computed.value) {
    const sources = new Map(computed.sources.map((s) => [s.file, s.text]));
    const report = formatHuman(computed.diagnostics, sources);
    return {
      error: `${label} : données invalides\n${report}\n${summaryLine(computed.diagnostics)}`,
    };
  }
  const templates = loadTemplates(templatesDir);
  if (!templates.value) {
    const report = formatHuman(templates.diagnostics, new Map());
    return { error: `${label} : modèles invalides\n${report}` };
  }
  const acts = new Map<string, ActVersion>();
  for (const act of computed.value.acts) {
    const template = templates.value.get(act.type);
    const built = template && buildDocument(act, template, computed.value.data.departement, true);
    if (!built?.value) {
      const report = formatHuman(built?.diagnostics ?? [], new Map());
      return { error: `${label} : ${act.id} ne peut être construit\n${report}` };
    }
    const amounts = centAmounts(act.figures);
    // Through the engine's own text rendering: an act that prints its page count (« Ce document
    // comprend N pages ») is laid out as a PDF first, exactly as `generate` does.
    const rendered = await renderFormats(built.value, ["txt"]);
    const text = new TextDecoder().decode(rendered.txt);
    const styles = lineStyles(built.value);
    const partner = act.partenaire.nom;
    acts.set(act.id, { id: act.id, type: act.type, partner, amounts, text, styles });
  }
  return { value: { label, acts } };
}

const HEADING_STYLES = { 1: "title", 2: "heading", 3: "subheading" } as const;

/** Why: the DOCX redline keeps the document's headings; the text alone does not say which. */
function lineStyles(doc: DocumentModel): Map<string, LineStyle> {
  const styles = new Map<string, LineStyle>();
  for (const block of doc.blocks) {
    if (block.kind !== "heading") continue;
    styles.set(block.runs.map((r) => r.text).join(""), HEADING_STYLES[block.level]);
  }
  return styles;
}

function loadOutFolder(dir: string): Loaded {
  let documents: ManifestEntry[];
  try {
    documents = (
      JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
        documents: ManifestEntry[];
      }
    ).documents;
    if (!Array.isArray(documents)) throw new Error("pas de liste « documents »");
  } catch (error) {
    return { error: `${dir}/manifest.json illisible (${(error as Error).message})` };
  }
  const acts = new Map<string, ActVersion>();
  for (const doc of documents) {
    const txt = doc.files.txt;
    if (txt === undefined) {
      return { error: `${dir} : ${doc.id} n’a pas de texte — générez-le avec --format txt` };
    }
    let text: string;
    try {
      text = readFileSync(join(dir, txt), "utf8");
    } catch (error) {
      return { error: `${dir} : ${txt} illisible (${(error as Error).message})` };
    }
    const { id, type, amounts } = doc;
    acts.set(id, { id, type, partner: doc.partner.name, amounts, text });
  }
  return { value: { label: dir, acts } };
}
