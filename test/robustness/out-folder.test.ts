// Issue 8 §2: the out folder is ours, and only ours. A symbolic link planted in it — a session
// folder pointing elsewhere, an act's file pointing at a file outside — never makes a run write
// outside it; an out folder inside the data folder, or the data folder inside the out folder,
// is refused before anything is read or written.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { actes } from "../helpers/cli.ts";
import { DEFAULT_DATA, withFiles } from "../helpers/dataset.ts";

const base = mkdtempSync(join(tmpdir(), "actes-out-folder-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A folder outside the out folder, with one file a run must never touch. */
function elsewhere(name: string): { dir: string; file: string } {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "precieux.txt");
  writeFileSync(file, "ne pas écraser\n");
  return { dir, file };
}

describe("links planted in the out folder", () => {
  it("a session folder that is a link: its acts fail, nothing is written through it", async () => {
    const out = join(base, "out-1");
    const target = elsewhere("cible-1");
    mkdirSync(out);
    symlinkSync(target.dir, join(out, "cp-2022-12-13"));
    const r = await actes([
      "generate",
      DEFAULT_DATA,
      "--draft",
      "--out",
      out,
      "--only",
      "avenant-fpel,cp-2022-12-13",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `« ${join(out, "cp-2022-12-13")} » est un lien symbolique : rien n'est écrit à travers un lien dans le dossier de sortie`,
    );
    expect(readdirSync(target.dir)).toEqual(["precieux.txt"]);
    // The other session's act is written.
    expect(existsSync(join(out, "cp-2022-11-21/avenant-fpel/caf-pas-de-calais.projet.pdf"))).toBe(
      true,
    );
  });

  it("an act's file that is a link to a file outside: the file outside keeps its content", async () => {
    const out = join(base, "out-2");
    const target = elsewhere("cible-2");
    const pdf = join(out, "cp-2022-11-21/avenant-fpel/caf-pas-de-calais.projet.pdf");
    mkdirSync(join(out, "cp-2022-11-21/avenant-fpel"), { recursive: true });
    symlinkSync(target.file, pdf);
    const r = await actes([
      "generate",
      DEFAULT_DATA,
      "--draft",
      "--out",
      out,
      "--only",
      "avenant-fpel",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("est un lien symbolique");
    expect(readFileSync(target.file, "utf8")).toBe("ne pas écraser\n");
    // All or nothing: the act's other files were not written either.
    expect(existsSync(pdf.replace(/\.pdf$/, ".txt"))).toBe(false);
  });
});

describe("out and data folders apart", () => {
  it("--out inside the data folder: refused, nothing written", async () => {
    const { dir, cleanup } = withFiles({}, DEFAULT_DATA);
    try {
      const r = await actes(["generate", dir, "--draft", "--out", join(dir, "sortie")]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(
        `DOSSIER_SORTIE_INVALIDE  le dossier de sortie « ${join(dir, "sortie")} » est dans le dossier de données « ${dir} »`,
      );
      expect(existsSync(join(dir, "sortie"))).toBe(false);
    } finally {
      cleanup();
    }
  });

  it("the data folder inside --out: refused", async () => {
    const r = await actes(["generate", DEFAULT_DATA, "--draft", "--out", join(DEFAULT_DATA, "..")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("DOSSIER_SORTIE_INVALIDE");
    expect(r.err).toContain("est dans le dossier de sortie");
  });
});
