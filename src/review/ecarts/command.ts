// `actes ecarts`: the variance tables of the acts selected, printed and written in the formats
// asked for. The CLI has already read the data and chosen the acts; this writes and prints.
import type { Act } from "../../compute/acts.ts";
import type { Template } from "../../document/templates.ts";
import type { Departement } from "../../model/departement.ts";
import { writeAtomic } from "../../write/atomic.ts";
import { csvTables, htmlTables, jsonTables, terminalTables } from "./outputs.ts";
import { varianceTables } from "./variance.ts";

export const ECARTS_HELP = `actes ecarts [DOSSIER] [--only TYPE|SÉANCE|…] [--html FICHIER] [--csv FICHIER]
             [--xlsx FICHIER] [--json]

Met côte à côte les actes d'un même type (par exemple les 24 avenants Accompagnement Global),
comme un tableau de publipostage : une ligne par acte, une colonne par valeur que le modèle
insère (lues dans le modèle lui-même). Signale ce qu'un relecteur regarde : une valeur encore
à compléter, une valeur qui diffère de celle de la plupart des actes du lot (une période, une
date), une clause présente dans certains actes seulement, un montant qui n'est pas places ×
coût de la place, et tout texte fixe qui différerait entre actes aux mêmes clauses (le modèle
est rendu à nouveau, chaque valeur marquée puis retirée : le reste est comparé).

Options :
  --only VALEUR     une séance, un type d'acte, un partenaire ou un acte (comme generate)
  --html FICHIER    une page HTML autonome, cellules signalées en jaune
  --csv FICHIER     CSV (séparateur « ; », UTF-8 avec BOM, pour Excel)
  --xlsx FICHIER    classeur Excel : une feuille par type d'acte, montants en nombres,
                    cellules signalées en jaune avec le constat en commentaire, et une
                    feuille « Constats »
  --json            les tableaux en JSON, au lieu du texte
  --templates DOSSIER  modèles (par défaut : ceux du projet)

Codes de sortie : 0 aucun constat, 1 au moins un constat, 2 usage ou écriture impossible.
`;

export interface EcartsOptions {
  readonly html?: string;
  readonly csv?: string;
  readonly xlsx?: string;
  readonly json?: boolean;
}

export async function ecartsCommand(
  acts: readonly Act[],
  templates: ReadonlyMap<string, Template>,
  departement: Departement,
  options: EcartsOptions,
): Promise<{ stdout: string; stderr: string; exitCode: 0 | 1 | 2; files: string[] }> {
  const tables = varianceTables(acts, templates, departement);
  const files: string[] = [];
  try {
    if (options.html !== undefined) {
      writeAtomic(options.html, htmlTables(tables, "Écarts entre actes"));
      files.push(options.html);
    }
    if (options.csv !== undefined) {
      writeAtomic(options.csv, csvTables(tables));
      files.push(options.csv);
    }
    if (options.xlsx !== undefined) {
      const { xlsxTables } = await import("./xlsx.ts");
      writeAtomic(options.xlsx, await xlsxTables(tables));
      files.push(options.xlsx);
    }
  } catch (error) {
    return {
      stdout: "",
      stderr: `actes ecarts : écriture impossible (${(error as Error).message})\n`,
      exitCode: 2,
      files,
    };
  }
  const stdout = options.json ? jsonTables(tables) : terminalTables(tables);
  const findings = tables.some((t) => t.findings.length > 0);
  return { stdout, stderr: "", exitCode: findings ? 1 : 0, files };
}
