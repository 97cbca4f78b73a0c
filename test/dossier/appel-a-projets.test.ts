// Délibération n°2022-467, its annexe « répartition financière » and rapport n°47 (seed 003, CP du
// 21 novembre 2022), built from the embedded data as a legal reviewer reads them: who sat and who
// presided, the articles' counts and totals, the acts authorised with their annexes, the budget
// table, the vote. Every expected figure is quoted from the seed (its line in a comment); where
// the engine differs from the seed on purpose, the comment says why.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA, diagnose, where, withFiles } from "../helpers/dataset.ts";
import { article, lineStarting, sessionTexts } from "../helpers/session-docs.ts";

const SEANCE = "cp-2022-11-21";
const DELIBERATION = "Délibération n°2022-467";
const RAPPORT = "Rapport n°47";
const REPARTITION = "Annexe 5 – Répartition financière des opérations";

const dossier = sessionTexts(DEFAULT_DATA, SEANCE);
const deliberation = dossier.text(DELIBERATION);
const rapport = dossier.text(RAPPORT);

/** A list of the head (« Étaient présents : A, B. ») as its names. */
const names = (line: string) =>
  line
    .slice(line.indexOf(" : ") + 3)
    .replace(/\.$/, "")
    .split(", ");

describe("délibération n°2022-467: who sat", () => {
  it("the présents are the seed's, name by name and in order (l. 12-24)", () => {
    expect(names(lineStarting(deliberation, "Étaient présents : "))).toEqual([
      "M. Jean-Claude LEROY",
      "Mme Mireille HINGREZ-CÉRÉDA",
      "M. Daniel MACIEJASZ",
      "Mme Valérie CUVILLIER",
      "M. Bertrand PETIT",
      "Mme Blandine DRAIN",
      "M. Jean-Marc TELLIER",
      "M. Ludovic LOQUET",
      "Mme Bénédicte MESSEANNE-GROBELNY",
      "M. Jean-Claude DISSAUX",
      "Mme Laurence LOUCHAERT",
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
      "Mme Zohra OUAGUEF",
      "M. Etienne PERIN",
      "Mme Maryse DELASSUS",
      "M. Claude BACHELET",
      "M. Bruno COUSEIN",
      "Mme Stéphanie GUISELAIN",
      "M. Philippe FAIT",
      "Mme Emmanuelle LAPOUILLE",
      "M. Alexandre MALFAIT",
      "Mme Sylvie MEYFROIDT",
      "M. Frédéric MELCHIOR",
      "Mme Brigitte PASSEBOSC",
      "M. Marc SARPAUX",
      "Mme Marie-Line PLOUVIEZ",
      "M. Steeve BRIOIS",
      "M. Ludovic PAJOT",
    ]);
  });

  it("secrétaire, excusés, absents, assistants and excusé sans voix (l. 10, 25-33)", () => {
    // The seed writes « Excusé(s) », « Absent(s) »: the engine agrees the label with the list.
    expect(lineStarting(deliberation, "Secrétaire")).toBe("Secrétaire : M. Alexandre MALFAIT");
    expect(lineStarting(deliberation, "Excusés : ")).toBe(
      "Excusés : Mme Karine GAUTHIER, M. Pierre GEORGET.",
    );
    expect(lineStarting(deliberation, "Absents : ")).toBe(
      "Absents : Mme Maryse CAUWET, M. Laurent DUPORGE, Mme Maïté MULOT-FRISCOURT.",
    );
    expect(lineStarting(deliberation, "Assistants")).toBe(
      "Assistants également sans voix délibérative : M. Jean-Louis COTTIGNY, Mme Emmanuelle LEVEUGLE.",
    );
    expect(lineStarting(deliberation, "Excusé sans voix")).toBe(
      "Excusé sans voix délibérative : M. Michel DAGBERT.",
    );
  });

  it("presided by Mme CUVILLIER: the President and the first two vice-presidents are intéressés (l. 8)", () => {
    expect(lineStarting(deliberation, "PRÉSIDENCE")).toBe("PRÉSIDENCE DE MADAME VALÉRIE CUVILLIER");
    // The signature stays the President's (l. 211-213).
    expect(deliberation).toContain("LE PRÉSIDENT DU CONSEIL DÉPARTEMENTAL,\nJean-Claude LEROY\n");
  });

  it("the intéressés, in the seed's order, and the excused ones (l. 67-75)", () => {
    // The seed spells « HINGREZ-CEREDA » here only; the assembly's spelling is used everywhere.
    expect(deliberation).toContain(
      "Mesdames Caroline MATRAT, Blandine DRAIN, Florence WOZNY, Sophie WAROT-LEMAIRE, Fatima AIT-CHIKHEBBIH, Mireille HINGREZ-CÉRÉDA, Carole DUBOIS et Emmanuelle LAPOUILLE ainsi que Messieurs Jean-Claude LEROY, François LEMAIRE, Bertrand PETIT, Jean-Claude DISSAUX, Alain MEQUIGNON, Frédéric MELCHIOR, Daniel MACIEJASZ, Bruno COUSEIN et Philippe FAIT, intéressés à l'affaire, n'ont pris part ni au débat, ni au vote.\n",
    );
    expect(deliberation).toContain(
      "Mesdames Maryse CAUWET et Maïté MULOT-FRISCOURT, intéressées à l'affaire et excusées, n'ont pas donné de délégation de vote pour ce rapport.\n",
    );
  });

  it("the commissions' opinions (l. 62-65)", () => {
    expect(deliberation).toContain(
      "Vu l'avis de la 2ème commission « Solidarités humaines » rendu lors de sa réunion en date du 07/11/2022 ;\n" +
        "Vu l'avis de la 1ère commission « Attractivité départementale et emploi » rendu lors de sa réunion en date du 07/11/2022 ;\n",
    );
  });
});

describe("délibération n°2022-467: the articles", () => {
  // Counts and totals summed from operations.yaml's lines (l. 79-107). The seed writes
  // « 420 720 € »: every amount of the engine has its cents. Its article 4 gives no count; the
  // engine counts the thématique's 3 operations as it counts the others'.
  it.each([
    [
      1,
      "des 2 opérations de la thématique 1 « Accompagnement des bénéficiaires du RSA », telles que présentées en annexe 1, pour un montant total de 420 720,00 €",
    ],
    [
      2,
      "des 3 dispositifs de la thématique 2 « Développement des compétences et accès à l'emploi », tels que présentés en annexe 2, pour un montant total de 267 566,08 €",
    ],
    [
      3,
      "des 5 opérations de la thématique 3 « Accès au logement et accompagnement budgétaire », telles que présentées en annexe 3, pour un montant total de 685 493,00 €",
    ],
    [
      4,
      "des 3 opérations de la thématique 4 « Autonomie et inclusion des jeunes », telles que présentées en annexe 4, pour un montant total de 273 567,00 €",
    ],
  ])("article %i: its thématique's count and total", (n, expected) => {
    expect(article(deliberation, `Article ${n} :`)).toBe(
      `De valider le financement ${expected}, aux structures et selon la répartition financière reprises en annexe 5 à la présente délibération.`,
    );
  });

  it("article 5: the conventions on the model validated on 27 September 2022 (l. 109-113)", () => {
    // The seed's « modèle type validée » is agreed: « validé ».
    expect(article(deliberation, "Article 5 :")).toBe(
      "D'autoriser le Président du Conseil départemental à signer, au nom et pour le compte du Département, avec les structures citées en annexe 5, les conventions dans les termes du modèle type validé par la délibération de la Commission Permanente du 27 septembre 2022 susvisée.",
    );
  });

  // The seed's articles 6-10 (l. 115-144) cite the same operations, in another order, with annexes
  // numbered in no order the data holds (7 and 8, 9, 6, 10, 11): the engine numbers the annexes
  // of the acts as its articles cite them, from 6.
  it.each([
    [
      6,
      "les avenants avec les structures reprises dans la thématique 1 opération 1 de l'annexe 5, dans les termes des projets types en annexes 6 et 7",
    ],
    [
      7,
      "l'avenant avec la structure reprise dans la thématique 1 opération 2 de l'annexe 5, dans les termes du projet en annexe 8",
    ],
    [
      8,
      "les avenants avec les structures reprises dans la thématique 3 opération 1 de l'annexe 5, dans les termes du projet type en annexe 9",
    ],
    [
      9,
      "l'avenant avec la structure reprise dans la thématique 3 opération 2 de l'annexe 5, dans les termes du projet en annexe 10",
    ],
    [10, "l'avenant avec la structure GIE EURASANTE, dans les termes du projet joint en annexe 11"],
  ])("article %i: the acts it authorises and their annexe", (n, expected) => {
    expect(article(deliberation, `Article ${n} :`)).toBe(
      `D'autoriser le Président du Conseil départemental à signer, au nom et pour le compte du Département, ${expected} à la présente délibération.`,
    );
  });

  it("article 11: the budget table, solde = disponible − proposition (rapport n°47, l. 3741-3778)", () => {
    expect(article(deliberation, "Article 11 :")).toBe(
      "Les dépenses versées en application des articles 1 à 4 de la présente délibération sont imputées sur le budget départemental comme suit :",
    );
    expect(deliberation).toContain(
      [
        "Code Opération | Imputation Budgétaire | Libellé Opération | AE € | Disponible € | Proposition € | Solde €",
        "C02-566A05 | 6568/93566 | Indemnisation des organismes référents | 6 019 600,00 | 1 235 586,67 | 420 720,00 | 814 866,67",
        "C02-582A02 | 6568/9358 | Accompagnement des jeunes | 855 000,00 | 387 000,00 | 268 567,00 | 118 433,00",
        "C01-564H02 | 6568/93564 | Appui aux parcours intégrés 2021-2027 | 15 680 078,60 | 3 662 882,35 | 267 566,08 | 3 395 316,27",
        "C02-581E02 | 6568/9358 | Logement des jeunes | 1 200 000,00 | 170 000,00 | 120 000,00 | 50 000,00",
        "C02-581E04 | 6568/9358 | Politique inclusive en faveur du logement | 2 072 445,40 | 634 365,40 | 565 493,00 | 68 872,40",
        "C02-582A01 | 6568/9358 | Fonds d'aide aux jeunes | 130 000,00 | 130 000,00 | 5 000,00 | 125 000,00",
      ].join("\n"),
    );
    expect(deliberation).not.toContain("Article 12");
  });

  it("the vote (l. 195-202)", () => {
    expect(deliberation).toContain(
      [
        "Pour : 24 voix (Groupe Socialiste, Républicain et Citoyen ; Groupe Communiste et Républicain ; Groupe Union pour le Pas-de-Calais ; Groupe Rassemblement National ; Non-inscrit)",
        "Contre : 0 voix",
        "Abstention : 17 voix (Groupe Socialiste, Républicain et Citoyen ; Groupe Communiste et Républicain ; Groupe Union pour le Pas-de-Calais)",
        "Absents sans délégation de vote : 3 (Groupe Socialiste, Républicain et Citoyen ; Groupe Union pour le Pas-de-Calais)",
        "(Adopté)",
      ].join("\n"),
    );
  });

  it("is final: nothing left to complete", () => {
    expect(deliberation).not.toContain("À COMPLÉTER");
    expect(dossier.draft(DELIBERATION)).toBe(false);
  });
});

describe("rapport n°47", () => {
  it("four thématiques, each with its count, total and annexes (l. 3543, 3580-3694)", () => {
    expect(rapport).toContain("regroupées dans 4 grandes thématiques :");
    // Thématique 1 funds the avenants of its operation 2 too (annexe 8 here): the seed's
    // « (Annexes 1, 5, 7 et 8) » forgets that annexe. EURASANTE's avenant de durée names no
    // operation in actes.yaml: it is cited by its article, not under thématique 2.
    for (const expected of [
      "2 opérations sont ici proposées pour un montant total de 420 720,00 € (Annexes 1, 5, 6, 7 et 8).",
      "3 dispositifs sont ici proposés pour un montant total de 267 566,08 € (Annexes 2 et 5).",
      "5 opérations sont ici proposées pour un montant total de 685 493,00 € (Annexes 3, 5, 9 et 10).",
      "3 opérations sont ici proposées pour un montant total de 273 567,00 € (Annexes 4 et 5).",
    ]) {
      expect(rapport).toContain(`\n${expected}\n`);
    }
  });

  it("the proposals repeat the articles (l. 3697-3735)", () => {
    expect(rapport).toContain(
      "- De valider le financement des 3 dispositifs de la thématique 2 « Développement des compétences et accès à l'emploi », pour un montant total de 267 566,08 €, ainsi que la répartition financière proposée en annexe 5 ;\n",
    );
    expect(rapport).toContain(
      "- De m'autoriser à signer, au nom et pour le compte du Département, avec les structures citées en annexe 5, les conventions (convention type validée en Commission Permanente du 27 septembre 2022) ;\n",
    );
    expect(rapport).toContain(
      "- De m'autoriser à signer, au nom et pour le compte du Département, l'avenant avec la structure GIE EURASANTE, selon les termes du projet joint en annexe 11.\n",
    );
  });

  it("the head and the budget table with its soldes (l. 3508-3514, 3741-3778)", () => {
    expect(rapport).toContain("Mission Budget, Coordination et Evaluation\n\nRAPPORT N°47\n");
    expect(rapport).toContain(
      "C01-564H02 | 6568/93564 | Appui aux parcours intégrés 2021-2027 | 15 680 078,60 | 3 662 882,35 | 267 566,08 | 3 395 316,27\n",
    );
    expect(rapport).toContain(
      "La 2ème Commission - Solidarités humaines a émis un avis favorable sur ce rapport lors de sa réunion du 07/11/2022.\n",
    );
    expect(dossier.draft(RAPPORT)).toBe(false);
  });
});

describe("annexe « répartition financière » (seed 003, annexe 5, l. 1093-1575)", () => {
  const annexe = dossier.text(REPARTITION);

  it("follows the délibération, before the acts and the rapport", () => {
    const at = (t: string) => dossier.titles.indexOf(t);
    expect(at(DELIBERATION)).toBeLessThan(at(REPARTITION));
    expect(at(REPARTITION)).toBeLessThan(at(RAPPORT));
  });

  it("every total of the seed, summed from the lines", () => {
    for (const total of [
      "Total de l'opération 1 – Accompagnement Global | 420 000,00", // l. 1145
      "Total de l'opération 2 – Dispositif référent solidarité | 720,00", // l. 1153
      "Total de la thématique 1 | 420 720,00", // l. 1155
      "Total de l'opération 2 – Actions d'insertion innovantes | 175 055,50", // l. 1246
      "Total de la thématique 2 | 267 566,08", // l. 1263
      "Total de l'opération 2 – Fonds de Prévention des Expulsions Locatives (FPEL) | 500 000,00", // l. 1324
      "Total de la thématique 3 | 685 493,00", // l. 1385
      "Total de l'opération 1 – Soutien des Missions Locales en faveur de la jeunesse | 161 067,00", // l. 1427
      "Total de la thématique 4 | 273 567,00", // l. 1575
    ]) {
      expect(annexe).toContain(`\n${total}\n`);
    }
    expect(annexe).toContain(
      "Soutien des Missions Locales en faveur de la jeunesse | Arrageois | MEM en Pays d'Artois |  | 17 982,00\n",
    );
  });

  it("a line the seed leaves without description is a blank cell, and the annexe is final", () => {
    expect(annexe).not.toContain("À COMPLÉTER");
    expect(dossier.draft(REPARTITION)).toBe(false);
  });
});

describe("computed, never typed", () => {
  const SEANCE_YAML = join(DEFAULT_DATA, SEANCE, "seance.yaml");
  const edited = (edit: (yaml: string) => string) => {
    const { dir, cleanup } = withFiles(
      { [`${SEANCE}/seance.yaml`]: edit(readFileSync(SEANCE_YAML, "utf8")) },
      DEFAULT_DATA,
    );
    try {
      return sessionTexts(dir, SEANCE).text(DELIBERATION);
    } finally {
      cleanup();
    }
  };

  it("a disponible changed in data changes the solde; the dispositifs fact moves the wording", () => {
    const text = edited((yaml) =>
      yaml
        .replace(
          "  C02-582A01:\n    disponible: 130000.00",
          "  C02-582A01:\n    disponible: 131000.00",
        )
        .replace("thematique_dispositifs: 2", "thematique_dispositifs: 3"),
    );
    expect(text).toContain("| 131 000,00 | 5 000,00 | 126 000,00\n");
    expect(article(text, "Article 2 :")).toContain("des 3 opérations de la thématique 2");
    expect(article(text, "Article 3 :")).toContain(
      "des 5 dispositifs de la thématique 3 « Accès au logement et accompagnement budgétaire », tels que présentés en annexe 3",
    );
  });

  it("two declared acts that frame no operation: one article and one annexe each", () => {
    const actes = readFileSync(join(DEFAULT_DATA, SEANCE, "actes.yaml"), "utf8");
    const start = actes.indexOf("  - type: avenant-duree");
    const end = actes.indexOf("\n\n", start);
    const second = actes
      .slice(start, end)
      .replace("parties: [eurasante]", "parties: [uriopss]")
      .replace("numero: 2021-04672", "numero: 2021-04999");
    const { dir, cleanup } = withFiles(
      { [`${SEANCE}/actes.yaml`]: `${actes.trimEnd()}\n${second}\n` },
      DEFAULT_DATA,
    );
    try {
      const text = sessionTexts(dir, SEANCE).text(DELIBERATION);
      expect(article(text, "Article 10 :")).toContain(
        "l'avenant avec la structure GIE EURASANTE, dans les termes du projet joint en annexe 11 ",
      );
      expect(article(text, "Article 11 :")).toContain(
        "l'avenant avec la structure URIOPSS, dans les termes du projet joint en annexe 12 ",
      );
      expect(article(text, "Article 12 :")).toMatch(/^Les dépenses versées/);
    } finally {
      cleanup();
    }
  });

  it("with the President taking part, he presides", () => {
    const text = edited((yaml) => yaml.replace("  - leroy\n", ""));
    expect(lineStarting(text, "PRÉSIDENCE")).toBe("PRÉSIDENCE DE MONSIEUR JEAN-CLAUDE LEROY");
  });
});

describe("seance.yaml names members by their id", () => {
  it("an unknown id is refused at its line, with the id meant", () => {
    const yaml = readFileSync(join(DEFAULT_DATA, SEANCE, "seance.yaml"), "utf8");
    const typo = yaml.replace("excuses: [gauthier, georget]", "excuses: [gauthier, georjet]");
    expect(typo).not.toBe(yaml);
    const lines = typo.split("\n");
    const line = lines.findIndex((l) => l.startsWith("excuses: [gauthier, georjet]"));
    const column = (lines[line] ?? "").indexOf("georjet") + 1;
    const r = diagnose({ [`${SEANCE}/seance.yaml`]: typo }, DEFAULT_DATA);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map(where)).toEqual([
      `${SEANCE}/seance.yaml:${line + 1}:${column} REFERENCE_INCONNUE`,
    ]);
    expect(r.diagnostics[0]).toMatchObject({
      message: "« georjet » n'est pas dans departement.yaml (assemblee.membres)",
      hint: "voulez-vous dire « georget » ?",
    });
  });
});
