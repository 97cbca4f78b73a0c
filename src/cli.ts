// argv → pipeline → printed result → exit code. The only module that touches process and the
// console. Exit codes: 0 ok, 1 data errors, 2 usage or internal error.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { closest } from "./diagnostics/suggest.ts";
import { EXPORTER_HELP, IMPORTER_HELP } from "./import/help.ts";
import { SCHEMAS_FOLDER } from "./load/data-folder.ts";
import { MODELE_HELP } from "./modele/help.ts";
import { NOUVEAU_HELP } from "./nouveau/help.ts";
import { PROJECT_DIR } from "./project-dir.ts";
import type { DiffResult } from "./review/diff-command.ts";
import { COMPARE_HELP, DIFF_HELP, ECARTS_HELP, LINT_HELP, REVUE_HELP } from "./review/help.ts";

const USAGE = `actes — conventions et avenants de la DPID du Pas-de-Calais

Usage :
  actes generate [DOSSIER] [options]  écrit les actes en DOCX, PDF et texte dans out/
  actes validate [DOSSIER] [--json]   vérifie les données (par défaut : data)
  actes figures  [DOSSIER] [--json] [--xlsx FICHIER] [--only ACTE]
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
  actes importer FICHIER --seance DOSSIER [--feuille NOM] [--remplacer]
                                      écrit l'operations.yaml d'une séance depuis sa
                                      répartition en Excel (.xlsx) ou CSV
  actes exporter [DOSSIER] --xlsx FICHIER
                                      écrit la répartition de chaque séance dans un
                                      classeur Excel, qu'actes importer relit
  actes nouveau partenaire ID --nom NOM --article ART
  actes nouveau seance AAAA-MM-JJ --deliberation N --rapport N --intitule TEXTE
                                      écrit un fichier squelette commenté à compléter
  actes modele exporter TYPE [--out FICHIER.docx]
  actes modele importer FICHIER.docx [--type TYPE] [--ecrire] [--correspondances F.yaml]
                                      le modèle d'un type d'acte en document Word, et
                                      retour : balises vérifiées, changements montrés
  actes dossier [SÉANCE…] [--out DOSSIER]
                                      le dossier de chaque séance en un PDF (sommaire,
                                      signets, pages numérotées), un DOCX et un texte :
                                      délibérations, répartition, actes, rapports
  actes help [COMMANDE]               affiche cette aide

Codes de sortie : 0 succès, 1 erreurs dans les données, 2 usage ou erreur interne.
`;

export const HELP: Record<string, string> = {
  diff: DIFF_HELP,
  compare: COMPARE_HELP,
  ecarts: ECARTS_HELP,
  revue: REVUE_HELP,
  lint: LINT_HELP,
  importer: IMPORTER_HELP,
  exporter: EXPORTER_HELP,
  nouveau: NOUVEAU_HELP,
  modele: MODELE_HELP,
  dossier: `actes dossier [SÉANCE…] [--out DOSSIER] [--donnees DOSSIER]

Écrit, pour chaque SÉANCE (cp-2022-11-21 ; par défaut : toutes), son dossier de
Commission Permanente dans out/dossiers/<séance>.{pdf,docx,txt} : le sommaire,
puis pour chaque délibération la délibération, la répartition financière des
opérations, les projets d'actes, le rapport et les annexes reçues en PDF
(annexes_externes de seance.yaml), dans l'ordre des dossiers de séance.
Le PDF a un signet par pièce, un sommaire avec la page de chaque pièce et des
pages numérotées d'un bout à l'autre ; il reste PDF/A-2b, sauf si une annexe
reçue ne l'est pas (un avertissement le dit). Un acte, une délibération ou un
rapport qui montre une valeur à compléter y figure en projet.

Options :
  --out DOSSIER      dossier de sortie (par défaut : out)
  --donnees DOSSIER  dossier de données (par défaut : data)
  --templates DOSSIER  modèles (par défaut : ceux du projet)
  --help             cette aide

Exemple :
  actes dossier cp-2022-11-21
`,
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
                    (avenant-ag, avenant-cllaj… : actes figures les nomme),
                    ce partenaire (ccas-arras)
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
  figures: `actes figures [DOSSIER] [--json] [--xlsx FICHIER] [--only VALEUR]

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
  --xlsx FICHIER  écrit aussi un classeur Excel : une feuille par séance (chaque acte,
                  ses montants en nombres au format euro, son statut), une des lignes
                  budgétaires, une des valeurs à compléter
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
export const DEFAULT_TEMPLATES = join(PROJECT_DIR, "templates");

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
    xlsx: { type: "string" },
    only: { type: "string", multiple: true },
    templates: { type: "string" },
  },
  schema: { out: { type: "string" } },
  importer: {
    seance: { type: "string" },
    feuille: { type: "string" },
    remplacer: { type: "boolean" },
  },
  exporter: { xlsx: { type: "string" } },
  modele: {
    out: { type: "string" },
    type: { type: "string" },
    ecrire: { type: "boolean" },
    correspondances: { type: "string" },
    templates: { type: "string" },
    donnees: { type: "string" },
  },
  dossier: { out: { type: "string" }, donnees: { type: "string" }, templates: { type: "string" } },
  nouveau: {
    nom: { type: "string" },
    article: { type: "string" },
    genre: { type: "string" },
    sigle: { type: "string" },
    deliberation: { type: "string" },
    rapport: { type: "string" },
    intitule: { type: "string" },
  },
  revue: {
    out: { type: "string" },
    depuis: { type: "string" },
    json: { type: "boolean" },
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
export type DataCommand = Command;

/** The commands that read their own positionals (a file; a kind and an id; sessions). */
const WRITE_COMMANDS = {
  importer: async (p: readonly string[], v: Values, io: Io) =>
    (await import("./import/cli.ts")).importerMain(p, v, io),
  exporter: async (p: readonly string[], v: Values, io: Io) =>
    (await import("./import/cli.ts")).exporterMain(p, v, io),
  nouveau: async (p: readonly string[], v: Values, io: Io) =>
    (await import("./nouveau/cli.ts")).nouveauMain(p, v, io),
  modele: async (p: readonly string[], v: Values, io: Io) =>
    (await import("./modele/cli.ts")).modeleMain(p, v, io),
  dossier: async (p: readonly string[], v: Values, io: Io) =>
    (await import("./dossier/cli.ts")).dossierMain(p, v, io),
} as const;

type Values = Record<string, string | boolean | string[] | undefined>;

function printed(result: DiffResult, io: Io): number {
  if (result.stdout) io.out(result.stdout);
  if (result.stderr) io.err(result.stderr);
  return result.exitCode;
}

/** The review commands parse their own arguments (src/review/): the CLI only forwards them. */
const REVIEW_COMMANDS = {
  diff: async (args: readonly string[], io: Io) => {
    const { diffMain } = await import("./review/diff-command.ts");
    return printed(await diffMain(args, io.isTTY), io);
  },
  compare: async (args: readonly string[], io: Io) => {
    const { compareMain } = await import("./review/compare-command.ts");
    return printed(await compareMain(args, io.isTTY), io);
  },
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
    const { lintFiles } = await import("./review/lint-command.ts");
    const { formatHuman, summaryLine, toJson } = await import("./diagnostics/print.ts");
    const { hasErrors } = await import("./diagnostics/diagnostic.ts");
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
    const folders =
      name === "schema"
        ? 0
        : name === "nouveau"
          ? 3
          : name === "modele"
            ? 2
            : name === "dossier"
              ? Infinity
              : 1;
    if (parsed.positionals.length > folders) {
      throw new Error(
        folders === 0
          ? `actes schema ne lit pas de données ; pour écrire les schémas dans ${join(parsed.positionals[0] ?? "data", SCHEMAS_FOLDER)}, tapez : actes schema --out ${join(parsed.positionals[0] ?? "data", SCHEMAS_FOLDER)}`
          : `${folders === 3 ? "trois arguments au plus" : folders === 2 ? "deux arguments au plus" : `un seul ${name === "importer" ? "fichier" : "dossier"}`} attendu${folders === 3 || folders === 2 ? "s" : ""}, ${parsed.positionals.length} donnés`,
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
  if (name in WRITE_COMMANDS) {
    return await WRITE_COMMANDS[name as keyof typeof WRITE_COMMANDS](
      parsed.positionals,
      values,
      io,
    );
  }
  // Data commands: the engine is loaded only for them (lint, diff, help start faster).
  const { runDataCommand } = await import("./cli-data.ts");
  return await runDataCommand(name, parsed.positionals[0], values, io);
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
