// The CLI as a user runs it: `node bin/actes.js …`, exit codes, French output, TZ invariance.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withFiles } from "./helpers/dataset.ts";

const BIN = join(import.meta.dirname, "..", "bin", "actes.js");
const ROOT = join(import.meta.dirname, "..");

function actes(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("actes (CLI)", () => {
  it("figures --json on the default data: 33 acts, exit 0", () => {
    const r = actes(["figures", "--json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { acts: unknown[]; totals: unknown; missing: unknown[] };
    expect(json.acts).toHaveLength(33);
  });

  it("figures prints each figure with how it was obtained", () => {
    const r = actes(["figures"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "27\u202f500,00\u00a0€ = 110 places × 250,00\u00a0€ ; avance 80\u00a0% = 22\u202f000,00\u00a0€ ; solde 5\u202f500,00\u00a0€",
    );
    expect(r.out).toContain("C02-566A05");
    expect(r.out).toContain("VALEURS À COMPLÉTER");
  });

  it("validate on the default data: exit 0", () => {
    const r = actes(["validate"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^✔ données valides : 50 partenaires, 2 séances, \d+ lignes, 33 actes/);
  });

  it("bad data: exit 1, file:line:column, code frame, French hint", () => {
    const { dir, cleanup } = withFiles({
      "partenaires/ccas-bethune.yaml":
        "nom: CCAS\nsigle: CCAS de Béthune\nsiege: À COMPLÉTER\nsiret: 1234\nrepresentant: À COMPLÉTER\n",
    });
    try {
      const r = actes(["validate", dir]);
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
      const json = actes(["validate", dir, "--json"]);
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

  it("help in French on every command", () => {
    expect(actes(["--help"]).out).toContain("Usage :");
    expect(actes(["figures", "--help"]).out).toContain("Calcule et affiche");
    expect(actes(["validate", "--help"]).code).toBe(0);
  });

  it("usage errors: exit 2", () => {
    expect(actes(["figures", "--jsn"])).toMatchObject({ code: 2 });
    expect(actes(["figures", "--jsn"]).err).toContain("option inconnue « --jsn »");
    expect(actes(["publier"]).err).toContain("commande inconnue « publier »");
    expect(actes(["figures", "a", "b"]).code).toBe(2);
  });

  it("a missing folder: exit 1 with a French message", () => {
    const r = actes(["validate", "pas-de-dossier"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("dossier de données introuvable : pas-de-dossier");
  });

  it("the output does not depend on the time zone", () => {
    const outputs = ["UTC", "Pacific/Kiritimati", "America/Adak"].map(
      (TZ) => actes(["figures", "--json"], { TZ }).out,
    );
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });
});
