// The canonical text of one act as a draft, generated from the embedded data with some files
// replaced: what the tests of wording read. The out folder is outside the data folder (inside,
// the loader would take it for a session).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { generate } from "../../src/pipeline.ts";
import { DEFAULT_DATA, withFiles } from "./dataset.ts";

const TEMPLATES = join(import.meta.dirname, "..", "..", "templates");

/** No-break spaces read as spaces, so that expectations stay legible. */
export async function draftText(id: string, files: Record<string, string | null>): Promise<string> {
  const { dir, cleanup } = withFiles(files, DEFAULT_DATA);
  const out = mkdtempSync(join(tmpdir(), "actes-act-"));
  try {
    const result = await generate({
      dataDir: dir,
      templatesDir: TEMPLATES,
      outDir: out,
      only: [id],
      formats: ["txt"],
      draft: true,
      jobs: 1,
    });
    expect(result.failed).toEqual([]);
    expect(result.written).toHaveLength(1);
    const [entry] = result.written;
    return readFileSync(join(out, entry?.files.txt ?? ""), "utf8").replace(/[\u00a0\u202f]/g, " ");
  } finally {
    cleanup();
    rmSync(out, { recursive: true, force: true });
  }
}
