// The font cache (src/render/pdf/font-cache.ts) patches fontkit's internals to parse each font
// once and to share shaped words between documents. It must change no byte of any PDF: each act
// type is rendered here with the cache, and in a fresh Node process that never installed it.
// An upgrade of fontkit or pdfkit that the patch no longer fits fails this test.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build.ts";
import type { DocumentModel } from "../../src/document/model.ts";
import { loadTemplates } from "../../src/document/templates.ts";
import { computeFolder } from "../../src/pipeline.ts";
import { pdfDefinition, printPdf } from "../../src/render/pdf.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "actes-font-cache-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** One act of each type of the default data (two AG avenants: shaped words are reused). */
function documents(): { id: string; doc: DocumentModel }[] {
  const computed = computeFolder(DEFAULT_DATA).value;
  const templates = loadTemplates(join(ROOT, "templates")).value;
  if (!computed || !templates) throw new Error("default data and templates are valid");
  const ids = [
    "cp-2022-11-21/avenant-ag/ccas-bethune",
    "cp-2022-11-21/avenant-ag/samps",
    "cp-2022-11-21/avenant-cllaj/4aj",
    "cp-2022-11-21/avenant-fpel/caf-pas-de-calais",
    "cp-2022-12-13/convention-pole-emploi-autonomie/pole-emploi-hdf",
  ];
  return ids.map((id) => {
    const act = computed.acts.find((a) => a.id === id);
    const template = act && templates.get(act.type);
    const doc = act && template && buildDocument(act, template, computed.data.departement, true);
    if (!doc?.value) throw new Error(`${id} builds`);
    return { id, doc: doc.value };
  });
}

/** The same documents printed by a new process, cache never installed. */
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
      const bytes = await printPdf(pdfDefinition(doc), { fontCache: false });
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

describe("the PDF font cache", () => {
  it("gives the same bytes as pdfmake without it, for each act type", async () => {
    const docs = documents();
    const cached: string[] = [];
    // Twice: the second pass takes every parsed font and shaped word from the cache.
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
