// Finds the data files of a folder: which file holds which kind of data.
// Layout: departement.yaml, lignes-budgetaires.yaml, partenaires/<id>.yaml,
// and one folder per CP session holding seance.yaml, operations.yaml when the session has
// allocation lines, and actes.yaml when it has acts declared one by one (at least one of the
// two); schemas/ holds the
// JSON Schemas that editors read (never data). Any other file is reported, never read.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { type FolderRule, ignoredFiles } from "./ignored-files.ts";

/** The folder of the JSON Schemas inside a data folder (`actes schema` writes there). */
export const SCHEMAS_FOLDER = "schemas";

export interface DataFile {
  /** Absolute or cwd-relative path to read. */
  readonly path: string;
  /** The name shown in diagnostics: the folder as the user wrote it, then the relative path. */
  readonly file: string;
  /** The data folder: a link may point inside it, never out of it. */
  readonly root: string;
}

export interface DataFolder {
  readonly departement: DataFile;
  readonly lignes: DataFile;
  readonly partenaires: readonly (DataFile & { readonly id: string })[];
  readonly seances: readonly {
    id: string;
    seance: DataFile;
    /** operations.yaml, when the session has allocation lines. */
    operations?: DataFile;
    /** actes.yaml, when the session has one. */
    actes?: DataFile;
  }[];
}

export function findDataFiles(dir: string): { value?: DataFolder; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const at = (...parts: string[]): DataFile => ({
    path: join(dir, ...parts),
    file: join(dir, ...parts),
    root: dir,
  });
  const missing = (f: DataFile) =>
    diagnostics.push({
      code: "FICHIER_MANQUANT",
      severity: "error",
      file: f.file,
      message: `fichier obligatoire absent : ${f.file}`,
    });
  if (!isDir(dir)) {
    return {
      diagnostics: [
        {
          code: "DOSSIER_INTROUVABLE",
          severity: "error",
          file: dir,
          message: `dossier de données introuvable : ${dir}`,
        },
      ],
    };
  }
  const departement = at("departement.yaml");
  const lignes = at("lignes-budgetaires.yaml");
  for (const f of [departement, lignes]) if (!existsSync(f.path)) missing(f);

  const partenairesDir = join(dir, "partenaires");
  const partenaires = isDir(partenairesDir)
    ? sorted(
        // A folder named x.yaml is no partner (ignored-files.ts warns about it); anything else
        // is read, and source.ts refuses what is not a regular file.
        readdirSync(partenairesDir, { withFileTypes: true })
          .filter((entry) => !entry.isDirectory())
          .map((entry) => entry.name),
      )
        .filter((name) => name.endsWith(".yaml"))
        .map((name) => ({ ...at("partenaires", name), id: name.slice(0, -".yaml".length) }))
    : [];
  if (!isDir(partenairesDir)) missing(at("partenaires/"));

  const seances = sorted(readdirSync(dir))
    .filter(
      (name) =>
        name !== "partenaires" &&
        name !== SCHEMAS_FOLDER &&
        !name.startsWith(".") &&
        isDir(join(dir, name)),
    )
    .map((id) => {
      const actes = at(id, "actes.yaml");
      const operations = at(id, "operations.yaml");
      return {
        id,
        seance: at(id, "seance.yaml"),
        ...(existsSync(operations.path) ? { operations } : {}),
        ...(existsSync(actes.path) ? { actes } : {}),
      };
    });
  for (const s of seances) {
    if (!existsSync(s.seance.path)) missing(s.seance);
    // A session with acts declared one by one may have no allocation lines (CP of 17 October
    // 2022: two conventions with the State); one with neither file has nothing to produce.
    if (!s.operations && !s.actes) missing(at(s.id, "operations.yaml"));
  }

  const rules = layout(
    isDir(partenairesDir),
    seances.map((s) => s.id),
  );
  diagnostics.push(...rules.flatMap((rule) => ignoredFiles(dir, rule, isDir)));

  return { value: { departement, lignes, partenaires, seances }, diagnostics };
}

/** What each folder of the layout holds: anything else in it gets a warning. */
function layout(withPartenaires: boolean, sessions: readonly string[]): FolderRule[] {
  return [
    {
      rel: "",
      names: ["departement.yaml", "lignes-budgetaires.yaml"],
      images: true,
      folders: ["partenaires", SCHEMAS_FOLDER, ...sessions],
      holds:
        "le dossier de données contient departement.yaml, lignes-budgetaires.yaml, partenaires/, un dossier par séance et le logo (PNG ou JPEG)",
    },
    ...(withPartenaires
      ? [
          {
            rel: "partenaires",
            names: [],
            anyYaml: true,
            holds: "partenaires/ ne lit que les fichiers <id>.yaml",
          },
        ]
      : []),
    ...sessions.map((rel) => ({
      rel,
      names: ["seance.yaml", "operations.yaml", "actes.yaml"],
      holds:
        "un dossier de séance contient seance.yaml, et operations.yaml (ses lignes d'allocation) ou actes.yaml (ses actes déclarés), ou les deux",
    })),
  ];
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Code-point order, independent of the machine's locale. */
function sorted(names: string[]): string[] {
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
