// Runs the pipeline on a copy of a fixture folder with some files replaced.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.ts";
import { computeFolder } from "../../src/pipeline.ts";

export const FIXTURE = join(import.meta.dirname, "..", "fixtures", "minimal");
export const DEFAULT_DATA = join(import.meta.dirname, "..", "..", "data");

/** One act of each type of the embedded data. */
export const ONE_OF_EACH = [
  "cp-2022-07-04/avenant-pole-emploi-spie/pole-emploi-hdf",
  "cp-2022-10-17/convention-attributive-bassin-minier/etat",
  "cp-2022-10-17/convention-bassin-minier/etat",
  "cp-2022-11-21/avenant-ag/ccas-bethune",
  "cp-2022-11-21/avenant-cllaj/4aj",
  "cp-2022-11-21/avenant-cooperation-pole-emploi/pole-emploi-hdf",
  "cp-2022-11-21/avenant-duree/eurasante",
  "cp-2022-11-21/avenant-fpel/caf-pas-de-calais",
  "cp-2022-11-21/avenant-referent-solidarite/passeport-forma",
  "cp-2022-11-21/avenant-spie-etat/etat",
  "cp-2022-12-13/convention-pole-emploi-autonomie/pole-emploi-hdf",
];

/**
 * A temporary copy of `from` with one file's text changed by `edit`: the project's templates
 * or Word skeleton with one fault put in. The copy is removed by `cleanup`.
 */
export function withEdited(
  from: string,
  rel: string,
  edit: (text: string) => string,
): { dir: string; cleanup: () => void } {
  return withFiles({ [rel]: edit(readFileSync(join(from, rel), "utf8")) }, from);
}

/** A temporary copy of `from` with `files` (relative path → content; null deletes) applied. */
export function withFiles(
  files: Record<string, string | Buffer | null>,
  from = FIXTURE,
): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "actes-test-"));
  cpSync(from, dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    if (content === null) rmSync(path, { force: true, recursive: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Diagnostics with file names relative to the data folder, as "file:line:column code". */
export function diagnose(files: Record<string, string | Buffer | null>, from = FIXTURE) {
  const { dir, cleanup } = withFiles(files, from);
  try {
    const result = computeFolder(dir);
    const rel = (d: Diagnostic) => ({ ...d, file: d.file.slice(dir.length + 1) });
    return { ok: result.value !== undefined, diagnostics: result.diagnostics.map(rel), result };
  } finally {
    cleanup();
  }
}

/** "cp-2022-11-21/seance.yaml:1:7 DATE_INVALIDE" — the one-line form tests compare. */
export function where(d: Diagnostic): string {
  return `${d.file}:${d.start?.line ?? "-"}:${d.start?.column ?? "-"} ${d.code}`;
}

/**
 * The files that make the embedded data's FPEL avenant complete (a SIRET, the convention's
 * number, the avenant's): an act that can be signed, for tests of finals next to drafts.
 */
export function completeFpelFiles(): Record<string, string> {
  const read = (rel: string) => readFileSync(join(DEFAULT_DATA, rel), "utf8");
  return {
    "partenaires/caf-pas-de-calais.yaml": read("partenaires/caf-pas-de-calais.yaml").replace(
      "siret: À COMPLÉTER",
      "siret: 73282932000074",
    ),
    "cp-2022-11-21/operations.yaml": read("cp-2022-11-21/operations.yaml").replace(
      "convention: { numero: À COMPLÉTER, date: 2020-12-08 }\n            avenant: À COMPLÉTER",
      "convention: { numero: 2020-01234, date: 2020-12-08 }\n            avenant: 2",
    ),
  };
}
