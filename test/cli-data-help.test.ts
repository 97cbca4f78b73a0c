// What the CLI does for a person writing data: `actes schema`, « voulez-vous dire » on commands
// and options, and warnings (ignored files) printed without changing the exit code.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { actes } from "./helpers/cli.ts";
import { FIXTURE, withFiles } from "./helpers/dataset.ts";

const ROOT = join(import.meta.dirname, "..");

const tmp = mkdtempSync(join(tmpdir(), "actes-cli-data-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("actes schema", () => {
  it("writes the six schemas, byte for byte those the embedded data point at", async () => {
    const out = join(tmp, "schemas");
    const r = await actes(["schema", "--out", out]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain(`✔ 6 schémas JSON écrits dans ${out}/`);
    expect(r.out).toContain(
      "partenaires/<id>.yaml     # yaml-language-server: $schema=../schemas/partenaire.schema.json",
    );
    const names = readdirSync(out).sort();
    expect(names).toEqual([
      "actes.schema.json",
      "departement.schema.json",
      "lignes-budgetaires.schema.json",
      "operations.schema.json",
      "partenaire.schema.json",
      "seance.schema.json",
    ]);
    for (const name of names) {
      expect(readFileSync(join(out, name), "utf8"), name).toBe(
        readFileSync(join(ROOT, "data", "schemas", name), "utf8"),
      );
    }
  });

  it("takes no data folder, and says what to type instead", async () => {
    const r = await actes(["schema", "mes-donnees"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("tapez : actes schema --out mes-donnees/schemas");
  });

  it("is in the help, in French", async () => {
    expect((await actes(["help"])).out).toContain("actes schema   [--out DOSSIER]");
    expect((await actes(["help", "schema"])).out).toContain("# yaml-language-server: $schema=");
  });
});

describe("« voulez-vous dire » on the command line", () => {
  it.each([
    [["figures", "--jsn"], "option inconnue « --jsn » — voulez-vous dire « --json » ?"],
    [
      ["generate", "--formt", "txt"],
      "option inconnue « --formt » — voulez-vous dire « --format » ?",
    ],
    [["validate", "--draft"], "option inconnue « --draft » — c'est une option de generate"],
    [["figure"], "commande inconnue « figure » — voulez-vous dire « figures » ?"],
    [["shema"], "commande inconnue « shema » — voulez-vous dire « schema » ?"],
  ])("actes %j", async (args, message) => {
    const r = await actes(args);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe(message);
  });

  it("nothing close: no guess", async () => {
    expect((await actes(["publier"])).err.split("\n")[0]).toBe("commande inconnue « publier »");
  });
});

describe("warnings: printed, exit code unchanged", () => {
  const partner = readFileSync(join(FIXTURE, "partenaires", "ccas-bethune.yaml"), "utf8");
  const WARNING = "partenaires/ccas-arras.yml  avertissement  FICHIER_IGNORE";

  it("validate, in a real process: exit 0, the warning on stderr, the result on stdout", () => {
    const { dir, cleanup } = withFiles({ "partenaires/ccas-arras.yml": partner });
    try {
      const r = spawnSync(process.execPath, [join(ROOT, "bin", "actes.js"), "validate", dir], {
        encoding: "utf8",
      });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^✔ données valides : 2 partenaires/);
      expect(r.stderr).toBe(
        `${dir}/${WARNING}  fichier ignoré : partenaires/ ne lit que les fichiers <id>.yaml\n` +
          "  Renommez-le en ccas-arras.yaml : seuls les fichiers en .yaml sont lus.\n\n" +
          "⚠ 1 avertissement\n\n",
      );
    } finally {
      cleanup();
    }
  });

  it("validate --json, figures, figures --json, generate: exit 0", async () => {
    const { dir, cleanup } = withFiles({ "partenaires/ccas-arras.yml": partner });
    try {
      const json = await actes(["validate", dir, "--json"]);
      expect(json.code).toBe(0);
      expect(JSON.parse(json.out).diagnostics).toMatchObject([
        {
          code: "FICHIER_IGNORE",
          severity: "warning",
          file: join(dir, "partenaires/ccas-arras.yml"),
        },
      ]);
      const figures = await actes(["figures", dir]);
      expect(figures.code).toBe(0);
      expect(figures.err).toContain(WARNING);
      const figuresJson = await actes(["figures", dir, "--json"]);
      expect(figuresJson.code).toBe(0);
      expect(JSON.parse(figuresJson.out).acts).toHaveLength(2);
      const out = join(tmp, "generated");
      // The minimal fixture has no framework conventions: only its CLLAJ act can be written.
      const generate = await actes([
        "generate",
        dir,
        "--draft",
        "--only",
        "avenant-cllaj",
        "--format",
        "txt",
        "--out",
        out,
      ]);
      expect(generate.code).toBe(0);
      expect(generate.err).toContain(WARNING);
      expect(generate.out).toContain("✔ 1 acte écrit");
    } finally {
      cleanup();
    }
  });

  it("next to an error: both printed, exit 1", async () => {
    const { dir, cleanup } = withFiles({
      "partenaires/ccas-arras.yml": partner,
      "partenaires/ccas-bethune.yaml": partner.replace("sigle:", "sigel:"),
    });
    try {
      const r = await actes(["validate", dir]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(WARNING);
      expect(r.err).toContain("✖ 1 erreur, 1 avertissement — aucun document écrit");
    } finally {
      cleanup();
    }
  });
});
