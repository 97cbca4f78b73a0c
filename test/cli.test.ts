// The CLI as a user runs it: exit codes, French output, TZ invariance. `node bin/actes.js`
// in a child process where the process itself matters (exit status, streams, TZ); `main` in
// this process for the rest, which is the same code without a second of start-up each.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { actes } from "./helpers/cli.ts";
import { withFiles } from "./helpers/dataset.ts";

const BIN = join(import.meta.dirname, "..", "bin", "actes.js");
const ROOT = join(import.meta.dirname, "..");

function spawnActes(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("actes (CLI)", () => {
  it("figures --json on the default data: 39 acts, exit 0", () => {
    const r = spawnActes(["figures", "--json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { acts: unknown[]; totals: unknown; missing: unknown[] };
    expect(json.acts).toHaveLength(39);
  });

  it("figures prints each figure with how it was obtained", async () => {
    const r = await actes(["figures"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "27\u202f500,00\u00a0€ = 110 places × 250,00\u00a0€ ; avance 80\u00a0% = 22\u202f000,00\u00a0€ ; solde 5\u202f500,00\u00a0€",
    );
    expect(r.out).toContain("C02-566A05");
    expect(r.out).toContain("VALEURS À COMPLÉTER");
  });

  it("validate on the default data: exit 0", async () => {
    const r = await actes(["validate"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^✔ données valides : 53 partenaires, 4 séances, \d+ lignes, 39 actes/);
  });

  it("bad data: exit 1, file:line:column, code frame, French hint", async () => {
    const { dir, cleanup } = withFiles({
      "partenaires/ccas-bethune.yaml":
        "nom: CCAS\nsigle: CCAS de Béthune\nsiege: À COMPLÉTER\nsiret: 1234\nrepresentant: À COMPLÉTER\narticle: le\n",
    });
    try {
      const r = spawnActes(["validate", dir]);
      expect(r.code).toBe(1);
      expect(r.out).toBe("");
      expect(r.err).toContain(
        `${join(dir, "partenaires/ccas-bethune.yaml")}:4:8  erreur  SIRET_INVALIDE`,
      );
      expect(r.err).toContain("  4 | siret: 1234\n    |        ^^^^");
      expect(r.err).toContain(
        "attendu : 14 chiffres avec une clé de Luhn valide ; trouvé : « 1234 »",
      );
      expect(r.err).toContain("✖ 1 erreur — aucun document écrit");
      const json = await actes(["validate", dir, "--json"]);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.out).diagnostics[0]).toMatchObject({
        code: "SIRET_INVALIDE",
        line: 4,
        column: 8,
        field: "siret",
        found: "« 1234 »",
      });
    } finally {
      cleanup();
    }
  });

  it("help in French on every command", async () => {
    expect((await actes(["--help"])).out).toContain("Usage :");
    expect((await actes(["figures", "--help"])).out).toContain("Calcule et affiche");
    expect(await actes(["validate", "--help"])).toMatchObject({ code: 0, err: "" });
  });

  it("usage errors: exit 2", async () => {
    const unknown = spawnActes(["figures", "--jsn"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("option inconnue « --jsn »");
    expect(await actes(["publier"])).toMatchObject({ code: 2 });
    expect((await actes(["publier"])).err).toContain("commande inconnue « publier »");
    expect((await actes(["figures", "a", "b"])).code).toBe(2);
  });

  it("a missing folder: exit 1 with a French message", async () => {
    const r = await actes(["validate", "pas-de-dossier"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("dossier de données introuvable : pas-de-dossier");
  });

  // The time zone: test/generate.test.ts renders every format under UTC+14 and UTC−10 in two
  // processes and compares the bytes; that covers what figures prints too.
});

describe("review commands in the CLI", () => {
  const seed003 = join(
    import.meta.dirname,
    "..",
    "..",
    "shared",
    "seeds",
    "003_9aa10c5666b83fb1.txt",
  );
  it.skipIf(!existsSync(seed003))(
    "lint --final on seed 003: exit 1, the second « Article 4 » at its line",
    async () => {
      const r = await actes(["lint", "--final", seed003]);
      expect(r.code).toBe(1);
      expect(r.err).toContain("003_9aa10c5666b83fb1.txt:2843:1  erreur  ARTICLE_EN_DOUBLE");
      expect(r.err).toMatch(/✖ \d+ erreurs/);
    },
  );
  it("lint with no file, or an unknown option: exit 2 and the help", async () => {
    const none = await actes(["lint"]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("Usage : actes lint FICHIER…");
    expect((await actes(["lint", "--finale", seed003])).code).toBe(2);
  });
  it("help lists diff and lint; diff without its two versions is a usage error", async () => {
    expect((await actes(["help"])).out).toMatch(
      /actes diff ANCIEN NOUVEAU[\s\S]*actes lint FICHIER/,
    );
    expect((await actes(["help", "diff"])).out).toContain("actes diff ANCIEN NOUVEAU");
    const r = await actes(["diff", "data"]);
    expect(r.code).toBe(2);
  });
});
