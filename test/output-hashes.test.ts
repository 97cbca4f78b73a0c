// The bytes of every file `actes generate --draft` writes for the default data, against the
// hashes committed in test/golden/sha256.json: an optimisation of the renderers (issue 11) must
// not change one byte. A change of wording or data changes them on purpose: then
// `npx vitest run test/output-hashes.test.ts -u` rewrites the file, and the diff shows which
// outputs moved.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../src/pipeline.ts";
import { DEFAULT_DATA } from "./helpers/dataset.ts";

const out = mkdtempSync(join(tmpdir(), "actes-hashes-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the bytes of the generated files", () => {
  it("are those committed, for the 39 acts in the three formats and the manifest", async () => {
    const result = await generate({
      dataDir: DEFAULT_DATA,
      templatesDir: join(import.meta.dirname, "..", "templates"),
      outDir: out,
      only: [],
      formats: ["docx", "pdf", "txt"],
      draft: true,
      jobs: 1,
    });
    expect(result.failed).toEqual([]);
    const files = readdirSync(out, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(docx|pdf|txt|json)$/.test(f))
      .sort();
    expect(files).toHaveLength(39 * 3 + 1);
    const hashes = Object.fromEntries(
      files.map((f) => [
        f,
        createHash("sha256")
          .update(readFileSync(join(out, f)))
          .digest("hex"),
      ]),
    );
    await expect(`${JSON.stringify(hashes, null, 2)}\n`).toMatchFileSnapshot("golden/sha256.json");
  });
});
