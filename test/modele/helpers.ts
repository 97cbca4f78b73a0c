// Real .docx files for the model tests: exported by the command, then edited the way Word edits
// them (XML of word/document.xml changed, runs split), or written from scratch (a legacy model).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { afterAll, expect } from "vitest";
import { exportModele, type ImportRequest, importModele } from "../../src/modele/command.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

export const TEMPLATES = join(import.meta.dirname, "..", "..", "templates");

/** A scratch folder removed after the file's tests. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "actes-modele-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The exported model of `type`, as bytes. */
export function exported(type: string): Uint8Array {
  const result = exportModele(type, TEMPLATES);
  if (!("bytes" in result)) throw new Error(JSON.stringify(result));
  return result.bytes;
}

/** `bytes` with word/document.xml passed through `edit`. */
export function editDocument(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const zip = new PizZip(bytes);
  const xml = zip.file("word/document.xml")?.asText() ?? "";
  const edited = edit(xml);
  expect(edited, "the edit changed nothing").not.toBe(xml);
  zip.file("word/document.xml", edited);
  return zip.generate({ type: "uint8array" });
}

/** Writes `bytes` in `dir` and imports it with the embedded data and templates. */
export function importBytes(
  dir: string,
  name: string,
  bytes: Uint8Array,
  options: Partial<ImportRequest> = {},
) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return importModele({
    file,
    ecrire: false,
    templatesDir: TEMPLATES,
    dataDir: DEFAULT_DATA,
    ...options,
  });
}

/** The messages of a refused import, one string each. */
export function messages(result: ReturnType<typeof importModele>): string[] {
  if (!("diagnostics" in result))
    throw new Error(`not refused: ${JSON.stringify(result).slice(0, 300)}`);
  return result.diagnostics.map((d) => d.message);
}

export const readText = (path: string) => readFileSync(path, "utf8");
