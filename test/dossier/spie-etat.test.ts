// Délibération n°2022-451 and rapport n°31 (seed 001, CP du 21 novembre 2022), the other
// deliberation of the session of n°2022-467: its own présents (people came and went), its
// president, its « Article unique », and the rapport's figures taken from the avenant declared in
// actes.yaml or from the model's one fact, never typed. Expected text quoted from the seed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA, diagnose, where, withFiles } from "../helpers/dataset.ts";
import { article, lineStarting, sessionTexts } from "../helpers/session-docs.ts";

const SEANCE = "cp-2022-11-21";
const DELIBERATION = "Délibération n°2022-451";
const RAPPORT = "Rapport n°31";

const dossier = sessionTexts(DEFAULT_DATA, SEANCE);
const deliberation = dossier.text(DELIBERATION);
const rapport = dossier.text(RAPPORT);

describe("délibération n°2022-451: who sat (seed 001, l. 16-26)", () => {
  it("the présents are the seed's, name by name and in order: M. DUPORGE is back", () => {
    const line = lineStarting(deliberation, "Étaient présents : ");
    expect(line).toBe(
      "Étaient présents : M. Jean-Claude LEROY, Mme Mireille HINGREZ-CÉRÉDA, M. Daniel MACIEJASZ, Mme Valérie CUVILLIER, M. Bertrand PETIT, Mme Blandine DRAIN, M. Jean-Marc TELLIER, M. Ludovic LOQUET, Mme Bénédicte MESSEANNE-GROBELNY, M. Jean-Claude DISSAUX, Mme Laurence LOUCHAERT, M. Laurent DUPORGE, M. Alain MEQUIGNON, Mme Evelyne NACHEL, M. François LEMAIRE, Mme Florence WOZNY, M. Jean-Jacques COTTEL, Mme Caroline MATRAT, M. Sébastien CHOCHOIS, Mme Sophie WAROT-LEMAIRE, M. André KUCHCINSKI, Mme Fatima AIT-CHIKHEBBIH, Mme Carole DUBOIS, M. Olivier BARBARIN, Mme Zohra OUAGUEF, M. Etienne PERIN, Mme Maryse DELASSUS, M. Claude BACHELET, M. Bruno COUSEIN, Mme Stéphanie GUISELAIN, M. Philippe FAIT, Mme Emmanuelle LAPOUILLE, M. Alexandre MALFAIT, Mme Sylvie MEYFROIDT, M. Frédéric MELCHIOR, Mme Brigitte PASSEBOSC, M. Marc SARPAUX, Mme Marie-Line PLOUVIEZ, M. Steeve BRIOIS, M. Ludovic PAJOT.",
    );
    expect(line.split(", ")).toHaveLength(40);
    // n°2022-467 of the same session: 39 présents, M. DUPORGE absent.
    const other = lineStarting(dossier.text("Délibération n°2022-467"), "Étaient présents : ");
    expect(other.split(", ")).toHaveLength(39);
    expect(other).not.toContain("DUPORGE");
  });

  it("presided by the President, secretary, excusés, no absent, no intéressé", () => {
    expect(lineStarting(deliberation, "PRÉSIDENCE")).toBe(
      "PRÉSIDENCE DE MONSIEUR JEAN-CLAUDE LEROY",
    );
    expect(lineStarting(deliberation, "Secrétaire")).toBe("Secrétaire : M. Alexandre MALFAIT");
    expect(lineStarting(deliberation, "Excusés : ")).toBe(
      "Excusés : Mme Maryse CAUWET, Mme Karine GAUTHIER, M. Pierre GEORGET, Mme Maïté MULOT-FRISCOURT.",
    );
    expect(lineStarting(deliberation, "Assistants")).toBe(
      "Assistants également sans voix délibérative : M. Jean-Louis COTTIGNY, Mme Emmanuelle LEVEUGLE.",
    );
    expect(lineStarting(deliberation, "Excusé sans voix")).toBe(
      "Excusé sans voix délibérative : M. Michel DAGBERT.",
    );
    expect(deliberation).not.toMatch(/^Absents? :/m);
    expect(deliberation).not.toContain("intéressé");
  });
});

describe("délibération n°2022-451: the decision (seed 001, l. 65-71)", () => {
  it("one act authorised: « Article unique : », never « Article 1 : »", () => {
    expect(article(deliberation, "Article unique :")).toBe(
      "D'autoriser le Président du Conseil départemental à signer, au nom et pour le compte du Département, avec l'État l'avenant à la convention de financement pour la mise en œuvre territoriale du service public de l'insertion et de l'emploi 2021-2022, dans les termes du projet joint en annexe à la présente délibération.",
    );
    expect(deliberation).not.toMatch(/^Article \d/m);
  });

  it("no budget table: the avenant moves no money of the Département", () => {
    expect(deliberation).not.toContain("Code Opération");
  });

  it("the vote: 44 voix pour, no line of absents", () => {
    expect(deliberation).toContain(
      [
        "Pour : 44 voix (Groupe Socialiste, Républicain et Citoyen ; Groupe Communiste et Républicain ; Groupe Union pour le Pas-de-Calais ; Groupe Rassemblement National ; Non-inscrit)",
        "Contre : 0 voix",
        "Abstention : 0 voix",
        "(Adopté)",
      ].join("\n"),
    );
    expect(deliberation).not.toContain("Absents sans délégation");
  });

  it("is final, as its rapport", () => {
    expect(dossier.draft(DELIBERATION)).toBe(false);
    expect(dossier.draft(RAPPORT)).toBe(false);
  });
});

describe("rapport n°31 (seed 001, l. 289-339)", () => {
  it("the convention: its date and period from the avenant, the State's 550 000 € from the facts (l. 305)", () => {
    expect(rapport).toContain(
      "la signature de la convention de financement entre l'État et le Département le 30 septembre 2021 à hauteur de 550 000,00 €, couvrant la période du 1er janvier 2021 au 31 décembre 2022, et par",
    );
  });

  it("the prolongation computed from the former end and the new one (l. 317)", () => {
    expect(rapport).toContain(
      "de prolonger de 6 mois, à savoir jusqu'au 30 juin 2023, la convention de financement 2021-2022.\n",
    );
    expect(rapport).toContain(
      "Compte tenu de l'arrivée à échéance de la convention au 31 décembre 2022, l'État souhaite finaliser la procédure d'avenant avant cette date.\n",
    );
  });

  it("its head, its proposal and the commissions' opinions", () => {
    expect(rapport).toContain(
      "Service RSA, Coordination et Pilotage Budgétaire\n\nRAPPORT N°31\nTerritoires concernés : Tous les territoires\n",
    );
    expect(rapport).toContain(
      "- De m'autoriser à signer, au nom et pour le compte du Département, avec l'État l'avenant à la convention de financement pour la mise en œuvre territoriale du service public de l'insertion et de l'emploi 2021-2022, dans les termes du projet joint en annexe.\n",
    );
    expect(rapport).toContain(
      "La 1ère Commission - Attractivité départementale et emploi a émis un avis favorable sur ce rapport lors de sa réunion du 07/11/2022.\n",
    );
  });

  it("a new end in actes.yaml moves the rapport's prolongation: nothing typed", () => {
    const actes = readFileSync(join(DEFAULT_DATA, SEANCE, "actes.yaml"), "utf8");
    const later = actes.replace(
      "periode: { debut: 2021-01-01, fin: 2023-06-30 }\n    # Article 2.3",
      "periode: { debut: 2021-01-01, fin: 2023-09-30 }\n    # Article 2.3",
    );
    expect(later).not.toBe(actes);
    const { dir, cleanup } = withFiles({ [`${SEANCE}/actes.yaml`]: later }, DEFAULT_DATA);
    try {
      expect(sessionTexts(dir, SEANCE).text(RAPPORT)).toContain(
        "de prolonger de 9 mois, à savoir jusqu'au 30 septembre 2023, la convention de financement 2021-2022.\n",
      );
    } finally {
      cleanup();
    }
  });

  it("the State's funding is a fact the model asks for: without it, an error at the deliberation", () => {
    const yaml = readFileSync(join(DEFAULT_DATA, SEANCE, "seance.yaml"), "utf8");
    const without = yaml.replace("      convention_etat_montant: 550000.00\n", "      {}\n");
    expect(without).not.toBe(yaml);
    const r = diagnose({ [`${SEANCE}/seance.yaml`]: without }, DEFAULT_DATA);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [where(d).replace(/:\d+:\d+ /, " "), d.message])).toEqual([
      [
        `${SEANCE}/seance.yaml CHAMP_MANQUANT`,
        "fait manquant « convention_etat_montant » pour le modèle spie-etat (faits)",
      ],
    ]);
  });
});
