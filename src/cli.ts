// argv → pipeline → printed result → exit code. The only module that touches process and the
// console. Exit codes: 0 ok, 1 data errors, 2 usage or internal error.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type Diagnostic, hasErrors } from "./diagnostics/diagnostic.ts";
import { formatHuman, location, summaryLine, toJson } from "./diagnostics/print.ts";
import { closest } from "./diagnostics/suggest.ts";
import { loadTemplates } from "./document/templates.ts";
import { SCHEMAS_FOLDER } from "./load/data-folder.ts";
import type { ParsedFile } from "./load/parse-yaml.ts";
import {
  DATA_FILE_KINDS,
  schemaComment,
  schemaFileName,
  schemaFileText,
} from "./model/json-schema.ts";
import { assessActs, type Computed, computeFolder, generate, selectByOnly } from "./pipeline.ts";
import { FORMATS } from "./render/formats.ts";
import { defaultJobs } from "./render/pool.ts";
import { figuresJson } from "./report/figures-json.ts";
import { checklistText, figuresText } from "./report/figures-text.ts";
import { COMPARE_HELP, compareMain } from "./review/compare-command.ts";
import { DIFF_HELP, type DiffResult, diffMain } from "./review/diff-command.ts";
import { type Comparison, compareVersions } from "./review/diff-compare.ts";
import { loadVersion } from "./review/diff-source.ts";
import { ECARTS_HELP, ecartsCommand } from "./review/ecarts/command.ts";
import { varianceTables } from "./review/ecarts/variance.ts";
import { LINT_HELP, lintFiles } from "./review/lint-command.ts";
import { REVUE_HELP, sessionPages } from "./review/revue.ts";
import { writeAtomic } from "./write/atomic.ts";
import type { Format } from "./write/manifest.ts";

const USAGE = `actes — conventions et avenants de la DPID du Pas-de-Calais

Usage :
  actes generate [DOSSIER] [options]  écrit les actes en DOCX, PDF et texte dans out/
  actes validate [DOSSIER] [--json]   vérifie les données (par défaut : data)
  actes figures  [DOSSIER] [--json] [--only ACTE]
                                      affiche chaque chiffre calculé et sa formule ;
                                      avec --only, ce qu'il reste à compléter pour signer
  actes schema   [--out DOSSIER]      écrit les schémas JSON des fichiers de données
                                      (par défaut dans data/schemas), lus par l'éditeur
  actes diff ANCIEN NOUVEAU [options] ce qui change entre deux versions des actes
                                      (dossier de données, git:RÉVISION ou dossier de sortie)
  actes compare A B [options]         ce qui change entre deux documents .docx, .pdf ou .txt
                                      de toute origine (la mise en page n'est pas comparée)
  actes ecarts [DOSSIER] [options]    les actes d'un type côte à côte, une colonne par valeur
                                      insérée ; signale ce qui s'écarte du lot
  actes revue [DOSSIER] [--out DOSSIER] [--depuis ANCIEN]
                                      une page HTML de revue par séance : chaque acte, son
                                      statut, ses montants, ses fichiers, le lint, les écarts
  actes lint FICHIER… [--final]       vérifie la cohérence d'actes .txt, .docx ou .pdf
  actes help [COMMANDE]               affiche cette aide

Codes de sortie : 0 succès, 1 erreurs dans les données, 2 usage ou erreur interne.
`;

const HELP: Record<string, string> = {
  diff: DIFF_HELP,
  compare: COMPARE_HELP,
  ecarts: ECARTS_HELP,
  revue: REVUE_HELP,
  lint: LINT_HELP,
  generate: `actes generate [DOSSIER] [--out DOSSIER] [--only SÉANCE|TYPE|PARTENAIRE|ACTE]
               [--format docx,pdf,txt] [--draft] [--jobs N]

Génère chaque acte des données du DOSSIER (par défaut : data) dans
out/<séance>/<type>/<nom>.{docx,pdf,txt}, prêt à signer, et out/manifest.json
(chaque fichier du dossier, définitif ou projet, ses montants et son SHA-256).
Un acte dont une valeur reste « À COMPLÉTER » n'est pas généré, sauf en projet
(--draft) : le projet, marqué « PROJET », montre chaque valeur manquante et
s'écrit à part, out/<séance>/<type>/<nom>.projet.{docx,pdf,txt} ; il ne remplace
jamais un acte prêt à signer. Un acte en échec n'arrête pas les autres ; le code
de sortie est 1 si un acte a échoué.

Options :
  --out DOSSIER     dossier de sortie (par défaut : out)
  --only VALEUR     ne génère que cette séance (cp-2022-11-21), ce type d'acte
                    (avenant-ag, avenant-cllaj, avenant-fpel,
                    convention-pole-emploi-autonomie), ce partenaire (ccas-arras)
                    ou cet acte (cp-2022-11-21/avenant-ag/ccas-arras,
                    avenant-ag/ccas-arras, ou un fichier écrit) ; répétable,
                    ou liste séparée par des virgules
  --format LISTE    formats parmi docx, pdf, txt (par défaut : les trois)
  --draft           produit des projets : les valeurs à compléter y apparaissent
  --jobs N          fils de rendu au plus (par défaut : nombre de cœurs, 8 au plus) ;
                    un fil n'est lancé que pour 40 documents ou plus
  --templates DOSSIER  modèles (par défaut : ceux du projet)
  --help            cette aide
`,
  validate: `actes validate [DOSSIER] [--json]

Lit toutes les données YAML du DOSSIER (par défaut : data), les valide et
recalcule les totaux. Affiche toutes les erreurs d'un coup, chacune avec
fichier:ligne:colonne, le champ, ce qui était attendu et ce qui a été trouvé.
Un fichier que le moteur ne lit pas (ccas-arras.yml, notes.txt…) est signalé
par un avertissement, qui ne change pas le code de sortie.

Options :
  --json    les diagnostics sous forme de données (JSON)
  --help    cette aide
`,
  figures: `actes figures [DOSSIER] [--json] [--only VALEUR]

Calcule et affiche, pour chaque acte, ses montants (total, avance, solde) et
comment ils sont obtenus, et s'il est prêt à signer ; puis les totaux par
thématique, opération et ligne budgétaire ; puis les valeurs encore à compléter.
Un acte est prêt à signer quand ni ses données ni son document n'ont de valeur
à compléter : la même décision que generate.

Options :
  --only VALEUR   la liste de ce qu'il reste à faire pour ces actes (mêmes
                  valeurs que pour generate) : chaque valeur à compléter avec
                  fichier:ligne:colonne, sa clé YAML, ce qu'elle est et un exemple
  --json          {"acts":[…],"totals":{…},"missing":[…]} ; montants en euros
                  "27500.00", dates "AAAA-MM-JJ"
  --templates DOSSIER  modèles (par défaut : ceux du projet)
  --help          cette aide
`,
  schema: `actes schema [--out DOSSIER]

Écrit le schéma JSON de chaque sorte de fichier de données (departement,
lignes-budgetaires, partenaire, seance, operations : <nom>.schema.json), tiré
des modèles du moteur, avec la description de chaque champ. Un fichier de
données qui commence par la ligne
  # yaml-language-server: $schema=../schemas/partenaire.schema.json
(chemin relatif au fichier) est complété et vérifié par l'éditeur (VS Code et
l'extension YAML de Red Hat, ou tout éditeur qui lit yaml-language-server).
Le moteur reste seul juge : actes validate vérifie tout.

Options :
  --out DOSSIER   dossier des schémas (par défaut : data/schemas, où pointent
                  les fichiers de data/)
  --help          cette aide
`,
};

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Progress bars only on a terminal. */
  readonly isTTY: boolean;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTTY: process.stderr.isTTY === true,
};

/** The project's own templates, wherever the command is run from. */
const DEFAULT_TEMPLATES = fileURLToPath(new URL("../templates", import.meta.url));

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.err(`erreur interne : ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

const OPTIONS = {
  validate: { json: { type: "boolean" } },
  figures: {
    json: { type: "boolean" },
    only: { type: "string", multiple: true },
    templates: { type: "string" },
  },
  schema: { out: { type: "string" } },
  revue: {
    out: { type: "string" },
    depuis: { type: "string" },
    templates: { type: "string" },
  },
  ecarts: {
    only: { type: "string", multiple: true },
    templates: { type: "string" },
    html: { type: "string" },
    csv: { type: "string" },
    xlsx: { type: "string" },
    json: { type: "boolean" },
  },
  generate: {
    out: { type: "string" },
    only: { type: "string", multiple: true },
    format: { type: "string" },
    draft: { type: "boolean" },
    jobs: { type: "string" },
    templates: { type: "string" },
  },
} as const;

type Command = keyof typeof OPTIONS;

function printed(result: DiffResult, io: Io): number {
  if (result.stdout) io.out(result.stdout);
  if (result.stderr) io.err(result.stderr);
  return result.exitCode;
}

/** The review commands parse their own arguments (src/review/): the CLI only forwards them. */
const REVIEW_COMMANDS = {
  diff: async (args: readonly string[], io: Io) => printed(await diffMain(args, io.isTTY), io),
  compare: async (args: readonly string[], io: Io) =>
    printed(await compareMain(args, io.isTTY), io),
  lint: async (args: readonly string[], io: Io) => {
    const parsed = parseArgs({
      args: [...args],
      options: { final: { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean" } },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
      io.out(`${HELP.lint}\n`);
      return 0;
    }
    if (parsed.positionals.length === 0) {
      io.err(`actes lint : aucun fichier donné\n\n${HELP.lint}\n`);
      return 2;
    }
    const { diagnostics } = await lintFiles(parsed.positionals, {
      final: parsed.values.final === true,
    });
    if (parsed.values.json)
      io.out(`${JSON.stringify({ diagnostics: toJson(diagnostics) }, null, 2)}\n`);
    else if (diagnostics.length === 0) io.out("✔ aucun constat\n");
    else io.err(`${formatHuman(diagnostics, new Map())}\n\n${summaryLine(diagnostics)}\n`);
    if (diagnostics.some((d) => d.code === "FICHIER_ILLISIBLE")) return 2;
    return hasErrors(diagnostics) ? 1 : 0;
  },
} as const;

async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    const topic = command === "help" ? rest[0] : undefined;
    io.out(topic && HELP[topic] ? HELP[topic] : USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command in REVIEW_COMMANDS) {
    try {
      return await REVIEW_COMMANDS[command as keyof typeof REVIEW_COMMANDS](rest, io);
    } catch (error) {
      io.err(`${(error as Error).message}\n\n${HELP[command] ?? USAGE}`);
      return 2;
    }
  }
  if (!(command in OPTIONS)) {
    const known = [...Object.keys(OPTIONS), ...Object.keys(REVIEW_COMMANDS), "help"];
    io.err(`commande inconnue « ${command} »${didYouMean(command, known)}\n\n${USAGE}`);
    return 2;
  }
  const name = command as Command;
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(name, rest);
    const folders = name === "schema" ? 0 : 1;
    if (parsed.positionals.length > folders) {
      throw new Error(
        folders === 0
          ? `actes schema ne lit pas de données ; pour écrire les schémas dans ${join(parsed.positionals[0] ?? "data", SCHEMAS_FOLDER)}, tapez : actes schema --out ${join(parsed.positionals[0] ?? "data", SCHEMAS_FOLDER)}`
          : `un seul dossier attendu, ${parsed.positionals.length} donnés`,
      );
    }
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${HELP[name]}`);
    return 2;
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help) {
    io.out(HELP[name] ?? USAGE);
    return 0;
  }
  if (name === "schema") return runSchema(String(values.out ?? DEFAULT_SCHEMAS), io);
  const dir = parsed.positionals[0] ?? "data";
  if (name === "generate") return runGenerate(dir, values, io);
  const json = values.json === true;
  const result = computeFolder(dir);
  if (!result.value) return printDiagnostics(result.diagnostics, result.sources, json, io);
  // What is left are warnings: validate --json gives them as data, every other output on stderr.
  if (!(json && name === "validate")) printWarnings(result.diagnostics, result.sources, io);
  if (name === "figures") return runFigures(result.value, values, io);
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
  const formats = parseFormats(String(values.format ?? FORMATS.join(",")));
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
    io.out(
      `✔ ${n} acte${n > 1 ? "s" : ""} écrit${n > 1 ? "s" : ""} (${files} fichier${files > 1 ? "s" : ""}) dans ${outDir}/ ; manifeste : ${join(outDir, "manifest.json")}\n` +
        listOf(finals, "prêt à signer", "prêts à signer") +
        listOf(drafts, "projet, non signable (.projet)", "projets, non signables (.projet)"),
    );
  }
  if (result.failed.length === 0) return 0;
  const diagnostics = result.failed.flatMap((f) => f.diagnostics);
  io.err(`${diagnostics.map((d) => `${location(d)}  ${d.code}  ${d.message}`).join("\n")}\n\n`);
  const blocked = diagnostics.filter((d) => d.code === "VALEUR_A_COMPLETER").length;
  io.err(
    `✖ ${result.failed.length} acte${result.failed.length > 1 ? "s" : ""} non généré${result.failed.length > 1 ? "s" : ""}${blocked > 0 ? ` (${blocked} bloqué${blocked > 1 ? "s" : ""} par des valeurs à compléter : complétez les données, ou générez des projets avec --draft)` : ""}\n`,
  );
  return 1;
}

/** "  2 prêts à signer : a, b\n", nothing for none. */
function listOf(ids: readonly string[], one: string, many: string): string {
  if (ids.length === 0) return "";
  return `  ${ids.length} ${ids.length > 1 ? many : one} : ${[...ids].sort().join(", ")}\n`;
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
  io.out(
    `✔ ${pages.length} page${pages.length > 1 ? "s" : ""} de revue : ${pages.map((p) => p.file).join(", ")}\n`,
  );
  return 0;
}

/** `actes ecarts`: the acts selected side by side, by act type. */
async function runEcarts(
  computed: Computed,
  values: Record<string, string | boolean | string[] | undefined>,
  io: Io,
): Promise<number> {
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
function runFigures(
  computed: Computed,
  values: Record<string, string | boolean | string[] | undefined>,
  io: Io,
): number {
  const only = onlyValues(values);
  const selected = selectByOnly(computed.acts, only);
  if (selected.unknown.length > 0) {
    io.err(unknownOnlyMessage(selected.unknown));
    return 2;
  }
  const templates = loadTemplates(String(values.templates ?? DEFAULT_TEMPLATES));
  if (!templates.value) return printDiagnostics(templates.diagnostics, [], false, io);
  const assessed = assessActs(computed, selected.acts, templates.value);
  const ids = only.length > 0 ? selected.acts.map((a) => a.id) : undefined;
  if (values.json === true) {
    io.out(`${JSON.stringify(figuresJson(computed, assessed, ids), null, 2)}\n`);
  } else io.out(ids ? checklistText(assessed) : figuresText(computed, assessed));
  return 0;
}

function parseFormats(text: string): Format[] | undefined {
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

function parseOptions(command: Command, args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...OPTIONS[command], help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    const e = error as { code?: string; message: string };
    const option = /'([^']+)'/.exec(e.message)?.[1];
    throw new Error(
      e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
        ? `option inconnue « ${option ?? "?"} »${optionHint(command, option ?? "")}`
        : `option invalide : ${e.message}`,
    );
  }
}

/** " — voulez-vous dire « figures » ?" when a known word is a typo away, else nothing. */
function didYouMean(word: string, known: readonly string[], prefix = ""): string {
  const near = closest(word, known);
  return near === undefined ? "" : ` — voulez-vous dire « ${prefix}${near} » ?`;
}

/** The nearest option of this command, else the commands that do take this option. */
function optionHint(command: Command, option: string): string {
  const name = option.replace(/^-+/, "");
  const own = didYouMean(name, [...Object.keys(OPTIONS[command]), "help"], "--");
  if (own !== "") return own;
  const others = (Object.keys(OPTIONS) as Command[]).filter((c) => name in OPTIONS[c]);
  return others.length > 0 ? ` — c'est une option de ${others.join(", ")}` : "";
}

/** Where `actes schema` writes by default: inside the data folder, so that copies keep them. */
const DEFAULT_SCHEMAS = join("data", SCHEMAS_FOLDER);

function runSchema(outDir: string, io: Io): number {
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
function printWarnings(diagnostics: readonly Diagnostic[], sources: readonly ParsedFile[], io: Io) {
  if (diagnostics.length === 0) return;
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  io.err(`${formatHuman(diagnostics, texts)}\n\n${summaryLine(diagnostics)}\n\n`);
}

function printDiagnostics(
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
