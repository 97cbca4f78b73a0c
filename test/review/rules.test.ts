// Each lint rule on a small hand-made text (one paragraph a line, as our canonical text): the
// finding, its line and its message; and the same text corrected, where it finds nothing.
import { describe, expect, it } from "vitest";
import { integerInWords } from "../../src/format/fr/words.ts";
import { parseAmountWords, parseNumberWords } from "../../src/review/lint/number-words.ts";
import { lintText } from "./helpers.ts";

const doc = (...lines: string[]) => lines.join("\n");
const PREAMBLE = [
  "Entre le Département du Pas-de-Calais, représenté par son Président, Jean-Claude LEROY,",
  "Et le CCAS de Béthune, représenté par sa Présidente, Madame Anne DURAND,",
  "Il est convenu ce qui suit :",
];

describe("French number words", () => {
  it.each([
    ["zéro", 0],
    ["soixante et onze", 71],
    ["quatre-vingt-dix-sept", 97],
    ["quatre-vingts", 80],
    ["deux cents", 200],
    ["deux cent mille", 200_000],
    ["vingt-sept mille cinq cents", 27_500],
    ["cent quatre-vingt-dix-huit mille", 198_000],
    ["un million deux cent mille trois", 1_200_003],
    ["deux-cent-mille", 200_000],
  ])("« %s » is %i", (words, n) => expect(parseNumberWords(words)).toBe(n));

  it("reads every number the engine writes back to itself", () => {
    for (let n = 0; n < 2_000_000; n += 997) expect(parseNumberWords(integerInWords(n))).toBe(n);
  });

  it.each([
    ["cinq cent mille euros", 50_000_000],
    ["un million d'euros", 100_000_000],
    ["un million d’euros et un centime", 100_000_001],
    ["vingt euros et cinquante centimes", 2_050],
  ])("« %s » is %i cents", (words, cents) => expect(parseAmountWords(words)).toBe(cents));

  it.each(["douze mois", "cinq cent mille", "environ cent euros", ""])(
    "« %s » is no amount",
    (words) => expect(parseAmountWords(words)).toBeUndefined(),
  );
});

describe("lint rules", () => {
  it.each<[string, string, string[]]>([
    [
      "placeholders, final",
      doc("Avenant N°X du XX novembre 2022", "Pour le «Organisme», le ……", "[À COMPLÉTER : SIRET]"),
      [
        "1 TEXTE_A_COMPLETER « N°X » : valeur à compléter dans un document présenté comme définitif",
        "1 TEXTE_A_COMPLETER « XX » : valeur à compléter dans un document présenté comme définitif",
        "2 TEXTE_A_COMPLETER « «Organisme» » : valeur à compléter dans un document présenté comme définitif",
        "2 TEXTE_A_COMPLETER « …… » : valeur à compléter dans un document présenté comme définitif",
        "3 TEXTE_A_COMPLETER « [À COMPLÉTER : SIRET] » : valeur à compléter dans un document présenté comme définitif",
      ],
    ],
    [
      "articles",
      doc(
        "Article 1 : Objet",
        "Article 3 : Coût",
        "Article 2 : Durée",
        "Article 3 : Fin",
        "Annexe N°1 – Fiche",
        "Voir l'annexe N°2.",
      ),
      [
        "2 ARTICLE_MANQUANT « Article 3 » : l'article 2 manque",
        "3 ARTICLE_DESORDONNE « Article 2 » vient après l'article 3",
        "4 ARTICLE_EN_DOUBLE « Article 3 » apparaît deux fois",
        "6 ANNEXE_INCONNUE « annexe N°2 » : aucune annexe n°2 dans le document",
      ],
    ],
    [
      "a quoted article of the amended convention is not a heading",
      doc(
        "Article 1 : Objet",
        "L'article 3 de la convention est modifié comme suit :",
        "Article 3 – Durée",
        "Article 2 : Fin",
      ),
      [],
    ],
    [
      "amount in words",
      doc(
        "Le montant s'élève à 27 500,00 € (vingt-sept mille euros).",
        "Soit 500 000 € (cinq cent mille euros).",
      ),
      [
        "1 MONTANT_EN_LETTRES 27 500,00 € écrit en lettres « vingt-sept mille euros », qui font 27 000,00 €",
      ],
    ],
    [
      "parts and total",
      doc(
        "Le coût total est de 30 000,00 € décliné comme suit :",
        "10 000,00 € au titre de A",
        "15 000,00 € au titre de B",
        "Fin.",
        "Ligne | 1 000,00 €",
        "Ligne | 2 000,00 €",
        "Total | 3 500,00 €",
      ),
      [
        "1 SOMME_INCOHERENTE total de 30 000,00 € pour des parts qui font 25 000,00 €",
        "7 SOMME_INCOHERENTE total de 3 500,00 € pour des parts qui font 3 000,00 €",
      ],
    ],
    [
      "percentage",
      doc(
        ...PREAMBLE,
        "Coût : 13 750,00 €.",
        "Une avance de 11 000,00 € (80 %) puis une autre de 10 000,00 € (80 %).",
      ),
      [
        "5 POURCENTAGE_FAUX 10 000,00 € ne fait pas 80 % de 13 750,00 € ni d'aucun montant de l'acte",
      ],
    ],
    [
      "dates",
      doc(
        ...PREAMBLE,
        "Pour la période du 1er décembre 2023 au 30 novembre 2023 inclus.",
        "Pour 12 mois à compter du 1er janvier 2023, soit du 1er janvier 2023 au 31 janvier 2024.",
      ),
      [
        "4 DATE_FIN_AVANT_DEBUT la période finit le 30 novembre 2023, avant de commencer le 1er décembre 2023",
        "5 DUREE_INCOHERENTE fin le 31 janvier 2024, mais 12 mois à compter du 1er janvier 2023 finissent le 31 décembre 2023",
      ],
    ],
    [
      "bilan",
      doc(
        ...PREAMBLE,
        "Durée | Du 01/12/2022 au 31/12/2023",
        "Bilan | transmis au plus tard le 31 janvier 2023.",
      ),
      [
        "5 BILAN_AVANT_FIN bilan dû le 31 janvier 2023, avant la fin de la période qu'il couvre (31 décembre 2023)",
      ],
    ],
    [
      "session dates",
      doc(
        "RÉUNION DU 13 DÉCEMBRE 2022",
        ...PREAMBLE,
        "Vu : la délibération de la Commission Permanente en date du 12 décembre 2022 ;",
        "Vu : le modèle validé par la Commission Permanente du 21 février 2022 ;",
      ),
      [
        "5 DATE_SEANCE_DIVERGENTE Commission Permanente du 12 décembre 2022, datée du 13 décembre 2022 ligne 1",
      ],
    ],
    [
      "persons and signatories",
      doc(
        ...PREAMBLE,
        "En deux exemplaires",
        "Pour le Département et par délégation,",
        "Jean LEROY",
        "Pour le CCAS de Béthune,",
        "Monsieur Anne DURAND",
        "Pour l'association 3ID",
        "Emmanuelle LEROY",
      ),
      [
        "6 PERSONNE_DEUX_NOMS « Jean LEROY », nommé « Jean-Claude LEROY » ligne 1",
        "8 PERSONNE_DEUX_NOMS « Monsieur Anne DURAND », nommé « Madame Anne DURAND » ligne 2",
        "9 SIGNATAIRE_INCONNU « Pour l'association 3ID » : l'association 3ID n'est pas une partie nommée au préambule de l'acte",
      ],
    ],
    [
      "durations",
      doc(
        ...PREAMBLE,
        "Conclue pour une durée de 12 mois.",
        "Soit 24 mois à compter du 1er janvier 2023.",
        "Résiliation dans un délai de 6 mois à compter de la réception.",
      ),
      ["5 DUREE_DIVERGENTE « 24 mois à compter du », mais « durée de 12 mois » ligne 4"],
    ],
  ])("%s", (_, text, expected) => {
    expect(lintText(text)).toEqual(expected);
  });

  it("a draft's placeholders are no finding", () => {
    expect(lintText("Avenant N°X du XX novembre 2022 [À COMPLÉTER : SIRET]", false)).toEqual([]);
  });
});
