// The files of a data folder that the loader does not read: a warning each, so that a
// partner written in « ccas-arras.yml » is not silently left out of the acts. Hidden files
// (.DS_Store, .gitkeep, editors' swap files) are the system's, not the user's: never reported.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { closest } from "../diagnostics/suggest.ts";

/** What a folder of the layout may hold; everything else in it is reported. */
export interface FolderRule {
  /** Path of the folder relative to the data folder ("" for the data folder itself). */
  readonly rel: string;
  /** Names read as they are (files or folders). */
  readonly names: readonly string[];
  /** Whether any `*.yaml` file is read (partenaires/). */
  readonly anyYaml?: boolean;
  /** Whether PNG and JPEG images are expected (the letterhead logo that departement.yaml names). */
  readonly images?: boolean;
  /** Sub-folders read or skipped on purpose (sessions, schemas). */
  readonly folders?: readonly string[];
  /** Said in the message: what the folder is for. */
  readonly holds: string;
}

/** One warning per entry of `rule.rel` that the loader leaves out. */
export function ignoredFiles(
  dir: string,
  rule: FolderRule,
  isDir: (path: string) => boolean,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const names = readdirSync(join(dir, rule.rel)).sort();
  for (const name of names) {
    if (name.startsWith(".")) continue;
    const rel = rule.rel === "" ? name : `${rule.rel}/${name}`;
    const folder = isDir(join(dir, rel));
    if (folder ? rule.folders?.includes(name) : isRead(name, rule)) continue;
    if (!folder && readThroughCase(dir, rule, name, names)) continue;
    const hint = folder ? undefined : renameHint(name, rule);
    out.push({
      code: "FICHIER_IGNORE",
      severity: "warning",
      file: join(dir, rel),
      message: `${folder ? "dossier" : "fichier"} ignoré : ${rule.holds}`,
      ...(hint === undefined ? {} : { hint }),
    });
  }
  return out;
}

/**
 * « Seance.yaml » on a file system that ignores case (Windows, macOS) is read as seance.yaml:
 * not ignored. On one that does not, seance.yaml is missing, and that error says it.
 */
function readThroughCase(dir: string, rule: FolderRule, name: string, names: readonly string[]) {
  const expected = rule.names.find((n) => n.toLowerCase() === name.toLowerCase());
  return (
    expected !== undefined && !names.includes(expected) && existsSync(join(dir, rule.rel, expected))
  );
}

function isRead(name: string, rule: FolderRule): boolean {
  return (
    rule.names.includes(name) ||
    (rule.anyYaml === true && name.endsWith(".yaml")) ||
    (rule.images === true && /\.(?:png|jpe?g)$/i.test(name))
  );
}

/**
 * « Renommez-le en ccas-arras.yaml » for another spelling of the extension (.yml, .YAML),
 * « voulez-vous dire seance.yaml ? » for a misspelt fixed name.
 */
function renameHint(name: string, rule: FolderRule): string | undefined {
  const yaml = /^(.+)\.ya?ml$/i.exec(name);
  const renamed = yaml ? `${yaml[1]}.yaml` : undefined;
  if (renamed !== undefined && (rule.anyYaml || rule.names.includes(renamed))) {
    return `Renommez-le en ${renamed} : seuls les fichiers en .yaml sont lus.`;
  }
  const near = closest(renamed ?? name, rule.names);
  return near === undefined ? undefined : `Voulez-vous dire ${near} ? Renommez-le.`;
}
