// `actes nouveau`: skeletons a person completes, which the engine accepts as they are written
// (as a draft: their « À COMPLÉTER » block the signature, not the validation).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DATA_FILE_KINDS, jsonSchemaOf } from "../../src/model/json-schema.ts";
import { actes } from "../helpers/cli.ts";
import { DEFAULT_DATA, withFiles } from "../helpers/dataset.ts";
import { day, workbook } from "../import/helpers.ts";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
function data() {
  const copy = withFiles({}, DEFAULT_DATA);
  cleanups.push(copy.cleanup, () => rmSync(`${copy.dir}.xlsx`, { force: true }));
  return copy.dir;
}
const LILLERS = ["--nom", "Centre Communal d'Action Sociale de Lillers", "--article", "le"];

describe("actes nouveau partenaire", () => {
  it("writes every field with the model's description, À COMPLÉTER where unknown, and validates", async () => {
    const dir = data();
    const r = await actes([
      "nouveau",
      "partenaire",
      "ccas-lillers",
      dir,
      ...LILLERS,
      "--sigle",
      "CCAS de Lillers",
    ]);
    expect(r.err).toBe("");
    expect(r.out).toBe(
      `✔ ${join(dir, "partenaires", "ccas-lillers.yaml")} écrit : 6 valeurs à compléter\n`,
    );
    const text = readFileSync(join(dir, "partenaires", "ccas-lillers.yaml"), "utf8");
    const kind = DATA_FILE_KINDS.find((k) => k.name === "partenaire");
    const schema = (kind ? jsonSchemaOf(kind) : {}) as {
      properties: Record<string, { description: string }>;
      required: string[];
    };
    const siret = schema.required.includes("siret") ? "obligatoire" : "facultatif";
    expect(text).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/schemas\/partenaire\.schema\.json\n/,
    );
    expect(text).toContain(
      `# ${schema.properties.siret?.description} (${siret} ; exemple : 266 200 072 00004 ; ou À COMPLÉTER)\nsiret: À COMPLÉTER\n`,
    );
    expect(text).toContain("nom: Centre Communal d'Action Sociale de Lillers\n");
    expect(text).toContain("sigle: CCAS de Lillers\n");
    expect(text).toContain("\n# genre: masculin\n");
    expect(text).toContain("representant:\n  # Civilité du représentant : M. ou Mme.");
    expect(text).toContain("\n# banque:\n");
    const validate = await actes(["validate", dir]);
    expect(validate.code).toBe(0);
    const partners = readdirSync(join(DEFAULT_DATA, "partenaires")).length + 1;
    expect(validate.out).toContain(`✔ données valides : ${partners} partenaires`);
  });

  it("refuses an existing id, and a name already taken", async () => {
    const dir = data();
    const before = readFileSync(join(dir, "partenaires", "ccas-arras.yaml"), "utf8");
    const taken = await actes(["nouveau", "partenaire", "ccas-arras", dir, ...LILLERS]);
    expect(taken.code).toBe(1);
    expect(taken.err).toContain(
      `FICHIER_EXISTANT  le partenaire ccas-arras existe déjà : ${join(dir, "partenaires", "ccas-arras.yaml")}`,
    );
    expect(readFileSync(join(dir, "partenaires", "ccas-arras.yaml"), "utf8")).toBe(before);
    const named = await actes([
      "nouveau",
      "partenaire",
      "ccas-arras-2",
      dir,
      "--nom",
      "Centre communal d'action sociale d'Arras",
      "--article",
      "le",
    ]);
    expect(named.code).toBe(1);
    expect(named.err).toContain("est déjà le nom du partenaire ccas-arras");
    expect(existsSync(join(dir, "partenaires", "ccas-arras-2.yaml"))).toBe(false);
  });

  it("names a close id, in case it is the same partner", async () => {
    const dir = data();
    const r = await actes([
      "nouveau",
      "partenaire",
      "ccas-aras",
      dir,
      "--nom",
      "CCAS d'Aras",
      "--article",
      "le",
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      "⚠ un partenaire d'identifiant proche existe : ccas-arras (Centre Communal d'Action Sociale d'Arras) — est-ce le même ?\n",
    );
  });

  it("asks for what cannot stay to complete", async () => {
    const r = await actes(["nouveau", "partenaire", "ccas-lillers", data()]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      "--nom et --article manquent : le moteur n'accepte pas « À COMPLÉTER » pour le nom ni l'article",
    );
    const bad = await actes(["nouveau", "partenaire", "CCAS Lillers", data(), ...LILLERS]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("identifiant de partenaire attendu");
  });
});

describe("actes nouveau seance", () => {
  it("writes seance.yaml, then actes importer its répartition: the folder validates", async () => {
    const dir = data();
    const r = await actes([
      "nouveau",
      "seance",
      "2023-01-16",
      dir,
      "--deliberation",
      "2023-12",
      "--rapport",
      "5",
      "--intitule",
      "Appel à projets DPID 2023",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `Prochaine étape, la répartition : actes importer FICHIER.xlsx --seance ${join(dir, "cp-2023-01-16")}`,
    );
    const path = join(dir, "cp-2023-01-16", "seance.yaml");
    const text = readFileSync(path, "utf8");
    expect(text).toContain("date: 2023-01-16\n");
    expect(text).toContain("# Présidence reprise de la séance cp-2022-12-13 : vérifiez-la.");
    expect(text).toContain(
      "budget: {}\n#   C02-566A05: # Indemnisation des organismes référents\n",
    );
    writeFileSync(
      path,
      text.replace("budget: {}", "budget:\n  C02-581E02: { disponible: 500000.00 }"),
    );
    writeFileSync(
      `${dir}.xlsx`,
      await workbook([
        [
          "thématique",
          "opération",
          "dispositif",
          "ligne budgétaire",
          "partenaire",
          "montant",
          "début",
          "fin",
        ],
        [
          "Logement",
          "CLLAJ",
          "cllaj",
          "C02-581E02",
          "4aj",
          20000,
          day("2023-01-01"),
          day("2023-12-31"),
        ],
      ]),
    );
    const imported = await actes([
      "importer",
      `${dir}.xlsx`,
      "--seance",
      join(dir, "cp-2023-01-16"),
    ]);
    expect(imported.code, imported.err).toBe(0);
    expect((await actes(["validate", dir])).code).toBe(0);
  });

  it("is judged by the engine: a placeholder for the deliberation is refused, nothing written", async () => {
    const dir = data();
    const r = await actes([
      "nouveau",
      "seance",
      "2023-01-16",
      dir,
      "--deliberation",
      "2023-XXXX",
      "--rapport",
      "5",
      "--intitule",
      "x",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(dir, "cp-2023-01-16", "seance.yaml")}:`);
    expect(r.err).toContain("VALEUR_FICTIVE");
    expect(r.err).toContain("✖ 1 erreur — rien n'est écrit");
    expect(existsSync(join(dir, "cp-2023-01-16"))).toBe(false);
  });

  it("refuses a session that exists", async () => {
    const dir = data();
    const r = await actes([
      "nouveau",
      "seance",
      "2022-11-21",
      dir,
      "--deliberation",
      "1",
      "--rapport",
      "1",
      "--intitule",
      "x",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("FICHIER_EXISTANT  la séance cp-2022-11-21 existe déjà");
  });
});
