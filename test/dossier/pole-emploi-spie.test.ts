// Délibération n°2022-298 and rapport n°38 (seed 000, CP du 4 juillet 2022), as a legal reviewer
// reads them: who sat, the decision's amount, the budget table, the vote, the rapport's figures.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NBSP, NNBSP } from "../../src/format/fr/typography.ts";
import { typo as digits } from "../format/typo.ts";
import { DEFAULT_DATA, diagnose, where, withEdited } from "../helpers/dataset.ts";
import { computedData, partText } from "../helpers/session-docs.ts";

const SESSION = "cp-2022-07-04";
/** The engine's typography on readable text: digit groups, €, and the spaces before : and ;. */
const typo = (readable: string) =>
  digits(readable).replace(/ :/g, `${NBSP}:`).replace(/ ;/g, `${NNBSP};`);
/** Seed 000, l. 11-26, « Étaient présents : » (the line breaks and double spaces of its text removed). */
const SEED_PRESENTS =
  "M. Jean-Claude LEROY, Mme Mireille HINGREZ-CÉRÉDA, Mme Valérie CUVILLIER, M. Bertrand PETIT, Mme Blandine DRAIN, Mme Maryse CAUWET, M. Ludovic LOQUET, Mme Bénédicte MESSEANNE-GROBELNY, M. Jean-Claude DISSAUX, Mme Laurence LOUCHAERT, Mme Karine GAUTHIER, M. Alain MEQUIGNON, Mme Evelyne NACHEL, M. François LEMAIRE, Mme Florence WOZNY, M. Jean-Jacques COTTEL, Mme Caroline MATRAT, Mme Sophie WAROT-LEMAIRE, M. André KUCHCINSKI, Mme Fatima AIT-CHIKHEBBIH, Mme Carole DUBOIS, M. Olivier BARBARIN, M. Etienne PERIN, Mme Maryse DELASSUS, M. Claude BACHELET, M. Bruno COUSEIN, Mme Stéphanie GUISELAIN, M. Philippe FAIT, Mme Emmanuelle LAPOUILLE, Mme Sylvie MEYFROIDT, M. Frédéric MELCHIOR, M. Marc SARPAUX, Mme Marie-Line PLOUVIEZ, M. Ludovic PAJOT.";
/** Seed 000, l. 27-30, « Excusé(s) : ». */
const SEED_EXCUSES =
  "M. Daniel MACIEJASZ, M. Jean-Marc TELLIER, M. Laurent DUPORGE, M. Sébastien CHOCHOIS, M. Pierre GEORGET, Mme Denise BOCQUILLET, Mme Maïté MULOT-FRISCOURT, M. Alexandre MALFAIT, Mme Brigitte PASSEBOSC, M. Steeve BRIOIS.";

const deliberation = () => partText(SESSION, "Délibération n°2022-298");
const rapport = () => partText(SESSION, "Rapport n°38");

describe("délibération n°2022-298 (seed 000)", () => {
  it("names the présents of the seed, in its order: the members neither excused nor absent", () => {
    expect(SEED_PRESENTS.split(", ")).toHaveLength(34);
    expect(deliberation()).toContain(typo(`Étaient présents : ${SEED_PRESENTS}`));
  });

  it("names the excused of the seed, the label agreed (« Excusés », « Excusé sans voix »)", () => {
    expect(SEED_EXCUSES.split(", ")).toHaveLength(10);
    const text = deliberation();
    expect(text).toContain(typo(`Excusés : ${SEED_EXCUSES}`));
    expect(text).toContain(typo("Excusé sans voix délibérative : M. Michel DAGBERT."));
    expect(text).toContain(
      typo(
        "Assistants également sans voix délibérative : Mme Emmanuelle LEVEUGLE, M. Jean-Louis COTTIGNY.",
      ),
    );
    expect(text).toContain(typo("Secrétaire : Mme Stéphanie GUISELAIN"));
    // Mme Denise BOCQUILLET sits on 4 July 2022; Mme Zohra OUAGUEF only from 17 October.
    expect(text).not.toContain("OUAGUEF");
  });

  it("decides the act's amount and prints the budget table with the solde computed", () => {
    const text = deliberation();
    expect(text).toContain("(N°2022-298)");
    expect(text).toContain(
      typo(
        "D’attribuer à Pôle emploi au titre de l’exercice 2022, une participation financière d’un montant de 50 000,00 €",
      ),
    );
    expect(text).toContain("l’avenant financier à la convention de partenariat n°2021-04462");
    // Rapport n°38's table: AE 420 000,00 ; disponible 410 000,00 ; proposition 50 000,00 ; solde 360 000,00.
    expect(text).toContain(
      typo(
        "C02-561G02 | 6568/93561 | Projet collectif d’insertion | 420 000,00 | 410 000,00 | 50 000,00 | 360 000,00",
      ),
    );
    expect(text.match(/^Article \d+\s:$/gmu)).toEqual(
      ["Article 1 :", "Article 2 :", "Article 3 :"].map(typo),
    );
  });

  it("gives the vote, « (Adopté) », and the signatures of the president and of the DGS", () => {
    const text = deliberation();
    expect(text).toContain(
      typo(
        "Pour : 44 voix (Groupe Socialiste, Républicain et Citoyen ; Groupe Communiste et Républicain ; Groupe Union pour le Pas-de-Calais ; Groupe Rassemblement National ; Non-inscrit)",
      ),
    );
    expect(text).toContain(typo("Contre : 0 voix\nAbstention : 0 voix\n(Adopté)"));
    expect(text).toContain(
      "LE PRÉSIDENT DU CONSEIL DÉPARTEMENTAL,\nJean-Claude LEROY\nARRAS, le 4 juillet 2022",
    );
    expect(text).toContain("La Directrice Générale des Services,\nSigné\nMaryline VINCLAIRE");
  });
});

describe("rapport n°38 (seed 000)", () => {
  it("states the State's funding and the reversal to Pôle emploi: the two payments, summed", () => {
    const text = rapport();
    expect(text).toContain("RAPPORT N°38");
    expect(text).toContain(typo("le 30 septembre 2021 à hauteur de 550 000,00 €"));
    expect(text).toContain(
      typo("une somme de 100 000,00 € devait être reversée par le Département à Pôle emploi"),
    );
    expect(text).toContain(typo("au second versement de 50 000,00 € à Pôle emploi"));
    expect(text).toContain(
      "La 2ème Commission - Solidarités humaines a émis un avis favorable sur ce rapport lors de sa réunion du 21/06/2022.",
    );
  });

  it("recomputes the reversal when the first payment changes (never typed)", () => {
    const { dir, cleanup } = withEdited(DEFAULT_DATA, `${SESSION}/seance.yaml`, (t) =>
      t.replace("premier_versement: 50000.00", "premier_versement: 60000.00"),
    );
    try {
      const text = partText(SESSION, "Rapport n°38", computedData(dir));
      expect(text).toContain(typo("une somme de 110 000,00 € devait être reversée"));
    } finally {
      cleanup();
    }
  });
});

describe("what seance.yaml names for a deliberation", () => {
  const seance = readFileSync(join(DEFAULT_DATA, SESSION, "seance.yaml"), "utf8");
  const lineOf = (text: string) => seance.split("\n").findIndex((l) => l.includes(text)) + 1;

  it("refuses a member who is not in departement.yaml, at its place, with the nearest id", () => {
    const r = diagnose(
      {
        [`${SESSION}/seance.yaml`]: seance.replace("secretaire: guiselain", "secretaire: guiselin"),
      },
      DEFAULT_DATA,
    );
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.code === "REFERENCE_INCONNUE");
    expect(d && where(d)).toBe(
      `${SESSION}/seance.yaml:${lineOf("secretaire:")}:13 REFERENCE_INCONNUE`,
    );
    expect(d?.hint).toContain("« guiselain »");
  });

  it("refuses a fact of the wrong form, and one the model does not know, each at its line", () => {
    const r = diagnose(
      {
        [`${SESSION}/seance.yaml`]: seance
          .replace("premier_versement: 50000.00", "premier_versement: 12,5 €")
          .replace(
            "convention_etat_date: 2021-09-30",
            "convention_etat_date: 2021-09-30\n  autre_fait: 3",
          ),
      },
      DEFAULT_DATA,
    );
    const lines = r.diagnostics.map(where);
    expect(lines).toContain(
      `${SESSION}/seance.yaml:${lineOf("premier_versement:") + 1}:22 MONTANT_INVALIDE`,
    );
    expect(r.diagnostics.map((d) => d.message)).toContain(
      "fait inconnu « autre_fait » pour le modèle pole-emploi-spie",
    );
  });

  it("refuses a model that does not exist, with the nearest", () => {
    const r = diagnose(
      {
        [`${SESSION}/seance.yaml`]: seance.replace(
          "modele: pole-emploi-spie",
          "modele: pole-emploi-spi",
        ),
      },
      DEFAULT_DATA,
    );
    const d = r.diagnostics.find((x) => x.message.startsWith("modèle de délibération inconnu"));
    expect(d && where(d)).toBe(`${SESSION}/seance.yaml:${lineOf("modele:")}:9 REFERENCE_INCONNUE`);
    expect(d?.hint).toBe("voulez-vous dire « pole-emploi-spie » ?");
  });
});
