// Issue 8 §3 (the template files): a template or common block that is not valid UTF-8 is one
// French error naming the file, line and column, before anything is written.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadTemplates } from "../../src/document/templates.ts";
import { generate } from "../../src/pipeline.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const TEMPLATES = join(import.meta.dirname, "..", "..", "templates");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function templatesWith(rel: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "actes-templates-"));
  dirs.push(dir);
  cpSync(TEMPLATES, dir, { recursive: true });
  writeFileSync(join(dir, rel), content);
  return dir;
}

describe("template files are read as UTF-8, checked", () => {
  it("a Latin-1 byte in a template: ENCODAGE_INVALIDE at its line and column", () => {
    const dir = templatesWith(
      "avenant-fpel.hbs",
      Buffer.concat([Buffer.from("<document>\n<p>Arr"), Buffer.from([0xea]), Buffer.from("t</p>")]),
    );
    const { value, diagnostics } = loadTemplates(dir);
    expect(value).toBeUndefined();
    expect(
      diagnostics.map((d) => [
        d.file.slice(dir.length + 1),
        d.code,
        d.start?.line,
        d.start?.column,
      ]),
    ).toEqual([["avenant-fpel.hbs", "ENCODAGE_INVALIDE", 2, 7]]);
  });

  it("a common block that is not UTF-8: the same, naming the block's file", () => {
    const dir = templatesWith("partials/signature.hbs", Buffer.from([0x3c, 0x70, 0x3e, 0xff]));
    const { diagnostics } = loadTemplates(dir);
    expect(diagnostics.map((d) => [d.file.slice(dir.length + 1), d.code])).toEqual([
      ["partials/signature.hbs", "ENCODAGE_INVALIDE"],
    ]);
  });

  it("generate writes nothing when a template is unreadable", async () => {
    const dir = templatesWith("avenant-ag.hbs", Buffer.from([0xc3, 0x28]));
    const out = join(dir, "out");
    const result = await generate({
      dataDir: DEFAULT_DATA,
      templatesDir: dir,
      outDir: out,
      only: [],
      formats: ["txt"],
      draft: true,
      jobs: 1,
    });
    expect(result.written).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toContain("ENCODAGE_INVALIDE");
  });
});
