// Délibération n°2022-418 and rapport n°42 (seed 004, CP du 17 octobre 2022), built as the
// dossier builds them from data/cp-2022-10-17: what a legal reviewer checks against the seed.
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

const SEANCE = "cp-2022-10-17";
const SEANCE_YAML = `${SEANCE}/seance.yaml`;
const ACTES_YAML = `${SEANCE}/actes.yaml`;

/** Every document of the session's dossier, by its title in the table of contents. */
const dossier = (dir = DEFAULT_DATA) => sessionParts(SEANCE, computedData(dir));

/** The lines of the list under « Pour … : », up to the next blank or unlisted line. */
function listUnder(text: string, heading: string): string[] {
  const lines = text.split("\n");
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no line « ${heading} »`);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith("- ")) break;
    items.push(line.slice(2));
  }
  return items;
}

const DELIBERATION = "Délibération n°2022-418";
const RAPPORT = "Rapport n°42";

// seed 004, l. 12-21, name by name in order: Mme Zohra OUAGUEF sits from 17 October 2022.
const PRESENTS = [
  "M. Jean-Claude LEROY",
  "Mme Mireille HINGREZ-CÉRÉDA",
  "M. Daniel MACIEJASZ",
  "Mme Valérie CUVILLIER",
  "M. Bertrand PETIT",
  "Mme Blandine DRAIN",
  "M. Jean-Marc TELLIER",
  "Mme Maryse CAUWET",
  "Mme Bénédicte MESSEANNE-GROBELNY",
  "M. Jean-Claude DISSAUX",
  "Mme Laurence LOUCHAERT",
  "Mme Karine GAUTHIER",
  "M. Alain MEQUIGNON",
  "Mme Evelyne NACHEL",
  "M. François LEMAIRE",
  "Mme Florence WOZNY",
  "M. Jean-Jacques COTTEL",
  "Mme Sophie WAROT-LEMAIRE",
  "M. André KUCHCINSKI",
  "Mme Fatima AIT-CHIKHEBBIH",
  "Mme Carole DUBOIS",
  "M. Olivier BARBARIN",
  "Mme Zohra OUAGUEF",
  "M. Etienne PERIN",
  "Mme Maryse DELASSUS",
  "M. Philippe FAIT",
  "Mme Emmanuelle LAPOUILLE",
  "M. Alexandre MALFAIT",
  "Mme Sylvie MEYFROIDT",
  "M. Frédéric MELCHIOR",
  "Mme Brigitte PASSEBOSC",
  "M. Marc SARPAUX",
  "Mme Marie-Line PLOUVIEZ",
];

// seed 004, l. 23-25 and l. 27.
const EXCUSES = [
  "M. Ludovic LOQUET",
  "M. Laurent DUPORGE",
  "Mme Caroline MATRAT",
  "M. Sébastien CHOCHOIS",
  "M. Pierre GEORGET",
  "M. Claude BACHELET",
  "Mme Maïté MULOT-FRISCOURT",
  "Mme Stéphanie GUISELAIN",
  "M. Ludovic PAJOT",
];
const ABSENTS = ["M. Bruno COUSEIN", "M. Steeve BRIOIS"];

describe("délibération n°2022-418 (seed 004)", () => {
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

  it("heads the session of 17 October 2022 with the seed's title and number", () => {
    expect(text).toContain("RÉUNION DU 17 OCTOBRE 2022\nPRÉSIDENCE DE MONSIEUR JEAN-CLAUDE LEROY");
    expect(text).toContain(
      "STRATÉGIE DE PRÉVENTION ET DE LUTTE CONTRE LA PAUVRETÉ DANS LE PAS-DE-CALAIS - CONVENTION BASSIN MINIER - ENGAGEMENT DU DÉPARTEMENT AU TITRE DE 2022\n(N°2022-418)\n",
    );
  });

  it("names who sat as the seed does, name by name and in order", () => {
    expect(text).toContain("Secrétaire : Mme Emmanuelle LAPOUILLE\n");
    expect(listAfter(text, "Étaient présents")).toEqual(PRESENTS);
    expect(text).not.toContain("BOCQUILLET");
    expect(listAfter(text, "Excusés")).toEqual(EXCUSES);
    expect(listAfter(text, "Absents")).toEqual(ABSENTS);
    expect(listAfter(text, "Assistants également sans voix délibérative")).toEqual([
      "M. Jean-Louis COTTIGNY",
      "Mme Emmanuelle LEVEUGLE",
    ]);
    expect(listAfter(text, "Excusé sans voix délibérative")).toEqual(["M. Michel DAGBERT"]);
  });

  it("cites the texts of the seed (l. 43-67), the two commissions' opinions in its order", () => {
    const visas = text.split("\n").filter((l) => l.startsWith("Vu "));
    expect(visas.map((v) => /n°(\S+)|Vu (le \S+ \S+|l’avis de la \S+)/u.exec(v)?.[0])).toEqual([
      "Vu le Code Général",
      "Vu le Code de",
      "n°2021-257",
      "n°2020-311",
      "n°2019-208",
      "n°2018-606",
      "n°2018-607",
      "n°2017-230",
      "Vu le rapport du",
      "Vu l’avis de la 2ème",
      "Vu l’avis de la 1ère",
    ]);
    expect(text).toContain(
      "Vu l’avis de la 2ème commission « Solidarités humaines » rendu lors de sa réunion en date du 03/10/2022 ;\nVu l’avis de la 1ère commission « Attractivité départementale et emploi » rendu lors de sa réunion en date du 03/10/2022 ;",
    );
  });

  it("decides two articles, one per act, each with its annex; no budget table", () => {
    const decided = articles(text);
    expect(decided.map(([h]) => h)).toEqual(["Article 1", "Article 2"]);
    expect(decided[0]?.[1]).toBe(
      "D’autoriser le Président du Conseil départemental à signer, au nom et pour le compte du Département, avec l’État et le Département du Nord, la convention « Bassin minier du Nord et du Pas-de-Calais », territoire démonstrateur de la stratégie nationale de prévention et de lutte contre la pauvreté, dans les termes du projet joint en annexe 1 à la présente délibération.",
    );
    expect(decided[1]?.[1]).toBe(
      "D’autoriser le Président du Conseil départemental à signer, au nom et pour le compte du Département, avec l’État, la convention financière 2022 relative à l’attribution au Département des crédits État d’un montant total de 500 000,00 €, dans les termes du projet joint en annexe 2 à la présente délibération.",
    );
    expect(text).not.toContain("Code Opération");
  });

  it("records the vote of the seed (l. 87-97), which adds up to the members who sit", () => {
    expect(text).toContain(
      "Pour : 42 voix (Groupe Socialiste, Républicain et Citoyen ; Groupe Communiste et Républicain ; Groupe Union pour le Pas-de-Calais ; Groupe Rassemblement National ; Non-inscrit)\nContre : 0 voix\nAbstention : 0 voix\nAbsents sans délégation de vote : 2 (Groupe Union pour le Pas-de-Calais ; Groupe Rassemblement National)\n(Adopté)",
    );
    // The présents and the excused (who gave their vote) vote; the two absents did not.
    expect(PRESENTS.length + EXCUSES.length).toBe(42);
    expect(ABSENTS.length).toBe(2);
    expect(text).toContain("ARRAS, le 17 octobre 2022\n");
  });
});

describe("rapport n°42 (seed 004)", () => {
  let parts: Map<string, DossierPart>;
  let text: string;
  beforeAll(() => {
    parts = dossier();
    text = textOf(parts, RAPPORT);
  });

  it("heads the rapport as the seed does (l. 922-942), with its EPCI", () => {
    expect(parts.get(RAPPORT)?.doc?.draft).toBe(false);
    expect(text).toContain(
      "Service RSA, Coordination et Pilotage Budgétaire\n\nRAPPORT N°42\nTerritoires concernés : Lens-Hénin, Artois\nEPCI concernés : C. d’Agglo. de Béthune Bruay Artois Lys, Romane, C. d’Agglo. d’Hénin Carvin, C. d’Agglo. de Lens - Liévin\n",
    );
    expect(text).toContain("RÉUNION DU 17 OCTOBRE 2022");
  });

  it("dates the ERBM from its fact and the previous convention from the act", () => {
    expect(text).toContain(
      "Le 7 mars 2017 à Oignies, l’État, la Région Hauts-de-France, les Conseils départementaux du Nord et du Pas-de-Calais ainsi que huit intercommunalités allant de Béthune à Valenciennes signaient l’Engagement pour le Renouveau du Bassin Minier (ERBM).",
    );
    expect(text).toContain(
      "la prolongation d’un an de la contractualisation avec les conseils départementaux du Nord et du Pas-de-Calais signée le 10 juillet 2019 et couvrant la période 2019-2021.",
    );
    expect(text).toContain(
      "Les engagements réciproques de l’État et des Départements au titre de 2022",
    );
  });

  it("lists each Département's actions with their axes (l. 1024-1047)", () => {
    expect(listUnder(text, "Pour le Département du Pas-de-Calais :")).toEqual([
      "Action 1 (axe 1) : Mobiliser la clause d’insertion au service de l’ERBM ;",
      "Action 2 (axe 1) : Développer des actions d’insertion spécifiques périmètre ERBM ;",
      "Action 3 (axe 2) : Prévenir les sorties sèches ASE – mise en place du « Pack Inclusion » ;",
      "Action 4 (axe 2) : Soutien à la parentalité (crèche AVIP) ;",
      "Action 5 (axe 2) : Accompagnement autonome au logement des jeunes en difficultés ;",
      "Action 6 (axe 2) : Solution logement pour les jeunes majeurs ayant eu un parcours institutionnel ASE.",
    ]);
    const nord = listUnder(text, "Pour le Département du Nord :");
    expect(nord.map((a) => /^Action \d \(axe \d\)/u.exec(a)?.[0])).toEqual([
      "Action 1 (axe 2)",
      "Action 2 (axe 2)",
      "Action 3 (axe 2)",
      "Action 4 (axe 1)",
      "Action 5 (axe 1)",
      "Action 6 (axe 2)",
    ]);
    expect(nord[1]).toBe("Action 2 (axe 2) : Mieux garantir le droit à la santé des enfants ;");
  });

  it("states the State's support as the sum of the shares, in figures and in words", () => {
    expect(text).toContain(
      "l’État contribuera à hauteur de 1 000 000,00 € (un million d’euros) réparti à parts égales entre le Département du Pas-de-Calais (500 000,00 €) et le Département du Nord (500 000,00 €).",
    );
  });

  it("proposes the two acts with their annexes and ends with the two opinions", () => {
    expect(text).toContain(
      "- de m’autoriser à signer, au nom et pour le compte du Département, avec l’État et le Département du Nord, la convention « Bassin minier du Nord et du Pas-de-Calais », territoire démonstrateur de la stratégie nationale de prévention et de lutte contre la pauvreté, dans les termes du projet joint en annexe 1 ;",
    );
    expect(text).toContain(
      "- de m’autoriser à signer, au nom et pour le compte du Département, avec l’État, la convention financière 2022 relative à l’attribution au Département des crédits État d’un montant total de 500 000,00 €, dans les termes du projet joint en annexe 2.",
    );
    expect(text).toContain(
      "La 2ème Commission - Solidarités humaines a émis un avis favorable sur ce rapport lors de sa réunion du 03/10/2022.\nLa 1ère Commission - Attractivité départementale et emploi a émis un avis favorable sur ce rapport lors de sa réunion du 03/10/2022.\nJe vous prie de bien vouloir en délibérer.",
    );
  });
});

describe("the figures are the acts', never typed", () => {
  const actes = readFileSync(join(DEFAULT_DATA, ACTES_YAML), "utf8");

  it("another share for the Nord changes the total, the words and « à parts égales »", () => {
    const nord = actes.indexOf("- partie: departement-nord");
    const edited =
      actes.slice(0, nord) +
      actes
        .slice(nord)
        .replace("montant: 500000.00", "montant: 400000.00")
        .replace("montant: 227366.00", "montant: 127366.00");
    const { dir, cleanup } = withFiles({ [ACTES_YAML]: edited }, DEFAULT_DATA);
    try {
      const parts = dossier(dir);
      expect(textOf(parts, RAPPORT)).toContain(
        "l’État contribuera à hauteur de 900 000,00 € (neuf cent mille euros) réparti entre le Département du Pas-de-Calais (500 000,00 €) et le Département du Nord (400 000,00 €).",
      );
      // The Département's own share, its convention attributive's amount, is unchanged.
      expect(articles(textOf(parts, DELIBERATION))[1]?.[1]).toContain(
        "d’un montant total de 500 000,00 €",
      );
    } finally {
      cleanup();
    }
  });

  it("without its convention attributive, the délibération shows what is missing and is a draft", () => {
    const attributive = actes.indexOf("  # seed 004, l. 603-921");
    const { dir, cleanup } = withFiles({ [ACTES_YAML]: actes.slice(0, attributive) }, DEFAULT_DATA);
    try {
      const parts = dossier(dir);
      expect(parts.get(DELIBERATION)?.doc?.draft).toBe(true);
      expect(articles(textOf(parts, DELIBERATION))[1]?.[1]).toContain(
        "d’un montant total de [À COMPLÉTER : convention convention-attributive-bassin-minier de la délibération (actes.yaml)]",
      );
    } finally {
      cleanup();
    }
  });
});

describe("the model's facts are parsed and located", () => {
  it("refuses a fact of the wrong form at its file:line:column", () => {
    const yaml = readFileSync(join(DEFAULT_DATA, SEANCE_YAML), "utf8");
    const line = yaml.split("\n").findIndex((l) => l.startsWith("  erbm_intercommunalites:")) + 1;
    const { ok, diagnostics } = diagnose(
      { [SEANCE_YAML]: yaml.replace("erbm_intercommunalites: 8", "erbm_intercommunalites: 8,5") },
      DEFAULT_DATA,
    );
    expect(ok).toBe(false);
    expect(diagnostics.map(where)).toEqual([`${SEANCE_YAML}:${line}:27 NOMBRE_INVALIDE`]);
  });

  it("asks every fact of the model: a missing one is named", () => {
    const yaml = readFileSync(join(DEFAULT_DATA, SEANCE_YAML), "utf8");
    const { diagnostics } = diagnose(
      { [SEANCE_YAML]: yaml.replace(/^ {2}erbm_date: .*\n/mu, "") },
      DEFAULT_DATA,
    );
    expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      "CHAMP_MANQUANT fait manquant « erbm_date » pour le modèle bassin-minier (faits)",
    ]);
  });
});
