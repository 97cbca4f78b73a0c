// The worker pool gives the same bytes as rendering in this thread, and a failing document
// fails alone.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/document/model.ts";
import { loadTemplates } from "../../src/document/templates.ts";
import { assessActs, computeFolder } from "../../src/pipeline.ts";
import { renderFormats } from "../../src/render/formats.ts";
import { type RenderResult, renderMany } from "../../src/render/pool.ts";
import { sha256 } from "../../src/write/manifest.ts";
import { SAMPLE_DOCUMENT } from "../fixtures/sample-document.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const BROKEN: DocumentModel = {
  ...SAMPLE_DOCUMENT,
  // A control character XML cannot hold: the DOCX renderer refuses it.
  blocks: [{ kind: "paragraph", runs: [{ text: "bip \u0007" }] }],
};

describe("render pool", () => {
  it("two worker threads render the same bytes as this thread, in input order", async () => {
    const docs = [SAMPLE_DOCUMENT, { ...SAMPLE_DOCUMENT, draft: true }, SAMPLE_DOCUMENT, BROKEN];
    const results: RenderResult[] = [];
    await renderMany(
      docs,
      ["docx", "pdf", "txt"],
      2,
      (i, r) => {
        results[i] = r;
      },
      1,
    );
    const here = await renderFormats(SAMPLE_DOCUMENT, ["docx", "pdf", "txt"]);
    for (const i of [0, 2]) {
      const r = results[i];
      expect(r?.ok).toBe(true);
      if (r?.ok) {
        for (const f of ["docx", "pdf", "txt"] as const)
          expect(sha256(r.files[f] ?? "")).toBe(sha256(here[f] ?? ""));
      }
    }
    expect(results[1]?.ok).toBe(true);
    expect(results[3]?.ok).toBe(false);
    expect(results[3]?.ok === false && results[3].error).toMatch(/XML/);
  });

  it("a document queued as JSON renders the same bytes, in this thread and in a worker", async () => {
    const json = JSON.stringify(SAMPLE_DOCUMENT);
    const here = await renderFormats(SAMPLE_DOCUMENT, ["docx", "pdf", "txt"]);
    for (const perWorker of [1, 100]) {
      const results: RenderResult[] = [];
      await renderMany(
        [json, json],
        ["docx", "pdf", "txt"],
        2,
        (i, r) => {
          results[i] = r;
        },
        perWorker,
      );
      expect(results).toHaveLength(2);
      for (const r of results) {
        expect(r?.ok).toBe(true);
        if (r?.ok)
          for (const f of ["docx", "pdf", "txt"] as const)
            expect(sha256(r.files[f] ?? "")).toBe(sha256(here[f] ?? ""));
      }
    }
  });

  it("every act's document survives JSON unchanged: no undefined, no Date, no class", () => {
    const computed = computeFolder(DEFAULT_DATA);
    const templates = loadTemplates(join(DEFAULT_DATA, "..", "templates"));
    if (!computed.value || !templates.value) throw new Error("default data");
    const assessed = assessActs(computed.value, computed.value.acts, templates.value);
    expect(assessed).toHaveLength(39);
    for (const a of assessed) expect(JSON.parse(JSON.stringify(a.doc))).toStrictEqual(a.doc);
  });

  it("a worker that crashes fails the document it was rendering, not the one waiting behind it", async () => {
    // Millions of words: pdfmake's objects for them exceed the worker's capped heap.
    const huge: DocumentModel = {
      ...SAMPLE_DOCUMENT,
      blocks: [{ kind: "paragraph", runs: [{ text: "mot ".repeat(3_000_000) }] }],
    };
    const results: RenderResult[] = [];
    // The first worker holds the huge document and the next one; the second, the last two.
    await renderMany(
      [huge, SAMPLE_DOCUMENT, SAMPLE_DOCUMENT, SAMPLE_DOCUMENT],
      ["pdf"],
      2,
      (i, r) => {
        results[i] = r;
      },
      1,
    );
    const here = await renderFormats(SAMPLE_DOCUMENT, ["pdf"]);
    expect(results[0]?.ok).toBe(false);
    expect(results[0]?.ok === false && results[0].error).toMatch(/memory/i);
    for (const i of [1, 2, 3]) {
      const r = results[i];
      expect(r?.ok).toBe(true);
      if (r?.ok) expect(sha256(r.files.pdf ?? "")).toBe(sha256(here.pdf ?? ""));
    }
  }, 60_000);
});
