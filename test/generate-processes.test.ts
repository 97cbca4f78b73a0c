// `actes generate` run in a second process, next to this one: the same bytes under another time
// zone, and a run killed in the middle of its writes. Apart from npm test (vitest.apart.config.ts):
// each starts the CLI and renders acts in a fresh process.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../src/pipeline.ts";
import type { Format } from "../src/write/manifest.ts";
import { DEFAULT_DATA, ONE_OF_EACH } from "./helpers/dataset.ts";

const ROOT = join(import.meta.dirname, "..");
const tmp = mkdtempSync(join(tmpdir(), "actes-processes-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(out: string, options: { only: string[]; formats: Format[] }) {
  return generate({
    dataDir: DEFAULT_DATA,
    templatesDir: join(ROOT, "templates"),
    outDir: join(tmp, out),
    only: options.only,
    formats: options.formats,
    draft: true,
    jobs: 1,
  });
}

describe("actes generate in another process", () => {
  it("same data → byte-identical DOCX, PDF and TXT under another time zone", async () => {
    // This process against UTC+14 (or UTC−10 if this process is already at +14): two calendar
    // days apart from most zones, a day apart from any.
    const here = await run("tz-here", { only: ONE_OF_EACH, formats: ["docx", "pdf", "txt"] });
    expect(here.written).toHaveLength(ONE_OF_EACH.length);
    const offset = new Date(Date.UTC(2022, 0, 1)).getTimezoneOffset();
    const TZ = offset === -14 * 60 ? "America/Adak" : "Pacific/Kiritimati";
    const out = join(tmp, "tz-other");
    const r = spawnSync(
      process.execPath,
      [
        join(ROOT, "bin", "actes.js"),
        "generate",
        "--draft",
        "--out",
        out,
        ...ONE_OF_EACH.flatMap((id) => ["--only", id]),
      ],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, TZ } },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, "manifest.json"), "utf8")).toBe(
      readFileSync(join(tmp, "tz-here", "manifest.json"), "utf8"),
    );
  });

  it("an interrupted run leaves no truncated file under a final name", async () => {
    const out = join(tmp, "killed");
    const child = spawn(
      process.execPath,
      [join(ROOT, "bin", "actes.js"), "generate", "--draft", "--jobs", "1", "--out", out],
      { cwd: ROOT, stdio: "ignore" },
    );
    const exited = new Promise((r) => child.on("exit", r));
    // Killed as soon as the first act is on disk, whatever the machine's speed: the run is
    // then in the middle of writing the others.
    const finals = () =>
      existsSync(out)
        ? readdirSync(out, { recursive: true, encoding: "utf8" }).filter((rel) =>
            /\.(docx|pdf|txt)$/.test(rel),
          )
        : [];
    const deadline = Date.now() + 30_000;
    while (finals().length === 0 && child.exitCode === null && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill("SIGKILL");
    await exited;
    const files = finals();
    expect(files.length, "the run was killed before writing anything").toBeGreaterThan(0);
    for (const rel of files) {
      const path = join(out, rel);
      if (rel.endsWith(".pdf"))
        expect(readFileSync(path).toString("latin1").trimEnd().endsWith("%%EOF"), rel).toBe(true);
      if (rel.endsWith(".docx")) expect(() => new PizZip(readFileSync(path)), rel).not.toThrow();
      if (rel.endsWith(".txt")) expect(readFileSync(path, "utf8").endsWith("\n"), rel).toBe(true);
    }
  });
});
