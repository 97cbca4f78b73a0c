// `actes figures --only`: the checklist of what stands between an act and its signature, as
// the secretary reads it — every line asserted (the report code is under mutation testing).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { actes } from "../helpers/cli.ts";
import { completeFpelFiles, DEFAULT_DATA, FIXTURE, withFiles } from "../helpers/dataset.ts";

const figures = (args: string[]) => actes(["figures", ...args]);

describe("figures --only", () => {
  it("the minimal fixture's session: data values with their place, then what the document shows", async () => {
    const r = await figures([FIXTURE, "--only", "cp-2022-11-21"]);
    expect(r.code).toBe(0);
    // Amounts keep their no-break spaces in the output (format/fr/typography.ts); plain here.
    expect(r.out.replaceAll(`${FIXTURE}/`, "").replace(/[\u00a0\u202f]/g, " ")).toBe(
      [
        "cp-2022-11-21/avenant-ag/ccas-bethune — CCAS de Béthune (Artois) — du 1er décembre 2022 au 31 décembre 2023 inclus",
        "  27 500,00 € = 110 places × 250,00 € ; avance 80 % = 22 000,00 € ; solde 5 500,00 €",
        "  Pas prêt à signer — 4 valeurs à compléter :",
        "    [ ] partenaires/ccas-bethune.yaml:3:8  siege — Adresse du siège social. Exemple : 28-30 rue Elisée Reclus, 59650 Villeneuve d'Ascq",
        "    [ ] partenaires/ccas-bethune.yaml:4:8  siret — SIRET de l'avis de situation SIRENE : 14 chiffres, d'un seul tenant ou groupés 3 3 3 5 ; la clé est vérifiée. Exemple : 266 200 072 00004",
        "    [ ] partenaires/ccas-bethune.yaml:5:15  representant — La personne qui signe pour le partenaire (ou À COMPLÉTER pour le tout).",
        "    [ ] cp-2022-11-21/operations.yaml:15:22  avenant — Numéro de l'avenant. Exemple : 1",
        "",
        "cp-2022-11-21/avenant-cllaj/pole-emploi-hdf — Pôle emploi Hauts-de-France — du 1er septembre 2022 au 31 août 2023 inclus",
        "  20 000,00 € = montant attribué ; avance 80 % = 16 000,00 € ; solde 4 000,00 €",
        "  Pas prêt à signer — 9 valeurs à compléter dans le document :",
        "  Le document montre à compléter :",
        "    [ ] numéro de la convention de Pôle emploi Hauts-de-France",
        "    [ ] territoire de la ligne de Pôle emploi Hauts-de-France",
        "    [ ] date de la délibération de Pôle emploi Hauts-de-France",
        "    [ ] date de signature de la convention de Pôle emploi Hauts-de-France",
        "    [ ] titre de la convention modifiée (opération CLLAJ, acte.convention)",
        "    [ ] payeur départemental (departement.yaml, payeur)",
        "    [ ] numéro de l’annexe (opération CLLAJ, acte.annexe)",
        "    [ ] description de la ligne de Pôle emploi Hauts-de-France",
        "    [ ] profil du professionnel (Pôle emploi Hauts-de-France)",
        "",
      ].join("\n"),
    );
  });

  it("a complete act: « Prêt à signer »", async () => {
    const { dir, cleanup } = withFiles(completeFpelFiles(), DEFAULT_DATA);
    try {
      const r = await figures([dir, "--only", "avenant-fpel"]);
      expect(r.out.split("\n").slice(2)).toEqual([
        "  Prêt à signer : aucune valeur à compléter.",
        "",
      ]);
    } finally {
      cleanup();
    }
  });
});

describe("figures --json: each act's lines, and --only's readiness", () => {
  it("the lines of each act, with their place in the data", async () => {
    const r = await figures([FIXTURE, "--json"]);
    const json = JSON.parse(r.out) as { acts: { id: string; lines: unknown[] }[] };
    const ops = join(FIXTURE, "cp-2022-11-21", "operations.yaml");
    expect(json.acts.map((a) => [a.id, a.lines])).toEqual([
      [
        "cp-2022-11-21/avenant-ag/ccas-bethune",
        [{ territory: "Artois", places: 110, total: "27500.00", file: ops, line: 12 }],
      ],
      [
        "cp-2022-11-21/avenant-cllaj/pole-emploi-hdf",
        [{ territory: null, places: null, total: "20000.00", file: ops, line: 24 }],
      ],
    ]);
  });

  it("--only keeps the one act, and says what it lacks", async () => {
    const r = await figures([
      FIXTURE,
      "--json",
      "--only",
      "cp-2022-11-21/avenant-cllaj/pole-emploi-hdf",
    ]);
    const json = JSON.parse(r.out) as {
      acts: { id: string; ready: boolean; missing: unknown[]; documentGaps: string[] }[];
    };
    expect(json.acts.map((a) => a.id)).toEqual(["cp-2022-11-21/avenant-cllaj/pole-emploi-hdf"]);
    expect(json.acts[0]?.ready).toBe(false);
    expect(json.acts[0]?.missing).toEqual([]);
    expect(json.acts[0]?.documentGaps).toEqual([
      "numéro de la convention de Pôle emploi Hauts-de-France",
      "territoire de la ligne de Pôle emploi Hauts-de-France",
      "date de la délibération de Pôle emploi Hauts-de-France",
      "date de signature de la convention de Pôle emploi Hauts-de-France",
      "titre de la convention modifiée (opération CLLAJ, acte.convention)",
      "payeur départemental (departement.yaml, payeur)",
      "numéro de l’annexe (opération CLLAJ, acte.annexe)",
      "description de la ligne de Pôle emploi Hauts-de-France",
      "profil du professionnel (Pôle emploi Hauts-de-France)",
    ]);
  });
});

describe("figures: each act says whether it can be signed", () => {
  it("the count of values to complete and the command that lists them", async () => {
    const r = await figures([FIXTURE]);
    const lines = r.out.split("\n").map((l) => l.replace(/[\u00a0\u202f]/g, " "));
    expect(lines[4]).toBe(
      "  4 valeurs à compléter : actes figures --only cp-2022-11-21/avenant-ag/ccas-bethune",
    );
    expect(lines[7]).toBe(
      "  9 valeurs à compléter dans le document : actes figures --only cp-2022-11-21/avenant-cllaj/pole-emploi-hdf",
    );
  });

  it("one value: singular; none: « prêt à signer »", async () => {
    const data = (rel: string) => readFileSync(join(DEFAULT_DATA, rel), "utf8");
    const ops = data("cp-2022-11-21/operations.yaml").replace(
      "convention: { numero: À COMPLÉTER, date: 2020-12-08 }\n            avenant: À COMPLÉTER",
      "convention: { numero: 2020-01234, date: 2020-12-08 }\n            avenant: 2",
    );
    const one = withFiles({ "cp-2022-11-21/operations.yaml": ops }, DEFAULT_DATA);
    const none = withFiles(
      {
        "cp-2022-11-21/operations.yaml": ops,
        "partenaires/caf-pas-de-calais.yaml": data("partenaires/caf-pas-de-calais.yaml").replace(
          "siret: À COMPLÉTER",
          "siret: 73282932000074",
        ),
      },
      DEFAULT_DATA,
    );
    try {
      const checklist = await figures([one.dir, "--only", "avenant-fpel"]);
      expect(checklist.out).toContain("  Pas prêt à signer — 1 valeur à compléter :\n");
      const all = await figures([one.dir]);
      expect(all.out).toContain(
        "  1 valeur à compléter : actes figures --only cp-2022-11-21/avenant-fpel/caf-pas-de-calais\n",
      );
      const ready = await figures([none.dir]);
      const fpel = ready.out
        .split("\n")
        .findIndex((l) => l.startsWith("cp-2022-11-21/avenant-fpel/"));
      expect(ready.out.split("\n")[fpel + 2]).toBe("  prêt à signer");
    } finally {
      one.cleanup();
      none.cleanup();
    }
  });

  it("the Département's values to complete, apart, with their place", async () => {
    const r = await figures([DEFAULT_DATA, "--only", "cp-2022-11-21/avenant-ag/ccas-arras"]);
    const out = r.out.replaceAll(`${DEFAULT_DATA}/`, "");
    expect(out).toContain(
      [
        "  Valeurs du Département à compléter (si le document les cite) :",
        "    [ ] departement.yaml:31:11  conventions.strategie-pauvrete-2022.date — Date de signature. Exemple : 2022-12-01",
        "    [ ] departement.yaml:34:11  conventions.bassin-minier.date — Date de signature. Exemple : 2022-12-01",
        "",
      ].join("\n"),
    );
  });
});
