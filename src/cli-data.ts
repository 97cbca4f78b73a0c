// The commands that read a data folder (validate, figures, generate, schema, ecarts, revue):
// loaded by cli.ts only when one of them runs, so that the review commands and the help do
// not pay for the engine (yaml, zod, handlebars, the renderers).
import { join } from "node:path";
import { type DataCommand, DEFAULT_TEMPLATES, HELP, type Io } from "./cli.ts";
import { type Computed, computeFolder } from "./compute-folder.ts";
import { type Diagnostic, hasErrors } from "./diagnostics/diagnostic.ts";
import { formatHuman, location, summaryLine, toJson } from "./diagnostics/print.ts";
import { SCHEMAS_FOLDER } from "./load/data-folder.ts";
import type { ParsedFile } from "./load/parse-yaml.ts";
import type { Comparison } from "./review/diff-compare.ts";
import { writeAtomic } from "./write/atomic.ts";
import type { Format } from "./write/manifest.ts";

type Values = Record<string, string | boolean | string[] | undefined>;

/** Why: the part of `actes <command>` after its arguments are parsed, for a data command. */
export async function runDataCommand(
  name: DataCommand,
  folder: string | undefined,
  values: Values,
  io: Io,
): Promise<number> {
  if (name === "schema") return await runSchema(String(values.out ?? DEFAULT_SCHEMAS), io);
  const dir = folder ?? "data";
  if (name === "generate") return runGenerate(dir, values, io);
  const json = values.json === true;
  const result = computeFolder(dir);
  if (!result.value) return printDiagnostics(result.diagnostics, result.sources, json, io);
  // What is left are warnings: validate --json gives them as data, every other output on stderr.
  if (!(json && name === "validate")) printWarnings(result.diagnostics, result.sources, io);
  if (name === "figures") return await runFigures(result.value, values, io);
  if (name === "ecarts") return await runEcarts(result.value, values, io);
  if (name === "revue") return await runRevue(result.value, dir, values, io);
  if (json) io.out(`${JSON.stringify({ diagnostics: toJson(result.diagnostics) }, null, 2)}\n`);
  else {
    const c = result.value;
    io.out(
      `✔ données valides : ${c.data.partenaires.size} partenaires, ${c.data.seances.length} séances, ${c.lines.length} lignes, ${c.acts.length} actes ; ${c.gaps.length} valeurs à compléter (actes figures les liste)\n`,
    );
  }
  return 0;
}

async function runGenerate(
  dir: string,
  values: Record<string, string | boolean | string[] | undefined>,
  io: Io,
): Promise<number> {
  const { FORMATS } = await import("./render/formats.ts");
  const { defaultJobs } = await import("./render/pool.ts");
  const { generate } = await import("./pipeline.ts");
  const formats = parseFormats(String(values.format ?? FORMATS.join(",")), FORMATS);
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!formats || !Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
    io.err(
      `${formats ? `--jobs attend un nombre de 1 à 64, pas « ${String(values.jobs)} »` : `--format attend une liste parmi ${FORMATS.join(", ")}`}\n\n${HELP.generate}`,
    );
    return 2;
  }
  const outDir = String(values.out ?? "out");
  const only = onlyValues(values);
  const progress = io.isTTY ? progressBar(io) : undefined;
  const result = await generate({
    dataDir: dir,
    templatesDir: String(values.templates ?? DEFAULT_TEMPLATES),
    outDir,
    only,
    formats,
    draft: values.draft === true,
    jobs,
    ...(progress ? { onProgress: progress } : {}),
  });
  if (progress) io.err("\r\x1b[K");
  if (hasErrors(result.diagnostics))
    return printDiagnostics(result.diagnostics, result.sources, false, io);
  printWarnings(result.diagnostics, result.sources, io);
  if (result.unknownOnly && result.unknownOnly.length > 0) {
    io.err(unknownOnlyMessage(result.unknownOnly));
    return 2;
  }
  const removed = result.removed ?? [];
  if (removed.length > 0) {
    io.err(
      `${removed.length} fichier${removed.length > 1 ? "s" : ""} temporaire${removed.length > 1 ? "s" : ""} d'une exécution interrompue supprimé${removed.length > 1 ? "s" : ""} : ${removed.join(", ")}\n`,
    );
  }
  const files = result.written.reduce((n, e) => n + Object.keys(e.files).length, 0);
  if (result.written.length > 0) {
    const finals = result.written.filter((e) => e.status === "final").map((e) => e.id);
    const drafts = result.written.filter((e) => e.status === "draft").map((e) => e.id);
    const n = result.written.length;
    // The manifest is named only when it was written: ✔ never stands for what is not on disk.
    const manifestFailed = result.failed.some((f) => f.id === "manifest.json");
    const manifest = manifestFailed
      ? "manifeste NON écrit (voir ci-dessous)"
      : `manifeste : ${join(outDir, "manifest.json")}`;
    io.out(
      `✔ ${n} acte${n > 1 ? "s" : ""} écrit${n > 1 ? "s" : ""} (${files} fichier${files > 1 ? "s" : ""}) dans ${outDir}/ ; ${manifest}\n` +
        listOf(finals, "prêt à signer", "prêts à signer") +
        listOf(drafts, "projet, non signable (.projet)", "projets, non signables (.projet)"),
    );
  }
  if (result.failed.length === 0) return 0;
  const diagnostics = result.failed.flatMap((f) => f.diagnostics);
  io.err(`${diagnostics.map((d) => `${location(d)}  ${d.code}  ${d.message}`).join("\n")}\n\n`);
  const blocked = diagnostics.filter((d) => d.code === "VALEUR_A_COMPLETER").length;
  const acts = result.failed.filter((f) => f.id !== "manifest.json").length;
  if (acts < result.failed.length) io.err("✖ manifeste non écrit\n");
  if (acts === 0) return 1;
  io.err(
    `✖ ${acts} acte${acts > 1 ? "s" : ""} non généré${acts > 1 ? "s" : ""}${blocked > 0 ? ` (${blocked} bloqué${blocked > 1 ? "s" : ""} par des valeurs à compléter : complétez les données, ou générez des projets avec --draft)` : ""}\n`,
  );
  return 1;
}

/** Beyond this many acts, a list is told by session and act type (a 1 000-act batch). */
const LISTED = 40;

/**
 * "  2 prêts à signer : a, b\n", nothing for none. A long list (a scaled batch: 1 022 ids, 40 000
 * characters on one line) is told by session and type with its counts instead; the manifest,
 * when it was written (named on the line above), names every act.
 * @example listOf(["cp/avenant-ag/a", "cp/avenant-ag/b"], "prêt", "prêts") === "  2 prêts : cp/avenant-ag/a, cp/avenant-ag/b\n"
 */
export function listOf(ids: readonly string[], one: string, many: string): string {
  if (ids.length === 0) return "";
  const label = ids.length > 1 ? many : one;
  if (ids.length <= LISTED) return `  ${ids.length} ${label} : ${[...ids].sort().join(", ")}\n`;
  const groups = new Map<string, number>();
  for (const id of ids) {
    const group = id.split("/").slice(0, -1).join("/");
    groups.set(group, (groups.get(group) ?? 0) + 1);
  }
  const counts = [...groups].sort(([a], [b]) => (a < b ? -1 : 1));
  return `  ${ids.length} ${label}, par séance et type : ${counts.map(([g, n]) => `${g} (${n})`).join(", ")}\n`;
}

/** --only values, repeated or comma-separated. */
function onlyValues(values: Record<string, string | boolean | string[] | undefined>): string[] {
  return ((values.only as string[] | undefined) ?? []).flatMap((o) => o.split(",")).filter(Boolean);
}

function unknownOnlyMessage(unknown: readonly { value: string; near?: string }[]): string {
  return `${unknown
    .map(
      (u) =>
        `aucun acte ne correspond à --only ${u.value}${u.near === undefined ? "" : ` — voulez-vous dire « ${u.near} » ?`}`,
    )
    .join("\n")}\n`;
}

/** `actes revue`: one review page per session, in the out folder next to the acts' files. */
async function runRevue(
  computed: Computed,
  dir: string,
  values: Record<string, string | boolean | string[] | undefined>,
  io: Io,
): Promise<number> {
  const templatesDir = String(values.templates ?? DEFAULT_TEMPLATES);
  const { loadTemplates } = await import("./document/templates.ts");
  const { assessActs } = await import("./pipeline.ts");
  const { compareVersions } = await import("./review/diff-compare.ts");
  const { loadVersion } = await import("./review/diff-source.ts");
  const { varianceTables } = await import("./review/ecarts/variance.ts");
  const { sessionPages } = await import("./review/revue.ts");
  const templates = loadTemplates(templatesDir);
  if (!templates.value) return printDiagnostics(templates.diagnostics, [], false, io);
  const outDir = String(values.out ?? "out");
  let since: Comparison | undefined;
  if (typeof values.depuis === "string") {
    const old = await loadVersion(values.depuis, { templates: templatesDir });
    const next = await loadVersion(dir, { templates: templatesDir });
    const error = "error" in old ? old.error : "error" in next ? next.error : undefined;
    if (error !== undefined || !("value" in old) || !("value" in next)) {
      io.err(`actes revue : ${error}\n`);
      return 2;
    }
    since = compareVersions(old.value, next.value);
  }
  const found = templates.value;
  const { departement } = computed.data;
  const pages = await sessionPages(
    computed,
    assessActs(computed, computed.acts, found),
    (session) =>
      varianceTables(
        computed.acts.filter((a) => a.seance.id === session),
        found,
        departement,
      ),
    outDir,
    since,
  );
  try {
    for (const page of pages) writeAtomic(page.file, page.html);
  } catch (error) {
    io.err(`actes revue : écriture impossible (${(error as Error).message})\n`);
    return 2;
  }
  if (values.json === true) {
    const data = pages.map(({ session, file, acts }) => ({ session, file, acts }));
    io.out(`${JSON.stringify({ pages: data }, null, 2)}\n`);
  } else {
    io.out(
      `✔ ${pages.length} page${pages.length > 1 ? "s" : ""} de revue : ${pages.map((p) => p.file).join(", ")}\n`,
    );
  }
  return 0;
}

/** `actes ecarts`: the acts selected side by side, by act type. */
async function runEcarts(
  computed: Computed,
  values: Record<string, string | boolean | string[] | undefined>,
  io: Io,
): Promise<number> {
  const { selectByOnly } = await import("./pipeline.ts");
  const { loadTemplates } = await import("./document/templates.ts");
  const { ecartsCommand } = await import("./review/ecarts/command.ts");
  const selected = selectByOnly(computed.acts, onlyValues(values));
  if (selected.unknown.length > 0) {
    io.err(unknownOnlyMessage(selected.unknown));
    return 2;
  }
  const templates = loadTemplates(String(values.templates ?? DEFAULT_TEMPLATES));
  if (!templates.value) return printDiagnostics(templates.diagnostics, [], false, io);
  const result = await ecartsCommand(selected.acts, templates.value, computed.data.departement, {
    ...(typeof values.html === "string" ? { html: values.html } : {}),
    ...(typeof values.csv === "string" ? { csv: values.csv } : {}),
    ...(typeof values.xlsx === "string" ? { xlsx: values.xlsx } : {}),
    json: values.json === true,
  });
  if (result.stdout) io.out(result.stdout);
  if (result.stderr) io.err(result.stderr);
  return result.exitCode;
}

/** `actes figures`: every act and whether it is ready to sign; with --only, its checklist. */
async function runFigures(
  computed: Computed,
  values: Record<string, string | boolean | string[] | undefined>,
  io: Io,
): Promise<number> {
  const only = onlyValues(values);
  const { selectByOnly, assessActs } = await import("./pipeline.ts");
  const { loadTemplates } = await import("./document/templates.ts");
  const { figuresJson } = await import("./report/figures-json.ts");
  const { checklistText, figuresText } = await import("./report/figures-text.ts");
  const selected = selectByOnly(computed.acts, only);
  if (selected.unknown.length > 0) {
    io.err(unknownOnlyMessage(selected.unknown));
    return 2;
  }
  const templates = loadTemplates(String(values.templates ?? DEFAULT_TEMPLATES));
  if (!templates.value) return printDiagnostics(templates.diagnostics, [], false, io);
  const assessed = assessActs(computed, selected.acts, templates.value);
  if (typeof values.xlsx === "string") {
    const { figuresXlsx } = await import("./report/figures-xlsx.ts");
    try {
      writeAtomic(values.xlsx, await figuresXlsx(computed, assessed));
    } catch (error) {
      io.err(`actes figures : classeur non écrit (${(error as Error).message})\n`);
      return 2;
    }
    io.err(`✔ classeur écrit : ${values.xlsx}\n`);
  }
  const ids = only.length > 0 ? selected.acts.map((a) => a.id) : undefined;
  if (values.json === true) {
    io.out(`${JSON.stringify(figuresJson(computed, assessed, ids), null, 2)}\n`);
  } else io.out(ids ? checklistText(assessed) : figuresText(computed, assessed));
  return 0;
}

function parseFormats(text: string, FORMATS: readonly Format[]): Format[] | undefined {
  const list = text.split(",").map((f) => f.trim());
  return list.length > 0 && list.every((f) => (FORMATS as readonly string[]).includes(f))
    ? [...new Set(list as Format[])]
    : undefined;
}

/** "[██████░░░░] 12/33 avenant-ag/ccas-lens" on one terminal line. */
function progressBar(io: Io): (done: number, total: number, id: string) => void {
  return (done, total, id) => {
    const width = 20;
    const filled = Math.round((done / total) * width);
    io.err(`\r\x1b[K[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} ${id}`);
  };
}

/** Where `actes schema` writes by default: inside the data folder, so that copies keep them. */
const DEFAULT_SCHEMAS = join("data", SCHEMAS_FOLDER);

async function runSchema(outDir: string, io: Io): Promise<number> {
  const { DATA_FILE_KINDS, schemaComment, schemaFileName, schemaFileText } = await import(
    "./model/json-schema.ts"
  );
  const names = DATA_FILE_KINDS.map(schemaFileName);
  try {
    for (const kind of DATA_FILE_KINDS) {
      writeAtomic(join(outDir, schemaFileName(kind)), schemaFileText(kind));
    }
  } catch (error) {
    io.err(`✖ schémas non écrits dans ${outDir} : ${(error as Error).message}\n`);
    return 1;
  }
  const width = Math.max(...DATA_FILE_KINDS.map((k) => k.path.length));
  io.out(
    `✔ ${names.length} schémas JSON écrits dans ${outDir}/ : ${names.join(", ")}\n` +
      `Première ligne de chaque fichier de données, pour des schémas dans le dossier ${SCHEMAS_FOLDER}/ des données :\n` +
      DATA_FILE_KINDS.map((k) => `  ${k.path.padEnd(width)}  ${schemaComment(k)}\n`).join(""),
  );
  return 0;
}

/** Warnings of a run that goes on (ignored files): on stderr, the exit code unchanged. */
export function printWarnings(
  diagnostics: readonly Diagnostic[],
  sources: readonly ParsedFile[],
  io: Io,
) {
  if (diagnostics.length === 0) return;
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  io.err(`${formatHuman(diagnostics, texts)}\n\n${summaryLine(diagnostics)}\n\n`);
}

export function printDiagnostics(
  diagnostics: readonly Diagnostic[],
  sources: readonly ParsedFile[],
  json: boolean,
  io: Io,
): number {
  if (json) {
    io.out(`${JSON.stringify({ diagnostics: toJson(diagnostics) }, null, 2)}\n`);
  } else {
    const texts = new Map(sources.map((s) => [s.file, s.text]));
    io.err(
      `${formatHuman(diagnostics, texts)}\n\n${summaryLine(diagnostics)} — aucun document écrit\n`,
    );
  }
  return 1;
}
