// Our own acts, generated in this process from the embedded data (all drafts: the data lacks
// the partners' SIRET, addresses, representatives): the three formats of an act extract to the
// same words, and the lint finds nothing in them, linted as drafts. A complete document linted
// as final is in fixtures.test.ts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeFolder, generate } from "../../src/pipeline.ts";
import { compareMain } from "../../src/review/compare-command.ts";
import { extractFile, type FileKind } from "../../src/review/extract/index.ts";
import { words } from "../../src/review/extract/paragraph.ts";
import { lintFiles } from "../../src/review/lint-command.ts";
import type { ManifestEntry } from "../../src/write/manifest.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";
import { line } from "./helpers.ts";

const TEMPLATES = join(import.meta.dirname, "..", "..", "templates");
const tmp = mkdtempSync(join(tmpdir(), "actes-review-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let all: readonly ManifestEntry[] = [];
let oneOfEachType: readonly ManifestEntry[] = [];
let failed: readonly unknown[] = [];
const path = (dir: string, entry: ManifestEntry, kind: FileKind) =>
  join(tmp, dir, entry.files[kind] ?? `(no ${kind})`);

// The 33 acts in text (the lint's main input), one act of each type in all three formats.
beforeAll(async () => {
  const options = { templatesDir: TEMPLATES, only: [], draft: true, jobs: 1 } as const;
  const run = await generate({
    ...options,
    dataDir: DEFAULT_DATA,
    outDir: join(tmp, "txt"),
    formats: ["txt"],
  });
  all = run.written;
  failed = run.failed;
  // The first act of each type in id order (the order acts are written in is not fixed).
  const sorted = [...all].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const firsts = [
    ...new Map(sorted.reverse().map((e) => [e.type, e.id.split("/").slice(1).join("/")])).values(),
  ];
  oneOfEachType = (
    await generate({
      ...options,
      dataDir: DEFAULT_DATA,
      outDir: join(tmp, "all"),
      only: firsts,
      formats: ["docx", "pdf", "txt"],
    })
  ).written;
});

describe("generated acts", () => {
  it("are every act of the data, one of each of the 11 types in three formats", () => {
    expect(failed).toEqual([]);
    expect(all).toHaveLength(computeFolder(DEFAULT_DATA).value?.acts.length ?? -1);
    expect(oneOfEachType.map((e) => e.type).sort()).toEqual([
      "avenant-ag",
      "avenant-cllaj",
      "avenant-cooperation-pole-emploi",
      "avenant-duree",
      "avenant-fpel",
      "avenant-pole-emploi-spie",
      "avenant-referent-solidarite",
      "avenant-spie-etat",
      "convention-attributive-bassin-minier",
      "convention-bassin-minier",
      "convention-pole-emploi-autonomie",
    ]);
  });

  it("extract to the same words from DOCX, PDF and TXT, for each act type", async () => {
    for (const entry of oneOfEachType) {
      const read = async (kind: FileKind) =>
        (await extractFile(path("all", entry, kind), kind)).paragraphs.flatMap((p) =>
          words(p.text),
        );
      const txt = await read("txt");
      expect(txt.length, entry.id).toBeGreaterThan(300);
      expect(await read("docx"), `${entry.id} docx`).toEqual(txt);
      expect(await read("pdf"), `${entry.id} pdf`).toEqual(txt);
    }
  });

  it("compare: DOCX against PDF, and TXT against DOCX, say the same words (exit 0)", async () => {
    for (const entry of oneOfEachType) {
      for (const [a, b] of [
        ["docx", "pdf"],
        ["txt", "docx"],
      ] as const) {
        const r = await compareMain([path("all", entry, a), path("all", entry, b)], false);
        expect([r.exitCode, r.stdout.split("\n")[1]], `${entry.id} ${a} → ${b}`).toEqual([
          0,
          "Mêmes mots, dans le même ordre (la mise en page n'est pas comparée)",
        ]);
      }
    }
  });

  it("lint clean: every draft (the 33 acts) as a draft, in text", async () => {
    const { diagnostics } = await lintFiles(
      all.map((e) => path("txt", e, "txt")),
      { final: false },
    );
    expect(diagnostics.map(line)).toEqual([]);
  });

  it("lint clean: one act of each type as DOCX and PDF", async () => {
    const files = oneOfEachType.flatMap((e) => [path("all", e, "docx"), path("all", e, "pdf")]);
    expect((await lintFiles(files, { final: false })).diagnostics.map(line)).toEqual([]);
  });

  it("but a draft presented as final has its values to complete reported", async () => {
    const { diagnostics } = await lintFiles([path("txt", all[0] as ManifestEntry, "txt")], {
      final: true,
    });
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(["TEXTE_A_COMPLETER"]));
  });
});
