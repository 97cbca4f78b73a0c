// A batch large enough for the render workers (the default data 3×: about a hundred acts) goes
// through the JSON queue, two workers and two documents in flight each: every file it writes
// has the bytes of the same batch rendered in this thread alone (jobs 1).
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scaleData } from "../../bench/scale-data.ts";
import { generate } from "../../src/pipeline.ts";
import { MIN_DOCS_PER_WORKER, workerCount } from "../../src/render/pool.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const tmp = mkdtempSync(join(tmpdir(), "actes-pool-batch-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function hashes(data: string, jobs: number): Promise<Record<string, string>> {
  const out = join(tmp, `out-${jobs}`);
  const result = await generate({
    dataDir: data,
    templatesDir: join(import.meta.dirname, "..", "..", "templates"),
    outDir: out,
    only: [],
    formats: ["docx", "pdf", "txt"],
    draft: true,
    jobs,
  });
  expect(result.failed).toEqual([]);
  const files = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) =>
    /\.(docx|pdf|txt)$/.test(f),
  );
  return Object.fromEntries(
    files.map((f) => [
      f,
      createHash("sha256")
        .update(readFileSync(join(out, f)))
        .digest("hex"),
    ]),
  );
}

describe("a batch rendered by the workers", () => {
  it("writes the bytes of the same batch rendered in this thread", async () => {
    const data = join(tmp, "data");
    scaleData(DEFAULT_DATA, data, 3);
    const byWorkers = await hashes(data, 2);
    const count = Object.keys(byWorkers).length / 3;
    // Enough acts for two workers: the path under test is the one taken.
    expect(workerCount(count, 2)).toBe(2);
    expect(count).toBeGreaterThanOrEqual(2 * MIN_DOCS_PER_WORKER);
    expect(await hashes(data, 1)).toEqual(byWorkers);
  }, 180_000);
});
