// The build (scripts/build.mjs: src/ bundled into plain JavaScript, what bin/actes.js runs once
// `npm ci` has built it) is the same engine as the sources: for one act of each type, the files
// the built CLI writes have the SHA-256 of those the sources write through tsx; `validate` and
// `figures --json` print the same; its render worker gives the bytes of this thread. Built into
// a folder of its own, next to dist/, so that no other test's CLI sees a half-written build.
// Apart from npm test (vitest.apart.config.ts): a build and two generations in fresh processes.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderFormats } from "../src/render/formats.ts";
import type { RenderReply, RenderRequest } from "../src/render/worker.ts";
import { sha256 } from "../src/write/manifest.ts";
import { SAMPLE_DOCUMENT } from "./fixtures/sample-document.ts";
import { DEFAULT_DATA, ONE_OF_EACH } from "./helpers/dataset.ts";

const ROOT = join(import.meta.dirname, "..");
const BUILD = `.build-test-${process.pid}`;
const tmp = mkdtempSync(join(tmpdir(), "actes-build-"));

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), BUILD], { cwd: ROOT });
});
afterAll(() => {
  rmSync(join(ROOT, BUILD), { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

/** `actes ARGS` from the built files or from the sources through tsx, in a fresh process. */
function actes(from: "build" | "src", args: string[]) {
  const entry = from === "build" ? `./${BUILD}/cli.mjs` : "./src/cli.ts";
  const script = `const { main } = await import(${JSON.stringify(entry)}); process.exitCode = await main(process.argv.slice(1));`;
  const r = spawnSync(
    process.execPath,
    [...(from === "src" ? ["--import", "tsx"] : []), "--input-type=module", "-e", script, ...args],
    { cwd: ROOT, encoding: "utf8" },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Every file under `dir` (manifest included), by relative path, with its SHA-256. */
function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((path) => [relative(dir, path), sha256(readFileSync(path))])
      .sort(([a], [b]) => (a ?? "").localeCompare(b ?? "")),
  );
}

describe("the build (dist/)", () => {
  it("writes, for one act of each type, the bytes the sources write", () => {
    const only = ONE_OF_EACH.flatMap((id) => ["--only", id]);
    const outs = { build: join(tmp, "build"), src: join(tmp, "src") };
    for (const from of ["build", "src"] as const) {
      const r = actes(from, ["generate", DEFAULT_DATA, "--draft", "--out", outs[from], ...only]);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
    }
    const built = hashes(outs.build);
    // Three formats per act, and the manifest.
    expect(Object.keys(built)).toHaveLength(3 * ONE_OF_EACH.length + 1);
    expect(built).toEqual(hashes(outs.src));
  });

  it("prints what the sources print for validate and figures --json", () => {
    for (const args of [
      ["validate", DEFAULT_DATA],
      ["figures", DEFAULT_DATA, "--json"],
    ]) {
      const [build, src] = [actes("build", args), actes("src", args)];
      expect(build.code).toBe(src.code);
      expect(build.out).toBe(src.out);
      expect(build.err).toBe(src.err);
    }
  });

  it("has a render worker that gives the bytes of this thread", async () => {
    const worker = new Worker(join(ROOT, BUILD, "worker-entry.mjs"));
    try {
      const reply = await new Promise<RenderReply>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
        worker.postMessage({
          index: 0,
          doc: SAMPLE_DOCUMENT,
          formats: ["docx", "pdf", "txt"],
          options: {},
        } satisfies RenderRequest);
      });
      expect(reply.ok).toBe(true);
      const here = await renderFormats(SAMPLE_DOCUMENT, ["docx", "pdf", "txt"]);
      for (const f of ["docx", "pdf", "txt"] as const) {
        expect(reply.ok && sha256(reply.files[f] ?? "")).toBe(sha256(here[f] ?? ""));
      }
    } finally {
      await worker.terminate();
    }
  });
});
