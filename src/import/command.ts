// `actes importer FICHIER --seance DOSSIER`: a répartition from Excel or CSV → the session's
// operations.yaml. Read → header → rows → YAML → the engine's judgement on the whole data folder
// → an atomic write; every problem of every stage is reported at once, with its cell, and
// nothing is written while one remains.
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, extname, join, relative } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { DATA_FILE_KINDS, schemaComment } from "../model/json-schema.ts";
import { writeAtomic } from "../write/atomic.ts";
import { yamlText } from "../write/yaml.ts";
import { type Built, buildOperations } from "./build.ts";
import { readCsv } from "./csv.ts";
import { columnLetters, type Grid } from "./grid.ts";
import { type Header, readHeader } from "./header.ts";
import { knownPartners, trialRun } from "./trial.ts";

export interface ImportOptions {
  readonly file: string;
  readonly seance: string;
  readonly feuille?: string;
  readonly remplacer: boolean;
}

/** What the CLI prints: a usage problem (exit 2), diagnostics (exit 1), or what was written. */
export type ImportResult =
  | { readonly usage: string }
  | { readonly diagnostics: readonly Diagnostic[] }
  | {
      readonly written: string;
      readonly summary: string;
      readonly warnings: readonly Diagnostic[];
    };

export async function importRepartition(options: ImportOptions): Promise<ImportResult> {
  const { file, seance } = options;
  const target = join(seance, "operations.yaml");
  const dataDir = dirname(seance);
  if (!existsSync(join(seance, "seance.yaml"))) {
    return {
      usage: `${seance} n'est pas un dossier de séance (pas de seance.yaml) ; une séance se crée avec : actes nouveau seance AAAA-MM-JJ`,
    };
  }
  if (existsSync(target) && !options.remplacer) {
    return { diagnostics: [existing(target)] };
  }
  const read = await readGrid(file, basename(seance), options.feuille);
  if ("usage" in read) return read;
  const { header, diagnostics } = readHeader(read.grid);
  if (!header) return { diagnostics };
  const built = buildOperations(read.grid, header, knownPartners(dataDir));
  const value = built.value;
  if (!value) return { diagnostics: built.diagnostics };
  const text = operationsYaml(read.grid, header, value);
  const trial = trialRun(dataDir, { [relative(dataDir, target)]: text });
  const located = trial.diagnostics.map((d) => (d.file === target ? atCell(d, value) : d));
  if (!trial.value) return { diagnostics: located };
  writeAtomic(target, text);
  const { lines, totals } = value;
  const acts = trial.value.acts.filter((a) => a.seance.id === basename(seance)).length;
  const sheet = read.grid.sheet === undefined ? "" : `, feuille « ${read.grid.sheet} »`;
  return {
    written: target,
    warnings: located,
    summary:
      `✔ ${target} écrit depuis ${file}${sheet} : ${lines} ligne${lines > 1 ? "s" : ""} d'allocation, ${acts} acte${acts > 1 ? "s" : ""}\n` +
      (header.ignored.length > 0
        ? `  colonnes ignorées : ${header.ignored.map((h) => `« ${h} »`).join(", ")}\n`
        : "") +
      (totals.length > 0 ? `  lignes de total ignorées : ${totals.join(", ")}\n` : ""),
  };
}

export function existing(
  path: string,
  message = `${path} existe déjà : il n'est remplacé qu'avec --remplacer`,
): Diagnostic {
  return { code: "FICHIER_EXISTANT", severity: "error", file: path, message };
}

async function readGrid(
  file: string,
  session: string,
  feuille: string | undefined,
): Promise<{ grid: Grid } | { usage: string }> {
  const ext = extname(file).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".csv") {
    return { usage: `${file} : un fichier .xlsx ou .csv est attendu` };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return {
      usage: `${file} illisible (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    };
  }
  if (ext === ".csv") return { grid: readCsv(file, bytes) };
  const { readXlsx } = await import("./xlsx.ts");
  const read = await readXlsx(file, bytes, { session, ...(feuille ? { asked: feuille } : {}) });
  return "error" in read ? { usage: read.error } : read;
}

/** The engine's diagnostic on the YAML written → the same at the cell the field comes from. */
function atCell(d: Diagnostic, built: Built): Diagnostic {
  const parts = (d.field ?? "").split(/(?=[.[])/);
  for (let n = parts.length; n > 0; n--) {
    const place = built.places.get(parts.slice(0, n).join(""));
    if (!place) continue;
    const { start: _start, end: _end, ...rest } = d;
    return {
      ...rest,
      ...place.where,
      field:
        n === parts.length
          ? `colonne « ${place.column} »`
          : `colonne « ${place.column} » (${d.field})`,
    };
  }
  return d;
}

function operationsYaml(grid: Grid, header: Header, built: Built): string {
  const kind = DATA_FILE_KINDS.find((k) => k.name === "operations");
  const where = (i: number) => (grid.sheet === undefined ? `${i + 1}` : columnLetters(i));
  const source = `${basename(grid.file)}${grid.sheet === undefined ? "" : `, feuille « ${grid.sheet} »`}`;
  return yamlText(built.value, {
    header: [
      ...(kind ? [schemaComment(kind).slice(2)] : []),
      `Écrit par « actes importer » depuis ${source} :`,
      "  une ligne d'allocation par ligne du tableau, chaque intitulé et chaque partenaire suivi",
      "  de sa cellule. Colonnes lues :",
      ...wrapped(header.columns.map((m) => `${where(m.index)} ${m.written}`)),
      "Les totaux ne sont pas recopiés : le moteur les calcule.",
    ],
    after: built.comments,
    flowKeys: ["periode", "convention", "acte"],
  });
}

/** « A thématique, B opération, … » in lines of 100 characters at most, indented. */
function wrapped(items: readonly string[]): string[] {
  const lines: string[] = [];
  for (const [i, item] of items.entries()) {
    const piece = `${item}${i === items.length - 1 ? "." : ","}`;
    const last = lines.at(-1);
    if (last !== undefined && last.length + piece.length + 1 <= 98)
      lines[lines.length - 1] = `${last} ${piece}`;
    else lines.push(`  ${piece}`);
  }
  return lines;
}
