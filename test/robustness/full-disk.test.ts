// Issue 8 §1: a file under its final name is always complete, even on a full disk. A real full
// disk: a small tmpfs as the out folder (mounting needs root: CI runs as root; elsewhere the
// test is skipped with its reason). A first run writes two acts; the disk is then filled to
// a few kilobytes; a second run, whose acts differ, must fail them, leave the first run's files
// as they were, leave no temporary file, and never say ✔ for what it did not write.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actes } from "../helpers/cli.ts";
import { DEFAULT_DATA, withFiles } from "../helpers/dataset.ts";

const base = mkdtempSync(join(tmpdir(), "actes-full-disk-"));
const mnt = join(base, "out");
mkdirSync(mnt);
const mounted =
  process.getuid?.() === 0 &&
  spawnSync("mount", ["-t", "tmpfs", "-o", "size=768k", "tmpfs", mnt]).status === 0;
if (!mounted) {
  console.warn("full-disk.test.ts sauté : monter un tmpfs demande d'être root (la CI l'est)");
}

const ONLY = ["--only", "avenant-fpel,convention-pole-emploi-autonomie"];
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
/** Every file of the out folder (the filler aside) with its hash. */
const snapshot = () =>
  Object.fromEntries(
    readdirSync(mnt, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(pdf|docx|txt|json)$/.test(f))
      .sort()
      .map((f) => [f, sha(join(mnt, f))]),
  );

afterAll(() => {
  if (mounted) spawnSync("umount", [mnt]);
  rmSync(base, { recursive: true, force: true });
});

describe.skipIf(!mounted)("a full disk", () => {
  let before: Record<string, string> = {};
  let second: Awaited<ReturnType<typeof actes>>;
  // The second run's data: the CAF renamed, so that every file of the FPEL avenant changes.
  const caf = "partenaires/caf-pas-de-calais.yaml";
  const renamed = withFiles(
    {
      [caf]: readFileSync(join(DEFAULT_DATA, caf), "utf8").replace(
        /^nom: .*$/m,
        "nom: Caisse d'Allocations Familiales du Pas-de-Calais (Arras)",
      ),
    },
    DEFAULT_DATA,
  );
  afterAll(() => renamed.cleanup());

  beforeAll(async () => {
    const first = await actes(["generate", DEFAULT_DATA, "--draft", "--out", mnt, ...ONLY]);
    expect(first.code, first.err).toBe(0);
    before = snapshot();
    // Fill the disk, leaving less than one PDF's room.
    const fd = openSync(join(mnt, "remplissage"), "w");
    const block = Buffer.alloc(4096, 1);
    try {
      while (statfsSync(mnt).bavail * statfsSync(mnt).bsize > 16 * 1024) writeSync(fd, block);
    } catch {
      // ENOSPC: full.
    } finally {
      closeSync(fd);
    }
    second = await actes(["generate", renamed.dir, "--draft", "--out", mnt, ...ONLY]);
  });

  it("fails the acts it cannot write, exit 1, with a French message", () => {
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/ACTE_EN_ECHEC .*écriture impossible/);
    expect(second.err).toMatch(/✖ \d actes? non générés?/);
  });

  it("leaves every file of the first run as it was, and no temporary file", () => {
    expect(snapshot()).toEqual(before);
    const temporaries = readdirSync(mnt, { recursive: true, encoding: "utf8" }).filter((f) =>
      /\.\d+$/.test(f),
    );
    expect(temporaries).toEqual([]);
  });

  it("never says ✔ for an act or a manifest it did not write", () => {
    // Nothing of the second run fits: no act written, so no « ✔ … écrit » line at all.
    expect(second.out).not.toMatch(/✔/);
    const manifest = JSON.parse(readFileSync(join(mnt, "manifest.json"), "utf8")) as {
      documents: { files: Record<string, string>; sha256: Record<string, string> }[];
    };
    // The manifest on disk describes the files on disk.
    for (const d of manifest.documents) {
      for (const [format, file] of Object.entries(d.files)) {
        expect(sha(join(mnt, file)), file).toBe(d.sha256[format]);
      }
    }
  });
});
