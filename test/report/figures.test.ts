// `actes figures` in-process: the exact lines a reviewer reads (each act with its trace, the
// sessions with their thématiques, operations and budget lines, the values to complete) and the
// same figures as JSON. Figures come from the seeds: seed 003 (deliberation 2022-467, rapport
// n°47) and seed 002 (deliberation 2022-553, rapport n°50).
import { describe, expect, it } from "vitest";
import { type Computed, computeFolder } from "../../src/pipeline.ts";
import { figuresJson } from "../../src/report/figures-json.ts";
import { figuresText } from "../../src/report/figures-text.ts";
import { typo } from "../format/typo.ts";
import { DEFAULT_DATA, FIXTURE, withFiles } from "../helpers/dataset.ts";

const ROUNDED = "arrondi au centime, au demi supérieur";

function computed(dir: string): Computed {
  const result = computeFolder(dir);
  if (!result.value) throw new Error(`invalid test data: ${JSON.stringify(result.diagnostics)}`);
  return result.value;
}

/** The text of `actes figures` with the data folder's path removed from file names. */
function text(c: Computed, dir: string): string {
  return figuresText(c).replaceAll(`${dir}/`, "");
}

/** Expected lines written with plain spaces (see typo), joined as the command prints them. */
function lines(...expected: string[]): string {
  return `${expected.map(typo).join("\n")}\n`;
}

// A larger dataset on top of the minimal fixture: a partner with two lines on two territories
// (SAMPS, seed 003 annexe 5), a référent-solidarité line (its avenant, in three parts), a CLLAJ
// advance written in data, FPEL, a subvention whose partner has values to complete but no act,
// a thématique and operations without numero, a second session with the Pôle emploi
// convention (12 months from 1/1/2023), and a Département value that concerns every act.
const RICHER: Record<string, string> = {
  "departement.yaml": `nom: Département du Pas-de-Calais
siege: Hôtel du Département, rue Ferdinand Buisson, 62018 Arras Cedex 9
president: { civilite: M., prenom: Jean-Claude, nom: LEROY }
pole: Pôle Solidarités
direction: Direction des Politiques d'Inclusion Durable
delegataire:
  civilite: Mme
  prenom: Sabine
  nom: DESPIERRE
  fonction: Directrice des Politiques d'Inclusion Durable
conventions:
  strategie-pauvrete-2022:
    intitule: convention 2022 relative à la Stratégie de prévention et de lutte contre la pauvreté
    date: À COMPLÉTER
`,
  "lignes-budgetaires.yaml": `C02-566A05:
  imputation: 6568/93566
  libelle: Indemnisation des organismes référents
  ae: 6019600.00
C02-581E02:
  imputation: 6568/9358
  libelle: Logement des jeunes
  ae: 1200000.00
C02-581E04:
  imputation: 6568/9358
  libelle: Politique inclusive en faveur du logement
  ae: 2072445.40
`,
  "partenaires/samps.yaml": `nom: SAMPS
siege: À COMPLÉTER
siret: À COMPLÉTER
representant: À COMPLÉTER
article: aucun
genre: féminin
`,
  "partenaires/uriopss.yaml": `nom: URIOPSS
siege: À COMPLÉTER
siret: À COMPLÉTER
representant: À COMPLÉTER
article: "l'"
genre: féminin
`,
  "partenaires/caf-pas-de-calais.yaml": `nom: Caisse d'Allocations Familiales du Pas-de-Calais
sigle: CAF du Pas de Calais
siege: rue de Beauffort, 62015 Arras Cedex
siret: À COMPLÉTER
representant:
  civilite: M.
  prenom: Jean-Claude
  nom: BURGER
  fonction: Directeur
article: la
`,
  "cp-2022-11-21/seance.yaml": `date: 2022-11-21
deliberation: 2022-467
rapport: 47
intitule: Appel à projets des politiques d'inclusion durable 2022 - phase 3
presidence: { civilite: Mme, prenom: Valérie, nom: CUVILLIER }
budget:
  C02-566A05:
    disponible: 1235586.67
  C02-581E02:
    disponible: 170000.00
  C02-581E04:
    disponible: 634365.40
`,
  "cp-2022-11-21/operations.yaml": `thematiques:
  - numero: 1
    intitule: Accompagnement des bénéficiaires du RSA
    operations:
      - numero: 1
        intitule: Accompagnement Global
        dispositif: accompagnement-global
        ligne: C02-566A05
        periode: { debut: 2022-12-01, fin: 2023-12-31 }
        allocations:
          - partenaire: ccas-bethune
            territoire: Artois
            places: 110
          - partenaire: samps
            territoire: Arrageois
            places: 55
          - partenaire: samps
            territoire: Lens Liévin
            places: 55
            avenant: À COMPLÉTER
      - numero: 2
        intitule: Dispositif référent solidarité
        dispositif: referent-solidarite
        ligne: C02-566A05
        periode: { debut: 2022-07-01, fin: 2022-12-31 }
        allocations:
          - partenaire: ccas-bethune
            territoire: Artois
            places: 9
  - intitule: Accès au logement et accompagnement budgétaire
    operations:
      - intitule: CLLAJ
        dispositif: cllaj
        ligne: C02-581E02
        allocations:
          - partenaire: pole-emploi-hdf
            montant: 20000
            avance: 50
            periode: { debut: 2022-09-01, fin: 2023-08-31 }
      - numero: 2
        intitule: Fonds de Prévention des Expulsions Locatives (FPEL)
        dispositif: fpel
        ligne: C02-581E04
        periode: { debut: 2022-01-01, fin: 2022-12-31 }
        allocations:
          - partenaire: caf-pas-de-calais
            territoire: Département
            montant: 500000.00
      - numero: 3
        intitule: "Logement d'abord : observatoire social"
        dispositif: subvention
        ligne: C02-581E04
        allocations:
          - partenaire: uriopss
            territoire: Boulonnais
            montant: 20000.00
`,
  "cp-2022-12-13/seance.yaml": `date: 2022-12-13
deliberation: 2022-553
rapport: 50
intitule: Partenariat entre Pôle emploi et le Département
presidence: { civilite: M., prenom: Jean-Claude, nom: LEROY }
budget:
  C02-566A05:
    disponible: 809236.67
`,
  "cp-2022-12-13/operations.yaml": `thematiques:
  - intitule: Partenariat entre Pôle emploi et le Département
    operations:
      - intitule: Financement de quatre postes de conseillers
        dispositif: pole-emploi-autonomie
        ligne: C02-566A05
        periode: { debut: 2023-01-01, duree_mois: 12 }
        allocations:
          - partenaire: pole-emploi-hdf
            territoire: Tous les territoires
            montant: 198000.00
`,
};

/** Runs `check` on the richer dataset, with its temporary folder. */
function withRicher(check: (c: Computed, dir: string) => void): void {
  const { dir, cleanup } = withFiles(RICHER);
  try {
    check(computed(dir), dir);
  } finally {
    cleanup();
  }
}

describe("figuresText", () => {
  it("the minimal fixture, line by line", () => {
    expect(text(computed(FIXTURE), FIXTURE)).toBe(
      lines(
        "ACTES (2)",
        "",
        "cp-2022-11-21/avenant-ag/ccas-bethune — CCAS de Béthune (Artois) — du 1er décembre 2022 au 31 décembre 2023 inclus",
        "  27 500,00 € = 110 places × 250,00 € ; avance 80 % = 22 000,00 € ; solde 5 500,00 €",
        "cp-2022-11-21/avenant-cllaj/pole-emploi-hdf — Pôle emploi Hauts-de-France — du 1er septembre 2022 au 31 août 2023 inclus",
        "  20 000,00 € = montant attribué ; avance 80 % = 16 000,00 € ; solde 4 000,00 €",
        "",
        "SÉANCE cp-2022-11-21 — Commission Permanente du 21 novembre 2022, délibération n°2022-467",
        "  1. Accompagnement des bénéficiaires du RSA : 27 500,00 €",
        "    1. Accompagnement Global (1 ligne, C02-566A05) : 27 500,00 €",
        "  3. Accès au logement et accompagnement budgétaire : 20 000,00 €",
        "    CLLAJ (1 ligne, C02-581E02) : 20 000,00 €",
        "  Total de la séance : 47 500,00 €",
        "  Lignes budgétaires :",
        "    C02-566A05 6568/93566 Indemnisation des organismes référents — AE 6 019 600,00 € ; disponible 1 235 586,67 € ; proposition 27 500,00 € ; solde 1 208 086,67 €",
        "    C02-581E02 6568/9358 Logement des jeunes — AE 1 200 000,00 € ; disponible 170 000,00 € ; proposition 20 000,00 € ; solde 150 000,00 €",
        "",
        "VALEURS À COMPLÉTER (4)",
        "  partenaires/ccas-bethune.yaml:3:8  siege — bloque 1 acte",
        "  partenaires/ccas-bethune.yaml:4:8  siret — bloque 1 acte",
        "  partenaires/ccas-bethune.yaml:5:15  representant — bloque 1 acte",
        "  cp-2022-11-21/operations.yaml:15:22  thematiques[0].operations[0].allocations[0].avenant — bloque 1 acte",
      ),
    );
  });

  it("uses the engine's spaces: U+202F between digit groups, U+00A0 before € and %", () => {
    const out = figuresText(computed(FIXTURE)).split("\n");
    expect(out[3]).toBe(
      "  27\u202F500,00\u00A0€ = 110 places × 250,00\u00A0€ ; avance 80\u00A0% = 22\u202F000,00\u00A0€ ; solde 5\u202F500,00\u00A0€",
    );
  });

  it("two sessions, every act type, a partner with two lines, values concerning 0, 1 or all acts", () => {
    withRicher((c, dir) => {
      expect(text(c, dir)).toBe(
        lines(
          "ACTES (6)",
          "",
          "cp-2022-11-21/avenant-ag/ccas-bethune — CCAS de Béthune (Artois) — du 1er décembre 2022 au 31 décembre 2023 inclus",
          "  27 500,00 € = 110 places × 250,00 € ; avance 80 % = 22 000,00 € ; solde 5 500,00 €",
          "cp-2022-11-21/avenant-ag/samps — SAMPS (Arrageois, Lens Liévin) — du 1er décembre 2022 au 31 décembre 2023 inclus",
          "  27 500,00 € = 13 750,00 € (Arrageois : 55 places × 250,00 €) + 13 750,00 € (Lens Liévin : 55 places × 250,00 €) ; avance 80 % = 22 000,00 € ; solde 5 500,00 €",
          "cp-2022-11-21/avenant-referent-solidarite/ccas-bethune — CCAS de Béthune (Artois) — du 1er juillet 2022 au 31 décembre 2022 inclus",
          "  720,00 € = 9 places × 160,00 € par an × 6/12 mois ; part quantitative = 360,00 € ; part qualitative (1) = 144,00 € ; part qualitative (2) = 216,00 € ; avance 60 % = 432,00 € ; solde 288,00 €",
          "cp-2022-11-21/avenant-cllaj/pole-emploi-hdf — Pôle emploi Hauts-de-France — du 1er septembre 2022 au 31 août 2023 inclus",
          "  20 000,00 € = montant attribué ; avance 50 % = 10 000,00 € ; solde 10 000,00 €",
          "cp-2022-11-21/avenant-fpel/caf-pas-de-calais — CAF du Pas de Calais (Département) — du 1er janvier 2022 au 31 décembre 2022 inclus",
          "  500 000,00 € = montant attribué ; avance 100 % = 500 000,00 € ; solde 0,00 €",
          "cp-2022-12-13/convention-pole-emploi-autonomie/pole-emploi-hdf — Pôle emploi Hauts-de-France (Tous les territoires) — du 1er janvier 2023 au 31 décembre 2023 inclus",
          "  198 000,00 € = montant attribué ; avance 100 % = 198 000,00 € ; solde 0,00 €",
          "",
          "SÉANCE cp-2022-11-21 — Commission Permanente du 21 novembre 2022, délibération n°2022-467",
          "  1. Accompagnement des bénéficiaires du RSA : 55 720,00 €",
          "    1. Accompagnement Global (3 lignes, C02-566A05) : 55 000,00 €",
          "    2. Dispositif référent solidarité (1 ligne, C02-566A05) : 720,00 €",
          "  Accès au logement et accompagnement budgétaire : 540 000,00 €",
          "    CLLAJ (1 ligne, C02-581E02) : 20 000,00 €",
          "    2. Fonds de Prévention des Expulsions Locatives (FPEL) (1 ligne, C02-581E04) : 500 000,00 €",
          "    3. Logement d'abord : observatoire social (1 ligne, C02-581E04) : 20 000,00 €",
          "  Total de la séance : 595 720,00 €",
          "  Lignes budgétaires :",
          "    C02-566A05 6568/93566 Indemnisation des organismes référents — AE 6 019 600,00 € ; disponible 1 235 586,67 € ; proposition 55 720,00 € ; solde 1 179 866,67 €",
          "    C02-581E02 6568/9358 Logement des jeunes — AE 1 200 000,00 € ; disponible 170 000,00 € ; proposition 20 000,00 € ; solde 150 000,00 €",
          "    C02-581E04 6568/9358 Politique inclusive en faveur du logement — AE 2 072 445,40 € ; disponible 634 365,40 € ; proposition 520 000,00 € ; solde 114 365,40 €",
          "",
          "SÉANCE cp-2022-12-13 — Commission Permanente du 13 décembre 2022, délibération n°2022-553",
          "  Partenariat entre Pôle emploi et le Département : 198 000,00 €",
          "    Financement de quatre postes de conseillers (1 ligne, C02-566A05) : 198 000,00 €",
          "  Total de la séance : 198 000,00 €",
          "  Lignes budgétaires :",
          "    C02-566A05 6568/93566 Indemnisation des organismes référents — AE 6 019 600,00 € ; disponible 809 236,67 € ; proposition 198 000,00 € ; solde 611 236,67 €",
          "",
          "VALEURS À COMPLÉTER (12)",
          "  departement.yaml:14:11  conventions.strategie-pauvrete-2022.date — bloque 6 actes",
          "  partenaires/caf-pas-de-calais.yaml:4:8  siret — bloque 1 acte",
          "  partenaires/ccas-bethune.yaml:3:8  siege — bloque 2 actes",
          "  partenaires/ccas-bethune.yaml:4:8  siret — bloque 2 actes",
          "  partenaires/ccas-bethune.yaml:5:15  representant — bloque 2 actes",
          "  partenaires/samps.yaml:2:8  siege — bloque 1 acte",
          "  partenaires/samps.yaml:3:8  siret — bloque 1 acte",
          "  partenaires/samps.yaml:4:15  representant — bloque 1 acte",
          "  partenaires/uriopss.yaml:2:8  siege",
          "  partenaires/uriopss.yaml:3:8  siret",
          "  partenaires/uriopss.yaml:4:15  representant",
          "  cp-2022-11-21/operations.yaml:20:22  thematiques[0].operations[0].allocations[2].avenant — bloque 1 acte",
        ),
      );
    });
  });

  it("a value to complete without a position is listed by its file alone", () => {
    const c = computed(FIXTURE);
    const gaps = [
      {
        file: "departement.yaml",
        field: "conventions.cadre.date",
        key: "date",
        label: "",
        acts: [],
      },
    ];
    expect(
      figuresText({ ...c, gaps })
        .split("\n")
        .slice(-3),
    ).toEqual(["VALEURS À COMPLÉTER (1)", "  departement.yaml  conventions.cadre.date", ""]);
  });

  it("an act without a period prints no period", () => {
    // Every act type needs a period today (validation), but Line.period may be undefined.
    const c = computed(FIXTURE);
    const acts = c.acts.map((a) => ({ ...a, period: undefined }));
    expect(
      figuresText({ ...c, acts })
        .split("\n")
        .slice(0, 6),
    ).toEqual(
      [
        "ACTES (2)",
        "",
        "cp-2022-11-21/avenant-ag/ccas-bethune — CCAS de Béthune (Artois)",
        "  27 500,00 € = 110 places × 250,00 € ; avance 80 % = 22 000,00 € ; solde 5 500,00 €",
        "cp-2022-11-21/avenant-cllaj/pole-emploi-hdf — Pôle emploi Hauts-de-France",
        "  20 000,00 € = montant attribué ; avance 80 % = 16 000,00 € ; solde 4 000,00 €",
      ].map(typo),
    );
  });

  it("the default data: one act of each type as the seeds give them", () => {
    const out = figuresText(computed(DEFAULT_DATA)).split("\n");
    const act = (id: string) => {
      const i = out.findIndex((l) => l.startsWith(`${id} — `));
      return out.slice(i, i + 2).join("\n");
    };
    expect(act("cp-2022-11-21/avenant-ag/ccas-arras")).toBe(
      typo(
        "cp-2022-11-21/avenant-ag/ccas-arras — CCAS d'Arras (Arrageois) — du 1er décembre 2022 au 31 décembre 2023 inclus\n" +
          "  13 750,00 € = 55 places × 250,00 € ; avance 80 % = 11 000,00 € ; solde 2 750,00 €",
      ),
    );
    // SAMPS's two AG lines (Arrageois, Lens Liévin) make one avenant whose total is their sum.
    expect(act("cp-2022-11-21/avenant-ag/samps")).toBe(
      typo(
        "cp-2022-11-21/avenant-ag/samps — SAMPS (Arrageois, Lens Liévin) — du 1er décembre 2022 au 31 décembre 2023 inclus\n" +
          "  27 500,00 € = 13 750,00 € (Arrageois : 55 places × 250,00 €) + 13 750,00 € (Lens Liévin : 55 places × 250,00 €) ; avance 80 % = 22 000,00 € ; solde 5 500,00 €",
      ),
    );
    expect(act("cp-2022-11-21/avenant-cllaj/4aj")).toBe(
      typo(
        "cp-2022-11-21/avenant-cllaj/4aj — 4AJ (Arrageois) — du 1er septembre 2022 au 31 août 2023 inclus\n" +
          "  20 000,00 € = montant attribué ; avance 80 % = 16 000,00 € ; solde 4 000,00 €",
      ),
    );
    expect(act("cp-2022-11-21/avenant-fpel/caf-pas-de-calais")).toBe(
      typo(
        "cp-2022-11-21/avenant-fpel/caf-pas-de-calais — CAF du Pas de Calais (Département) — du 1er janvier 2022 au 31 décembre 2022 inclus\n" +
          "  500 000,00 € = montant attribué ; avance 100 % = 500 000,00 € ; solde 0,00 €",
      ),
    );
    expect(act("cp-2022-12-13/convention-pole-emploi-autonomie/pole-emploi-hdf")).toBe(
      typo(
        "cp-2022-12-13/convention-pole-emploi-autonomie/pole-emploi-hdf — Pôle emploi (Tous les territoires) — du 1er janvier 2023 au 31 décembre 2023 inclus\n" +
          "  198 000,00 € = montant attribué ; avance 100 % = 198 000,00 € ; solde 0,00 €",
      ),
    );
    expect(out).toContain(
      typo("    2. Dispositif référent solidarité (1 ligne, C02-566A05) : 720,00 €"),
    );
    expect(out).toContain(typo("  Total de la séance : 1 647 346,08 €"));
  });
});

describe("figuresJson", () => {
  it("the minimal fixture, field by field", () => {
    const rel = (file: string) => `${FIXTURE}/${file}`;
    // Subset: the fields below as they are; each act's lines and each value's label, key and
    // example are asserted by the tests of the checklist.
    expect(figuresJson(computed(FIXTURE))).toMatchObject({
      acts: [
        {
          id: "cp-2022-11-21/avenant-ag/ccas-bethune",
          type: "avenant-ag",
          partner: { id: "ccas-bethune", name: "Centre Communal d'Action Sociale de Béthune" },
          amounts: { total: "27500.00", advance: "22000.00", balance: "5500.00" },
          period: { start: "2022-12-01", end: "2023-12-31" },
          session: "cp-2022-11-21",
          territory: "Artois",
          trace: [
            { label: "montant", result: "27500.00", formula: typo("110 places × 250,00 €") },
            {
              label: typo("avance 80 %"),
              result: "22000.00",
              formula: typo("80 % × 27 500,00 €"),
              rounding: ROUNDED,
            },
            { label: "solde", result: "5500.00", formula: typo("27 500,00 € − 22 000,00 €") },
          ],
        },
        {
          id: "cp-2022-11-21/avenant-cllaj/pole-emploi-hdf",
          type: "avenant-cllaj",
          partner: { id: "pole-emploi-hdf", name: "Pôle emploi Hauts-de-France" },
          amounts: { total: "20000.00", advance: "16000.00", balance: "4000.00" },
          period: { start: "2022-09-01", end: "2023-08-31" },
          session: "cp-2022-11-21",
          territory: null,
          trace: [
            { label: "montant", result: "20000.00", formula: "montant attribué" },
            {
              label: typo("avance 80 %"),
              result: "16000.00",
              formula: typo("80 % × 20 000,00 €"),
              rounding: ROUNDED,
            },
            { label: "solde", result: "4000.00", formula: typo("20 000,00 € − 16 000,00 €") },
          ],
        },
      ],
      totals: {
        sessions: [
          {
            id: "cp-2022-11-21",
            date: "2022-11-21",
            deliberation: "2022-467",
            total: "47500.00",
            thematiques: [
              {
                numero: 1,
                intitule: "Accompagnement des bénéficiaires du RSA",
                total: "27500.00",
                operations: [
                  {
                    numero: 1,
                    intitule: "Accompagnement Global",
                    dispositif: "accompagnement-global",
                    budgetLine: "C02-566A05",
                    lines: 1,
                    total: "27500.00",
                  },
                ],
              },
              {
                numero: 3,
                intitule: "Accès au logement et accompagnement budgétaire",
                total: "20000.00",
                operations: [
                  {
                    numero: null,
                    intitule: "CLLAJ",
                    dispositif: "cllaj",
                    budgetLine: "C02-581E02",
                    lines: 1,
                    total: "20000.00",
                  },
                ],
              },
            ],
            budgetLines: [
              {
                code: "C02-566A05",
                imputation: "6568/93566",
                libelle: "Indemnisation des organismes référents",
                ae: "6019600.00",
                disponible: "1235586.67",
                proposition: "27500.00",
                solde: "1208086.67",
              },
              {
                code: "C02-581E02",
                imputation: "6568/9358",
                libelle: "Logement des jeunes",
                ae: "1200000.00",
                disponible: "170000.00",
                proposition: "20000.00",
                solde: "150000.00",
              },
            ],
          },
        ],
      },
      missing: [
        {
          file: rel("partenaires/ccas-bethune.yaml"),
          line: 3,
          column: 8,
          field: "siege",
          acts: ["cp-2022-11-21/avenant-ag/ccas-bethune"],
        },
        {
          file: rel("partenaires/ccas-bethune.yaml"),
          line: 4,
          column: 8,
          field: "siret",
          acts: ["cp-2022-11-21/avenant-ag/ccas-bethune"],
        },
        {
          file: rel("partenaires/ccas-bethune.yaml"),
          line: 5,
          column: 15,
          field: "representant",
          acts: ["cp-2022-11-21/avenant-ag/ccas-bethune"],
        },
        {
          file: rel("cp-2022-11-21/operations.yaml"),
          line: 15,
          column: 22,
          field: "thematiques[0].operations[0].allocations[0].avenant",
          acts: ["cp-2022-11-21/avenant-ag/ccas-bethune"],
        },
      ],
    });
  });

  it("a thématique without numero, a period given as a duration, a CLLAJ advance from data", () => {
    withRicher((c) => {
      const json = figuresJson(c) as {
        acts: { id: string; period: unknown; territory: unknown; amounts: unknown }[];
        totals: { sessions: { thematiques: { numero: unknown; operations: unknown[] }[] }[] };
      };
      expect(json.acts.map((a) => [a.id, a.territory])).toEqual([
        ["cp-2022-11-21/avenant-ag/ccas-bethune", "Artois"],
        ["cp-2022-11-21/avenant-ag/samps", "Arrageois"],
        ["cp-2022-11-21/avenant-referent-solidarite/ccas-bethune", "Artois"],
        ["cp-2022-11-21/avenant-cllaj/pole-emploi-hdf", null],
        ["cp-2022-11-21/avenant-fpel/caf-pas-de-calais", "Département"],
        ["cp-2022-12-13/convention-pole-emploi-autonomie/pole-emploi-hdf", "Tous les territoires"],
      ]);
      expect(json.acts[3]?.amounts).toEqual({
        total: "20000.00",
        advance: "10000.00",
        balance: "10000.00",
      });
      expect(json.acts[5]?.period).toEqual({ start: "2023-01-01", end: "2023-12-31" });
      expect(
        json.totals.sessions.map((s) =>
          s.thematiques.map((t) => [
            t.numero,
            (t.operations as { numero: unknown }[]).map((o) => o.numero),
          ]),
        ),
      ).toEqual([
        [
          [1, [1, 2]],
          [null, [null, 2, 3]],
        ],
        [[null, [null]]],
      ]);
    });
  });

  it("a value to complete without a position has line and column null", () => {
    const c = computed(FIXTURE);
    const gaps = [
      {
        file: "departement.yaml",
        field: "conventions.cadre.date",
        key: "conventions.cadre.date",
        label: "Date de signature.",
        example: "2022-12-01",
        acts: [],
      },
      {
        file: "a.yaml",
        start: { line: 2, column: 7 },
        field: "siret",
        key: "siret",
        label: "SIRET",
        acts: ["cp-2022-11-21/avenant-ag/x"],
      },
    ];
    expect((figuresJson({ ...c, gaps }) as { missing: unknown }).missing).toStrictEqual([
      {
        file: "departement.yaml",
        line: null,
        column: null,
        field: "conventions.cadre.date",
        key: "conventions.cadre.date",
        label: "Date de signature.",
        example: "2022-12-01",
        acts: [],
      },
      {
        file: "a.yaml",
        line: 2,
        column: 7,
        field: "siret",
        key: "siret",
        label: "SIRET",
        example: null,
        acts: ["cp-2022-11-21/avenant-ag/x"],
      },
    ]);
  });

  it("an act without a period has period null", () => {
    const c = computed(FIXTURE);
    const acts = c.acts.map((a) => ({ ...a, period: undefined }));
    expect(
      (figuresJson({ ...c, acts }) as { acts: { period: unknown }[] }).acts.map((a) => a.period),
    ).toEqual([null, null]);
  });
});
