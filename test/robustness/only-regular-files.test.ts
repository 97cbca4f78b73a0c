// Issue 8 §5: only regular files are read. A FIFO in the data folder made `validate` hang, a
// link to /dev/zero was read without end; a link may point inside the data folder, not out.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { computeFolder } from "../../src/pipeline.ts";
import { diagnose, FIXTURE, withFiles } from "../helpers/dataset.ts";

const outside = mkdtempSync(join(tmpdir(), "actes-outside-"));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

/** Diagnostics of a copy of the minimal fixture where `prepare` planted something. */
function planted(prepare: (dir: string) => void) {
  const { dir, cleanup } = withFiles({});
  try {
    prepare(dir);
    const result = computeFolder(dir);
    return result.diagnostics.map((d) => ({ ...d, file: d.file.slice(dir.length + 1) }));
  } finally {
    cleanup();
  }
}

const BETHUNE = join("partenaires", "ccas-bethune.yaml");

describe("only regular files are read", () => {
  it("a FIFO: refused at once, never waited on", () => {
    const found = planted((dir) => {
      rmSync(join(dir, BETHUNE));
      expect(spawnSync("mkfifo", [join(dir, BETHUNE)]).status).toBe(0);
    });
    expect(found.map((d) => [d.file, d.code, d.message])).toEqual([
      [BETHUNE, "FICHIER_SPECIAL", "pas un fichier ordinaire : un tube nommé (FIFO)"],
    ]);
  });

  it("a link to /dev/zero: refused, not read without end", () => {
    const found = planted((dir) => {
      rmSync(join(dir, BETHUNE));
      symlinkSync("/dev/zero", join(dir, BETHUNE));
    });
    expect(found.map((d) => [d.file, d.code])).toEqual([[BETHUNE, "FICHIER_SPECIAL"]]);
    expect(found[0]?.message).toBe("lien vers un fichier hors du dossier de données");
  });

  it("a link to a valid file outside the data folder: refused, naming the target", () => {
    const target = join(outside, "ccas-bethune.yaml");
    copyFileSync(join(FIXTURE, BETHUNE), target);
    const found = planted((dir) => {
      rmSync(join(dir, BETHUNE));
      symlinkSync(target, join(dir, BETHUNE));
    });
    expect(found.map((d) => [d.file, d.code, d.found])).toEqual([
      [BETHUNE, "FICHIER_SPECIAL", target],
    ]);
  });

  it("a link to a file inside the data folder: read like the file", () => {
    const found = planted((dir) => {
      symlinkSync("ccas-bethune.yaml", join(dir, "partenaires", "ccas-bethune-bis.yaml"));
    });
    expect(found.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("a folder named like a partner file: ignored with a warning, never read", () => {
    const found = planted((dir) => mkdirSync(join(dir, "partenaires", "samps.yaml")));
    expect(found.map((d) => [d.file, d.code, d.message])).toEqual([
      [
        join("partenaires", "samps.yaml"),
        "FICHIER_IGNORE",
        "dossier ignoré : partenaires/ ne lit que les fichiers <id>.yaml",
      ],
    ]);
  });

  it("a regular file over the cap is refused before it is read", () => {
    const { diagnostics } = diagnose({ [BETHUNE]: `nom: ${"a".repeat(1024 * 1024)}\n` });
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([[BETHUNE, "FICHIER_TROP_GROS"]]);
  });

  it("the CLI on a data folder holding a FIFO ends, with exit 1 and the French message", () => {
    const { dir, cleanup } = withFiles({});
    try {
      rmSync(join(dir, BETHUNE));
      spawnSync("mkfifo", [join(dir, BETHUNE)]);
      writeFileSync(join(dir, "notes.txt"), "");
      const r = spawnSync(
        process.execPath,
        [join(import.meta.dirname, "..", "..", "bin", "actes.js"), "validate", dir],
        { encoding: "utf8", timeout: 20_000 },
      );
      expect(r.signal).toBeNull();
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("FICHIER_SPECIAL");
      expect(r.stderr).toContain("pas un fichier ordinaire : un tube nommé (FIFO)");
    } finally {
      cleanup();
    }
  });
});
