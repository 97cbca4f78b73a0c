// Délibération n°2022-553 and rapport n°50 (seed 002, CP du 13 décembre 2022), built as the
// dossier builds them from data/cp-2022-12-13: what a legal reviewer checks against the seed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { DossierPart } from "../../src/dossier/parts.ts";
import { DEFAULT_DATA, diagnose, where, withFiles } from "../helpers/dataset.ts";
import {
  articles,
  computedData,
  listAfter,
  sessionParts,
  textOf,
} from "../helpers/session-docs.ts";

const SEANCE = "cp-2022-12-13";
const SEANCE_YAML = `${SEANCE}/seance.yaml`;

/** Every document of the session's dossier, by its title in the table of contents. */
const dossier = (dir = DEFAULT_DATA) => sessionParts(SEANCE, computedData(dir));

const DELIBERATION = "Délibération n°2022-553";
const RAPPORT = "Rapport n°50";
const CONVENTION =
  "Convention financière de partenariat – Pôle emploi – « Cap sur les métiers de l’autonomie »";

// seed 002, l. 12-21, name by name in order.
const PRESENTS = [
  "M. Jean-Claude LEROY",
  "Mme Mireille HINGREZ-CÉRÉDA",
  "M. Daniel MACIEJASZ",
  "Mme Valérie CUVILLIER",
  "M. Bertrand PETIT",
  "Mme Bénédicte MESSEANNE-GROBELNY",
  "M. Jean-Claude DISSAUX",
  "Mme Laurence LOUCHAERT",
  "Mme Karine GAUTHIER",
  "M. Alain MEQUIGNON",
  "Mme Evelyne NACHEL",
  "M. François LEMAIRE",
  "Mme Florence WOZNY",
  "M. Jean-Jacques COTTEL",
  "Mme Caroline MATRAT",
  "M. Sébastien CHOCHOIS",
  "Mme Sophie WAROT-LEMAIRE",
  "M. André KUCHCINSKI",
  "Mme Fatima AIT-CHIKHEBBIH",
  "Mme Carole DUBOIS",
  "M. Olivier BARBARIN",
  "M. Etienne PERIN",
  "Mme Maryse DELASSUS",
  "M. Claude BACHELET",
  "M. Philippe FAIT",
  "Mme Emmanuelle LAPOUILLE",
  "M. Alexandre MALFAIT",
  "Mme Brigitte PASSEBOSC",
  "M. Marc SARPAUX",
  "Mme Marie-Line PLOUVIEZ",
  "M. Steeve BRIOIS",
  "M. Ludovic PAJOT",
];

// seed 002, l. 23-26.
const EXCUSES = [
  "Mme Blandine DRAIN",
  "M. Jean-Marc TELLIER",
  "Mme Maryse CAUWET",
  "M. Ludovic LOQUET",
  "M. Laurent DUPORGE",
  "M. Pierre GEORGET",
  "Mme Zohra OUAGUEF",
  "Mme Maïté MULOT-FRISCOURT",
  "M. Bruno COUSEIN",
  "Mme Stéphanie GUISELAIN",
  "Mme Sylvie MEYFROIDT",
  "M. Frédéric MELCHIOR",
];

/** The budget row of seed 002, rapport n°50, l. 745-751: solde = 809 236,67 − 198 000,00. */
const BUDGET_ROW =
  "C02-566A05 | 6568/93566 | Indemnisation des organismes référents | 6 019 600,00 | 809 236,67 | 198 000,00 | 611 236,67";

describe("délibération n°2022-553 (seed 002)", () => {
  let parts: Map<string, DossierPart>;
  let text: string;
  beforeAll(() => {
    parts = dossier();
    text = textOf(parts, DELIBERATION);
  });

  it("is ready to sign: no value left to complete", () => {
    expect(parts.get(DELIBERATION)?.doc?.draft).toBe(false);
    expect(text).not.toContain("À COMPLÉTER");
  });

  it("heads the session of 13 December 2022, presided by M. Jean-Claude LEROY", () => {
    expect(text).toContain("RÉUNION DU 13 DÉCEMBRE 2022\nPRÉSIDENCE DE MONSIEUR JEAN-CLAUDE LEROY");
    expect(text).toContain("\n(N°2022-553)\n");
    expect(text).toContain(
      "PARTENARIAT ENTRE PÔLE EMPLOI ET LE DÉPARTEMENT - MISE EN PLACE DE QUATRE POSTES DE CONSEILLERS PÔLE EMPLOI DÉDIÉS AUX MÉTIERS DE L’AUTONOMIE",
    );
  });

  it("names who sat as the seed does, name by name and in order", () => {
    expect(text).toContain("Secrétaire : Mme Brigitte PASSEBOSC\n");
    expect(listAfter(text, "Étaient présents")).toEqual(PRESENTS);
    expect(listAfter(text, "Excusés")).toEqual(EXCUSES);
    // 44 members sit on 13 December 2022: Mme Zohra OUAGUEF has, Mme Denise BOCQUILLET no more.
    expect(PRESENTS.length + EXCUSES.length).toBe(44);
    expect(text).not.toContain("BOCQUILLET");
    expect(text).not.toMatch(/^Absents? :/m);
    expect(listAfter(text, "Assistants également sans voix délibérative")).toEqual([
      "Mme Emmanuelle LEVEUGLE",
      "M. Jean-Louis COTTIGNY",
    ]);
    expect(listAfter(text, "Excusé sans voix délibérative")).toEqual(["M. Michel DAGBERT"]);
  });

  it("cites the deliberation that created the platform and the commission's opinion", () => {
    expect(text).toContain(
      "Vu la délibération n°2022-54 de la Commission Permanente en date du 21/02/2022 « Partenariat entre la CNSA et le Département - Création d’une plateforme des métiers de l’autonomie » ;",
    );
    expect(text).toContain(
      "Vu l’avis de la 1ère commission « Attractivité départementale et emploi » rendu lors de sa réunion en date du 28/11/2022 ;",
    );
  });

  it("decides three articles: the amount, the convention, the budget line with its solde", () => {
    const decided = articles(text);
    expect(decided.map(([h]) => h)).toEqual(["Article 1", "Article 2", "Article 3"]);
    expect(decided[0]?.[1]).toBe(
      "D’attribuer à Pôle emploi une participation financière d’un montant de 198 000,00 € pour le financement de quatre postes de conseillers dédiés aux métiers de l’autonomie, au sein de Pôle emploi, dans le cadre de l’action décrite au rapport joint à la présente délibération.",
    );
    expect(decided[1]?.[1]).toBe(
      "D’autoriser le Président du Conseil départemental à signer, au nom et pour le compte du Département, avec Pôle emploi, la convention, dans les termes du projet joint en annexe à la présente délibération.",
    );
    expect(decided[2]?.[1]).toContain(
      "La dépense versée en application de l’article 1 de la présente délibération est imputée sur le budget départemental comme suit :",
    );
    expect(decided[2]?.[1]).toContain(BUDGET_ROW);
  });

  it("records the vote of the seed (l. 86-94) and is signed at Arras on the session's day", () => {
    expect(text).toContain(
      "Pour : 44 voix (Groupe Socialiste, Républicain et Citoyen ; Groupe Communiste et Républicain ; Groupe Union pour le Pas-de-Calais ; Groupe Rassemblement National ; Non-inscrit)\nContre : 0 voix\nAbstention : 0 voix\n(Adopté)",
    );
    expect(text).not.toContain("Absents sans délégation");
    expect(text).toContain("ARRAS, le 13 décembre 2022\n");
    expect(text).toContain("La Directrice Générale des Services,\nSigné\nMaryline VINCLAIRE");
  });
});

describe("rapport n°50 (seed 002)", () => {
  let parts: Map<string, DossierPart>;
  let text: string;
  beforeAll(() => {
    parts = dossier();
    text = textOf(parts, RAPPORT);
  });

  it("heads the rapport as the seed does (l. 626-643)", () => {
    expect(parts.get(RAPPORT)?.doc?.draft).toBe(false);
    expect(text).toContain(
      "Pôle Solidarités\nDirection des Politiques d’Inclusion Durable\nMission Insertion par l’Emploi et partenariats stratégiques\n",
    );
    expect(text).toContain("RAPPORT N°50\nTerritoires concernés : Tous les territoires\n");
    expect(text).toContain("RÉUNION DU 13 DÉCEMBRE 2022");
  });

  it("dates the platform's creation from the same deliberation as the visa", () => {
    expect(text).toContain(
      "dont la création a été validée par la Commission Permanente en date du 21 février 2022.",
    );
  });

  it("states the convention's start and duration: 12 months, where the seed wrote 24", () => {
    // Seed 002, l. 688-690: « à compter du 1er janvier 2023 pour une durée de 24 mois » for a
    // convention « conclue pour une durée de 12 mois à compter du 1er janvier 2023 » (l. 439).
    expect(text).toContain(
      "Le recrutement des quatre conseillers est prévu pour permettre un démarrage des accompagnements dans le cadre de la convention, pour une durée de 12 mois à compter du 1er janvier 2023.",
    );
    expect(text).not.toContain("24 mois");
    expect(textOf(parts, CONVENTION)).toContain(
      "La présente convention est conclue pour une durée de 12 mois à compter du 1er janvier 2023.",
    );
  });

  it("proposes the act's amount for the four posts, and the budget table with its solde", () => {
    expect(text).toContain(
      "Il est proposé de contribuer au financement de quatre postes de conseillers dédiés aux métiers de l’autonomie, au sein de Pôle emploi, pour une dépense de 198 000,00 €, compensée en intégralité par la recette CNSA, et qui couvrira :",
    );
    expect(text).toContain("- la rémunération de ces quatre postes équivalents temps plein ;");
    expect(text).toContain(
      "- d’attribuer à Pôle emploi une participation financière d’un montant de 198 000,00 € pour le financement de quatre postes de conseillers, dans le cadre de l’action décrite dans le présent rapport ;",
    );
    expect(text).toContain(`La dépense sera imputée sur le budget départemental comme suit :\n\n`);
    expect(text).toContain(BUDGET_ROW);
  });

  it("ends with the commission's opinion (l. 753-754) and the president's signature", () => {
    expect(text).toContain(
      "La 1ère Commission - Attractivité départementale et emploi a émis un avis favorable sur ce rapport lors de sa réunion du 28/11/2022.\nJe vous prie de bien vouloir en délibérer.",
    );
    expect(text.trimEnd().endsWith("SIGNÉ\nJean-Claude LEROY")).toBe(true);
  });
});

describe("the dossier of 13 December 2022", () => {
  it("orders délibération, convention, rapport", () => {
    const titles = [...dossier().keys()];
    expect(titles.indexOf(DELIBERATION)).toBeLessThan(titles.indexOf(CONVENTION));
    expect(titles.indexOf(CONVENTION)).toBeLessThan(titles.indexOf(RAPPORT));
  });

  it("dates the convention's authorisation from the session: the 13th, where the seed wrote the 12th", () => {
    // Seed 002, l. 128 and l. 192: « en date du 12 décembre 2022 » for the session of the 13th.
    const convention = textOf(dossier(), CONVENTION);
    expect(convention).toContain(
      "par délibération de la Commission Permanente du Conseil départemental du Pas-de-Calais en date du 13 décembre 2022",
    );
    expect(convention).toContain(
      "VU la délibération de la Commission Permanente en date du 13 décembre 2022 ;",
    );
    expect(convention).not.toContain("12 décembre 2022");
  });
});

describe("every figure comes from the data, once", () => {
  const seanceYaml = readFileSync(join(DEFAULT_DATA, SEANCE_YAML), "utf8");

  it("one date of the platform's deliberation: the visa and the rapport follow it", () => {
    const { dir, cleanup } = withFiles(
      {
        [SEANCE_YAML]: seanceYaml.replace(
          "plateforme_date: 2022-02-21",
          "plateforme_date: 2022-03-21",
        ),
      },
      DEFAULT_DATA,
    );
    try {
      const parts = dossier(dir);
      expect(textOf(parts, DELIBERATION)).toContain(
        "en date du 21/03/2022 « Partenariat entre la CNSA",
      );
      expect(textOf(parts, RAPPORT)).toContain("en date du 21 mars 2022.");
    } finally {
      cleanup();
    }
  });

  it("the solde is computed from the disponible, never copied", () => {
    const { dir, cleanup } = withFiles(
      { [SEANCE_YAML]: seanceYaml.replace("disponible: 809236.67", "disponible: 900000.00") },
      DEFAULT_DATA,
    );
    try {
      const parts = dossier(dir);
      const row =
        "C02-566A05 | 6568/93566 | Indemnisation des organismes référents | 6 019 600,00 | 900 000,00 | 198 000,00 | 702 000,00";
      expect(textOf(parts, DELIBERATION)).toContain(row);
      expect(textOf(parts, RAPPORT)).toContain(row);
    } finally {
      cleanup();
    }
  });

  it("the number of posts is the model's fact, in words wherever the documents state it", () => {
    const { dir, cleanup } = withFiles(
      { [SEANCE_YAML]: seanceYaml.replace("postes: 4", "postes: 5") },
      DEFAULT_DATA,
    );
    try {
      const parts = dossier(dir);
      expect(articles(textOf(parts, DELIBERATION))[0]?.[1]).toContain("financement de cinq postes");
      const rapport = textOf(parts, RAPPORT);
      expect(rapport).toContain("la rémunération de ces cinq postes équivalents temps plein");
      // Only the intitulé, which is data of its own, still says four.
      expect(rapport.replace(/^.*QUATRE POSTES.*$/mu, "")).not.toMatch(/quatre/iu);
    } finally {
      cleanup();
    }
  });
});

describe("the model's facts are parsed and located", () => {
  it("refuses a fact of the wrong form at its file:line:column, every one at once", () => {
    const yaml = readFileSync(join(DEFAULT_DATA, SEANCE_YAML), "utf8");
    const lines = yaml.split("\n");
    const lineOf = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;
    const { ok, diagnostics } = diagnose(
      {
        [SEANCE_YAML]: yaml
          .replace("postes: 4", "postes: quatre")
          .replace("plateforme_date: 2022-02-21", "plateforme_date: 21/02/2022"),
      },
      DEFAULT_DATA,
    );
    expect(ok).toBe(false);
    expect(diagnostics.map(where)).toEqual([
      `${SEANCE_YAML}:${lineOf("  plateforme_date:")}:20 DATE_INVALIDE`,
      `${SEANCE_YAML}:${lineOf("  postes:")}:11 NOMBRE_INVALIDE`,
    ]);
  });

  it("refuses a fact the model does not know, and names the ones it asks", () => {
    const yaml = readFileSync(join(DEFAULT_DATA, SEANCE_YAML), "utf8");
    const { diagnostics } = diagnose(
      { [SEANCE_YAML]: yaml.replace("  postes: 4", "  postes: 4\n  recette_cnsa: 198000.00") },
      DEFAULT_DATA,
    );
    expect(diagnostics.map((d) => d.message)).toEqual([
      "fait inconnu « recette_cnsa » pour le modèle pole-emploi-autonomie",
    ]);
  });
});
