// Issue 8 §3: every template and skeleton part is checked before the first write. A Word
// skeleton part that is not well-formed XML, a tag docxtemplater refuses or the renderer cannot
// fill: one French error naming the part (and, for XML, its line and column). A template that
// asks for a value an act lacks stops the run before anything is written. A table cell that
// renders empty still holds a paragraph, and every generated word/document.xml is checked.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import PizZip from "pizzip";
import { afterAll, describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/document/model.ts";
import { checkSkeleton, documentXmlProblem } from "../../src/render/docx/check.ts";
import { SKELETON_DIR } from "../../src/render/docx/skeleton.ts";
import { renderDocx } from "../../src/render/docx.ts";
import { SAMPLE_DOCUMENT } from "../fixtures/sample-document.ts";
import { actes } from "../helpers/cli.ts";
import { DEFAULT_DATA, withEdited } from "../helpers/dataset.ts";

const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
});

/** A copy of the Word skeleton with `part` changed by `edit`; its path ends with a slash. */
function skeletonWith(part: string, edit: (xml: string) => string): string {
  const { dir, cleanup } = withEdited(fileURLToPath(SKELETON_DIR), part, edit);
  cleanups.push(cleanup);
  return `${dir}/`;
}

describe("the Word skeleton, checked once before a run", () => {
  it("the shipped skeleton is sound", async () => {
    expect(await checkSkeleton()).toEqual([]);
  });

  it("a part that is not well-formed XML: named with its line and column", async () => {
    const dir = skeletonWith("word/header1.xml", (x) => x.replace("</w:hdr>", "</w:hdrr>"));
    const found = await checkSkeleton(dir);
    expect(found.map((d) => [d.file.slice(dir.length), d.code, d.start?.line])).toEqual([
      ["word/header1.xml", "MODELE_INVALIDE", expect.any(Number)],
    ]);
    expect(found[0]?.message).toMatch(/^squelette Word : XML mal formé/);
  });

  it("a tag left open: docxtemplater's explanation, in one error", async () => {
    const dir = skeletonWith("word/document.xml", (x) => x.replace("{@body}", "{@body"));
    const found = await checkSkeleton(dir);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/^squelette Word : balise « @body » : /);
  });

  it("a tag the renderer has no value for", async () => {
    const dir = skeletonWith("word/footer1.xml", (x) =>
      x.replace("</w:ftr>", "<w:p><w:r><w:t>{inconnu}</w:t></w:r></w:p></w:ftr>"),
    );
    const found = await checkSkeleton(dir);
    expect(found.map((d) => d.message)).toEqual([
      "squelette Word : aucune valeur pour la balise {inconnu} du squelette",
    ]);
  });
});

describe("generated document.xml", () => {
  it("an empty table cell holds a paragraph", () => {
    const doc: DocumentModel = {
      ...SAMPLE_DOCUMENT,
      blocks: [
        {
          kind: "table",
          widths: [1, 1],
          rows: [[{ blocks: [{ kind: "paragraph", runs: [{ text: "Durée" }] }] }, { blocks: [] }]],
        },
      ],
    };
    const xml = new PizZip(renderDocx(doc)).file("word/document.xml")?.asText() ?? "";
    expect(xml).toMatch(/<w:tc><w:tcPr>[\s\S]*?<\/w:tcPr><w:p\/><\/w:tc>/);
    expect(documentXmlProblem(xml)).toBeUndefined();
  });

  it("a cell without paragraph, a body without section: found before writing", () => {
    const body = (inner: string) =>
      `<w:document xmlns:w="w"><w:body>${inner}<w:sectPr/></w:body></w:document>`;
    expect(documentXmlProblem(body("<w:tbl><w:tr><w:tc><w:tcPr/></w:tc></w:tr></w:tbl>"))).toBe(
      "une cellule de tableau ne finit pas par un paragraphe (Word refuse le fichier)",
    );
    expect(documentXmlProblem('<w:document xmlns:w="w"><w:body><w:p/></w:body></w:document>')).toBe(
      "le corps du document ne finit pas par w:sectPr",
    );
    expect(documentXmlProblem(body("<w:p>"))).toMatch(/^word\/document\.xml mal formé, ligne 1/);
  });
});

describe("a template that asks for a value an act lacks", () => {
  it("stops the run before any write: no act, no manifest", async () => {
    const { dir: templates, cleanup } = withEdited(
      join(import.meta.dirname, "..", "..", "templates"),
      "avenant-fpel.hbs",
      (t) => t.replace("</document>", "<p>{{inconnu}}</p></document>"),
    );
    cleanups.push(cleanup);
    const out = mkdtempSync(join(tmpdir(), "actes-out-"));
    cleanups.push(() => rmSync(out, { recursive: true, force: true }));
    const r = await actes([
      "generate",
      DEFAULT_DATA,
      "--draft",
      "--out",
      out,
      "--templates",
      templates,
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("valeur inconnue « inconnu » dans le modèle");
    expect(r.err).toContain("aucun document écrit");
    expect(existsSync(join(out, "manifest.json"))).toBe(false);
    expect(existsSync(join(out, "cp-2022-11-21"))).toBe(false);
  });
});
