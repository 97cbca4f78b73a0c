// French agreement in the acts, with data other than the embedded one: a woman and a man on
// each side, partners whose names take « le », « la », « l' » or no article. What is checked
// is the sentence a secretary would read in the signed act.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../src/pipeline.ts";
import { draftText } from "../helpers/acts.ts";
import { DEFAULT_DATA, diagnose } from "../helpers/dataset.ts";

const TEMPLATES = join(import.meta.dirname, "..", "..", "templates");
const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const c of cleanups) c();
});

const data = (rel: string) => readFileSync(join(DEFAULT_DATA, rel), "utf8");

const actText = draftText;

const representative = (civilite: string, prenom: string, nom: string, fonction: string) =>
  `representant:\n  civilite: ${civilite}\n  prenom: ${prenom}\n  nom: ${nom}\n  fonction: ${fonction}\n`;

const arras = (extra: string) =>
  data("partenaires/ccas-arras.yaml").replace("representant: À COMPLÉTER\n", extra);

describe("the partner's representative", () => {
  it("a woman: « représenté … par Madame …, Présidente, dûment autorisée », « La Présidente »", async () => {
    const text = await actText("avenant-ag/ccas-arras", {
      "partenaires/ccas-arras.yaml": arras(representative("Mme", "Claire", "MARTIN", "Présidente")),
    });
    expect(text).toContain(
      "Le Centre Communal d’Action Sociale d’Arras, « CCAS d’Arras », dont le siège social",
    );
    expect(text).toContain(
      "identifié au répertoire SIRET sous le n° [À COMPLÉTER : SIRET de CCAS d’Arras], représenté par Madame Claire MARTIN, Présidente, dûment autorisée par délibération",
    );
    expect(text).toContain("ci-après désigné par « CCAS d’Arras » d’autre part.");
    expect(text).toContain(
      "Pour le CCAS d’Arras,\nLa Présidente,\nClaire MARTIN\n(Signature et cachet)",
    );
    expect(text).not.toMatch(/\(e\)|\(s\)|du\/des/);
  });

  it("a man: « dûment autorisé », « Le Président »", async () => {
    const text = await actText("avenant-ag/ccas-arras", {
      "partenaires/ccas-arras.yaml": arras(representative("M.", "Paul", "DURAND", "Président")),
    });
    expect(text).toContain(
      "représenté par Monsieur Paul DURAND, Président, dûment autorisé par délibération",
    );
    expect(text).toContain("Pour le CCAS d’Arras,\nLe Président,\nPaul DURAND");
  });

  it("a woman directing the CAF: « représentée par sa Directrice, …, dûment habilitée »", async () => {
    const caf = data("partenaires/caf-pas-de-calais.yaml")
      .replace("civilite: M.", "civilite: Mme")
      .replace("prenom: Jean-Claude", "prenom: Anne")
      .replace("fonction: Directeur", "fonction: Directrice");
    const text = await actText("avenant-fpel/caf-pas-de-calais", {
      "partenaires/caf-pas-de-calais.yaml": caf,
    });
    expect(text).toContain(
      "Et la Caisse d’Allocations Familiales du Pas-de-Calais, dont le siège est situé rue de Beauffort, 62015 Arras Cedex, représentée par sa Directrice, Anne BURGER, dûment habilitée à signer le présent avenant,",
    );
    expect(text).toContain("ci-après désignée par « la CAF du Pas de Calais » d’autre part,");
    expect(text).toContain("sera acquittée annuellement à la CAF du Pas de Calais,");
    expect(text).toContain(
      "Pour la Caisse d’Allocations Familiales du Pas-de-Calais,\nLa Directrice,\nAnne BURGER",
    );
  });

  it("an « Adjointe »: « son Adjointe », « L’Adjointe »", async () => {
    const caf = data("partenaires/caf-pas-de-calais.yaml")
      .replace("civilite: M.", "civilite: Mme")
      .replace("fonction: Directeur", "fonction: Adjointe au Directeur");
    const text = await actText("avenant-fpel/caf-pas-de-calais", {
      "partenaires/caf-pas-de-calais.yaml": caf,
    });
    expect(text).toContain("représentée par son Adjointe au Directeur, Jean-Claude BURGER,");
    expect(text).toContain("Familiales du Pas-de-Calais,\nL’Adjointe au Directeur,\n");
  });
});

describe("the partner's article", () => {
  it("« l' »: an association, feminine", async () => {
    const text = await actText("avenant-ag/ccas-arras", {
      "partenaires/ccas-arras.yaml": data("partenaires/ccas-arras.yaml")
        .replace(
          "nom: \"Centre Communal d'Action Sociale d'Arras\"",
          "nom: Association d'Entraide d'Arras",
        )
        .replace('sigle: "CCAS d\'Arras"', "sigle: AEA")
        .replace("article: le", 'article: "l\'"\ngenre: féminin'),
    });
    expect(text).toContain("L’Association d’Entraide d’Arras, « AEA », dont le siège social");
    expect(text).toContain("identifiée au répertoire SIRET");
    expect(text).toContain("ci-après désignée par « AEA » d’autre part.");
    expect(text).toContain(
      "entre le Département du Pas-de-Calais et l’Association d’Entraide d’Arras,",
    );
    expect(text).toContain("Pour l’AEA,\n");
  });

  it("no article, one name: the name once, not « SAMPS, « SAMPS » »", async () => {
    const text = await actText("avenant-ag/samps", {});
    // One avenant for SAMPS's two lines: both territories, their places and caseloads summed.
    expect(text).toContain(
      "Intervenant pour les bénéficiaires principalement issus des territoires : Arrageois et Lens Liévin",
    );
    expect(text).toContain("Territoire d’intervention | Arrageois, Lens Liévin");
    expect(text).toContain("(110 places)");
    expect(text).toContain("Prise en charge de 2 portefeuilles compris chacun");
    expect(text).toContain("montant maximum de 27 500,00 € (vingt-sept mille cinq cents euros)");
    expect(text).toContain("\nSAMPS, dont le siège social");
    expect(text).toContain("identifiée au répertoire SIRET");
    expect(text).toContain("Pour SAMPS,\n");
  });

  it("the CLLAJ avenant follows « la »: « La Mission locale …, identifiée … »", async () => {
    const text = await actText("avenant-cllaj/ml-lens-lievin", {});
    expect(text).toContain(
      "entre le Département et la Mission locale de l’agglomération de Lens Liévin – CLLAJ",
    );
    expect(text).toContain(
      "\nLa Mission locale de l’agglomération de Lens Liévin, dont le siège se situe",
    );
    expect(text).toContain("identifiée au répertoire SIRET");
  });
});

describe("the Département's signatories", () => {
  const departement = data("departement.yaml");
  it("a woman president, a man délégataire, a man payeur", async () => {
    const files = {
      "departement.yaml": departement
        .replace("civilite: M.\n  prenom: Jean-Claude", "civilite: Mme\n  prenom: Marie")
        .replace(
          "fonction: Président du Conseil départemental",
          "fonction: Présidente du Conseil départemental",
        )
        .replace("civilite: Mme\n  prenom: Sabine", "civilite: M.\n  prenom: Marc")
        .replace("fonction: Directrice des Politiques", "fonction: Directeur des Politiques")
        .replace("payeur: { civilite: Mme }", "payeur: { civilite: M. }"),
    };
    const cllaj = await actText("avenant-cllaj/4aj", files);
    expect(cllaj).toContain(
      "représenté par sa Présidente, Marie LEROY, dûment autorisée par délibération de la Commission Permanente",
    );
    expect(cllaj).toContain("par Monsieur le Payeur départemental au compte suivant");
    expect(cllaj).toContain(
      "Pour le Département et par délégation,\nLe Directeur des Politiques d’Inclusion Durable,\nMarc DESPIERRE\n",
    );
    const pe = await actText("convention-pole-emploi-autonomie/pole-emploi-hdf", files);
    expect(pe).toContain(
      "Le Département du Pas-de-Calais, représenté par sa Présidente, Madame Marie LEROY, dûment autorisée par délibération",
    );
    expect(pe).toContain(
      "Pour le Département du Pas-de-Calais,\nLa Présidente du Conseil départemental,\nMarie LEROY\n",
    );
  });

  it("the délégataire is written the same way in every act type", async () => {
    // The out folder beside the data folder: inside it, it would be refused.
    const out = mkdtempSync(join(tmpdir(), "actes-agreement-"));
    cleanups.push(() => rmSync(out, { recursive: true, force: true }));
    await generate({
      dataDir: DEFAULT_DATA,
      templatesDir: TEMPLATES,
      outDir: out,
      only: ["avenant-ag/ccas-arras", "avenant-cllaj/4aj", "avenant-fpel"],
      formats: ["txt"],
      draft: true,
      jobs: 1,
    });
    const texts = readdirSync(out, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(out, f), "utf8"));
    expect(texts).toHaveLength(3);
    for (const t of texts) {
      expect(t).toContain(
        "Pour le Département et par délégation,\nLa Directrice des Politiques d’Inclusion Durable,\nSabine DESPIERRE\n",
      );
      expect(t).not.toContain("Madame Sabine DESPIERRE");
    }
    rmSync(out, { recursive: true, force: true });
  });
});

describe("what the data must say for agreement", () => {
  const arrasWith = (replace: [string, string]) => ({
    "partenaires/ccas-bethune.yaml": readFileSync(
      join(import.meta.dirname, "..", "fixtures", "minimal", "partenaires", "ccas-bethune.yaml"),
      "utf8",
    ).replace(...replace),
  });
  const codes = (files: Record<string, string>) =>
    diagnose(files).diagnostics.map((d) => `${d.file}:${d.start?.line} ${d.code} ${d.message}`);

  it("« l' » or no article without a gender: asked for, on the article's line", () => {
    expect(codes(arrasWith(["article: le", "article: aucun"]))).toEqual([
      "partenaires/ccas-bethune.yaml:6 CHAMP_MANQUANT genre absent : avec l'article « aucun », le genre ne se voit pas",
    ]);
  });
  it("a gender that contradicts « le »", () => {
    expect(codes(arrasWith(["article: le", "article: le\ngenre: féminin"]))).toEqual([
      "partenaires/ccas-bethune.yaml:7 VALEUR_INVALIDE genre « féminin » contraire à l'article « le »",
    ]);
  });
  it("« l' » before a consonant, « le » before a vowel", () => {
    expect(codes(arrasWith(["article: le", 'article: "l\'"\ngenre: masculin']))).toEqual([
      "partenaires/ccas-bethune.yaml:6 VALEUR_INVALIDE article « l' » impossible devant « Centre Communal d'Action Sociale de Béthune »",
    ]);
    expect(
      codes(arrasWith(["nom: Centre Communal d'Action Sociale de Béthune", "nom: Espace Béthune"])),
    ).toEqual([
      "partenaires/ccas-bethune.yaml:6 VALEUR_INVALIDE article « le » impossible devant « Espace Béthune »",
    ]);
  });
  it("a title that contradicts the civilité: « Mme …, Directeur »", () => {
    const files = {
      "partenaires/pole-emploi-hdf.yaml": readFileSync(
        join(
          import.meta.dirname,
          "..",
          "fixtures",
          "minimal",
          "partenaires",
          "pole-emploi-hdf.yaml",
        ),
        "utf8",
      ).replace("civilite: M.", "civilite: Mme"),
    };
    const [d] = diagnose(files).diagnostics;
    expect(`${d?.file}:${d?.start?.line} ${d?.code} ${d?.message}`).toBe(
      "partenaires/pole-emploi-hdf.yaml:8 VALEUR_INVALIDE fonction « Directeur Régional » contraire à la civilité « Mme »",
    );
    expect(d?.expected).toBe("« Directrice … », ou l'autre civilité");
  });
});

describe("every act type, with a woman and with a man signing for the partner", () => {
  const cases = [
    ["avenant-ag/ccas-arras", "partenaires/ccas-arras.yaml"],
    ["avenant-cllaj/4aj", "partenaires/4aj.yaml"],
    ["avenant-fpel/caf-pas-de-calais", "partenaires/caf-pas-de-calais.yaml"],
    ["convention-pole-emploi-autonomie/pole-emploi-hdf", "partenaires/pole-emploi-hdf.yaml"],
  ] as const;
  const withRepresentative = (rel: string, rep: string) =>
    data(rel).replace(/^representant:(?: À COMPLÉTER\n|\n(?: {2}.*\n)+)/m, rep);

  it.each(cases)("%s", async (id, rel) => {
    const woman = await actText(id, {
      [rel]: withRepresentative(rel, representative("Mme", "Anne", "MARTIN", "Directrice")),
    });
    const man = await actText(id, {
      [rel]: withRepresentative(rel, representative("M.", "Paul", "MARTIN", "Directeur")),
    });
    expect(woman).toContain(",\nLa Directrice,\nAnne MARTIN");
    expect(man).toContain(",\nLe Directeur,\nPaul MARTIN");
    for (const text of [woman, man]) {
      expect(text).not.toMatch(
        /\((?:e|s)\)|\b(?:son|Le|le) Directrice\b|\b(?:sa|La|la) Directeur\b/,
      );
    }
    if (id !== "convention-pole-emploi-autonomie/pole-emploi-hdf") {
      // The participle that follows the representative agrees with them.
      expect(woman).toMatch(/MARTIN, (?:Directrice, )?dûment (?:autorisée|habilitée)/);
      expect(man).toMatch(/MARTIN, (?:Directeur, )?dûment (?:autorisé|habilité) /);
    }
  });
});
