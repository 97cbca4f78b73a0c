// A data file the engine is about to write, judged by the engine first: the data folder is
// copied to a temporary folder, the file put in it, and the whole folder loaded, validated and
// computed as `actes validate` does. Only a file that passes is then written, atomically.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type Computed, computeFolder } from "../compute-folder.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { findDataFiles } from "../load/data-folder.ts";
import { partenaireSchema } from "../model/partenaire.ts";
import { validateFile } from "../model/validate-file.ts";
import type { Known } from "./resolve.ts";

export interface Trial {
  readonly value?: Computed;
  /** File names are those of the real data folder. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Why: `files` (paths relative to `dataDir` → text) as the engine would judge them once written. */
export function trialRun(dataDir: string, files: Readonly<Record<string, string>>): Trial {
  const copy = mkdtempSync(join(tmpdir(), "actes-essai-"));
  try {
    cpSync(dataDir, copy, { recursive: true });
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(copy, rel)), { recursive: true });
      writeFileSync(join(copy, rel), text);
    }
    const result = computeFolder(copy);
    const real = (d: Diagnostic): Diagnostic =>
      d.file.startsWith(copy) ? { ...d, file: join(dataDir, d.file.slice(copy.length)) } : d;
    return {
      ...(result.value ? { value: result.value } : {}),
      diagnostics: result.diagnostics.map(real),
    };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** The partners of a data folder, with their names (read even when other files are wrong). */
export function knownPartners(dataDir: string): Known {
  const files = findDataFiles(dataDir).value?.partenaires ?? [];
  return new Map(
    files.map((f) => {
      const p = validateFile(f, partenaireSchema).value;
      return [f.id, p ? [p.nom, ...(p.sigle ? [p.sigle] : [])] : []];
    }),
  );
}
