// The measured-paragraph cache (src/render/pdf/inline-cache.ts) wraps pdfmake's internal
// TextInlines.buildInlines to share measured paragraphs between documents. It must change no
// byte of any PDF: each act type is rendered here with the cache, twice (the second time from
// the cache), and in a fresh Node process that never installed it. An upgrade of pdfmake that
// the wrapper no longer fits fails this test, and so does one whose measure reads a style
// property the cache key leaves out.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build.ts";
import type { DocumentModel } from "../../src/document/model.ts";
import { loadTemplates } from "../../src/document/templates.ts";
import { computeFolder } from "../../src/pipeline.ts";
import { MEASURED_STYLE } from "../../src/render/pdf/inline-cache.ts";
import { pdfDefinition, printPdf } from "../../src/render/pdf.ts";
import { DEFAULT_DATA, ONE_OF_EACH } from "../helpers/dataset.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "actes-inline-cache-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The same words in other styles: a key that left a style out would serve the wrong measure. */
const SAME_WORDS: DocumentModel = {
  title: "mêmes mots",
  subject: "",
  letterhead: ["Article 1 : Objet de l'avenant"],
  draft: false,
  blocks: [
    { kind: "heading", level: 2, runs: [{ text: "Article 1 : Objet de l'avenant" }] },
    { kind: "paragraph", runs: [{ text: "Article 1 : Objet de l'avenant" }] },
    { kind: "paragraph", align: "right", runs: [{ text: "Article 1 : Objet de l'avenant" }] },
    { kind: "paragraph", runs: [{ text: "Article 1 : Objet de l'avenant", italic: true }] },
  ],
};

/** One act of each type, and a second AG avenant: its shared paragraphs come from the cache. */
function documents(): { id: string; doc: DocumentModel }[] {
  const computed = computeFolder(DEFAULT_DATA).value;
  const templates = loadTemplates(join(ROOT, "templates")).value;
  if (!computed || !templates) throw new Error("default data and templates are valid");
  const acts = [...ONE_OF_EACH, "cp-2022-11-21/avenant-ag/samps"].map((id) => {
    const act = computed.acts.find((a) => a.id === id);
    const template = act && templates.get(act.type);
    const doc = act && template && buildDocument(act, template, computed.data.departement, true);
    if (!doc?.value) throw new Error(`${id} builds`);
    return { id, doc: doc.value };
  });
  return [...acts, { id: "mêmes mots", doc: SAME_WORDS }];
}

/** The same documents printed by a new process that never installed the cache. */
function hashesWithoutCache(docs: readonly DocumentModel[]): string[] {
  const input = join(tmp, "documents.json");
  writeFileSync(input, JSON.stringify(docs));
  const script = `
    import { createHash } from "node:crypto";
    import { readFileSync } from "node:fs";
    import { pdfDefinition, printPdf } from "./src/render/pdf.ts";
    const docs = JSON.parse(readFileSync(${JSON.stringify(input)}, "utf8"));
    const hashes = [];
    for (const doc of docs) {
      const bytes = await printPdf(pdfDefinition(doc), { inlineCache: false });
      hashes.push(createHash("sha256").update(bytes).digest("hex"));
    }
    console.log(JSON.stringify(hashes));`;
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "--eval", script],
    { cwd: ROOT, encoding: "utf8" },
  );
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as string[];
}

describe("the measured-paragraph cache of the PDF", () => {
  it("keys on every style property pdfmake's measure reads", () => {
    const require = createRequire(import.meta.url);
    const read = new Set<string>();
    for (const file of ["TextInlines.js", "TextBreaker.js"]) {
      const source = readFileSync(require.resolve(`pdfmake/js/${file}`), "utf8");
      for (const m of source.matchAll(/getStyleProperty\([^,]+,\s*\w+,\s*'(\w+)'/g)) {
        read.add(m[1] ?? "");
      }
      // Any other way into the style stack would escape the key.
      expect(source, file).not.toMatch(/\.getProperty\(|styleOverrides/);
    }
    expect(read.size).toBeGreaterThan(20);
    expect([...MEASURED_STYLE].sort()).toEqual([...read].sort());
  });

  it("gives the same bytes as pdfmake without it, for each act type", async () => {
    const docs = documents();
    const cached: string[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (const [i, { doc }] of docs.entries()) {
        const hash = sha256(await printPdf(pdfDefinition(doc)));
        if (pass === 0) cached.push(hash);
        else expect(hash, `${docs[i]?.id}: second pass`).toBe(cached[i]);
      }
    }
    const uncached = hashesWithoutCache(docs.map((d) => d.doc));
    for (const [i, { id }] of docs.entries()) expect(cached[i], id).toBe(uncached[i]);
  });
});
