// `actes ecarts`: the variance tables of the acts selected, printed and written in the formats
// asked for. The CLI has already read the data and chosen the acts; this writes and prints.
import type { Act } from "../../compute/acts.ts";
import type { Template } from "../../document/templates.ts";
import type { Departement } from "../../model/departement.ts";
import { writeAtomic } from "../../write/atomic.ts";
import { csvTables, htmlTables, jsonTables, terminalTables } from "./outputs.ts";
import { varianceTables } from "./variance.ts";

export { ECARTS_HELP } from "../help.ts";

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
