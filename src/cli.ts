// argv → pipeline → printed result → exit code. The only module that touches process and the
// console. Exit codes: 0 ok, 1 data errors, 2 usage or internal error.
import { parseArgs } from "node:util";
import type { Diagnostic } from "./diagnostics/diagnostic.ts";
import { formatHuman, summaryLine, toJson } from "./diagnostics/print.ts";
import type { ParsedFile } from "./load/parse-yaml.ts";
import { computeFolder } from "./pipeline.ts";
import { figuresJson } from "./report/figures-json.ts";
import { figuresText } from "./report/figures-text.ts";

const USAGE = `actes — conventions et avenants de la DPID du Pas-de-Calais

Usage :
  actes validate [DOSSIER] [--json]   vérifie les données (par défaut : data)
  actes figures  [DOSSIER] [--json]   affiche chaque chiffre calculé et sa formule
  actes help [COMMANDE]               affiche cette aide

Codes de sortie : 0 succès, 1 erreurs dans les données, 2 usage ou erreur interne.
`;

const HELP: Record<string, string> = {
  validate: `actes validate [DOSSIER] [--json]

Lit toutes les données YAML du DOSSIER (par défaut : data), les valide et
recalcule les totaux. Affiche toutes les erreurs d'un coup, chacune avec
fichier:ligne:colonne, le champ, ce qui était attendu et ce qui a été trouvé.

Options :
  --json    les diagnostics sous forme de données (JSON)
  --help    cette aide
`,
  figures: `actes figures [DOSSIER] [--json]

Calcule et affiche, pour chaque acte, ses montants (total, avance, solde) et
comment ils sont obtenus ; puis les totaux par thématique, opération et ligne
budgétaire ; puis les valeurs encore à compléter.

Options :
  --json    {"acts":[…],"totals":{…},"missing":[…]} ; montants en euros "27500.00",
            dates "AAAA-MM-JJ"
  --help    cette aide
`,
};

interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    return run(argv, io);
  } catch (error) {
    io.err(`erreur interne : ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

function run(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    const topic = command === "help" ? rest[0] : undefined;
    io.out(topic && HELP[topic] ? HELP[topic] : USAGE);
    return command === undefined ? 2 : 0;
  }
  if (!(command in HELP)) {
    io.err(`commande inconnue « ${command} »\n\n${USAGE}`);
    return 2;
  }
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(rest);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${HELP[command]}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(HELP[command] ?? USAGE);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    io.err(`un seul dossier attendu, ${parsed.positionals.length} donnés\n\n${HELP[command]}`);
    return 2;
  }
  const dir = parsed.positionals[0] ?? "data";
  const json = parsed.values.json === true;
  const result = computeFolder(dir);
  if (!result.value) return printDiagnostics(result.diagnostics, result.sources, json, io);
  if (command === "figures") {
    io.out(
      json ? `${JSON.stringify(figuresJson(result.value), null, 2)}\n` : figuresText(result.value),
    );
    return 0;
  }
  if (json) io.out(`${JSON.stringify({ diagnostics: [] }, null, 2)}\n`);
  else {
    const c = result.value;
    io.out(
      `✔ données valides : ${c.data.partenaires.size} partenaires, ${c.data.seances.length} séances, ${c.lines.length} lignes, ${c.acts.length} actes ; ${c.gaps.length} valeurs à compléter (actes figures les liste)\n`,
    );
  }
  return 0;
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    const e = error as { code?: string; message: string };
    const option = /'([^']+)'/.exec(e.message)?.[1];
    throw new Error(
      e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
        ? `option inconnue « ${option ?? "?"} »`
        : `option invalide : ${e.message}`,
    );
  }
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
