// French agreement and articles: each form a template can ask for, for each article and
// gender, as a DPID secretary would write it.
import { describe, expect, it } from "vitest";
import {
  agreement,
  genderOf,
  nounForms,
  presidentTitle,
  startsWithVowel,
  titleDisagreement,
  titleForms,
} from "../../src/format/fr/grammar.ts";

describe("nounForms", () => {
  it.each([
    [
      "CCAS d'Arras",
      "le",
      ["le CCAS d'Arras", "Le CCAS d'Arras", "du CCAS d'Arras", "au CCAS d'Arras"],
    ],
    [
      "Caisse d'Allocations Familiales du Pas-de-Calais",
      "la",
      [
        "la Caisse d'Allocations Familiales du Pas-de-Calais",
        "La Caisse d'Allocations Familiales du Pas-de-Calais",
        "de la Caisse d'Allocations Familiales du Pas-de-Calais",
        "à la Caisse d'Allocations Familiales du Pas-de-Calais",
      ],
    ],
    [
      "E2C de l'Artois",
      "l'",
      ["l'E2C de l'Artois", "L'E2C de l'Artois", "de l'E2C de l'Artois", "à l'E2C de l'Artois"],
    ],
    [
      "Pôle emploi Hauts-de-France",
      "aucun",
      [
        "Pôle emploi Hauts-de-France",
        "Pôle emploi Hauts-de-France",
        "de Pôle emploi Hauts-de-France",
        "à Pôle emploi Hauts-de-France",
      ],
    ],
    ["AUDOTRI", "aucun", ["AUDOTRI", "AUDOTRI", "d'AUDOTRI", "à AUDOTRI"]],
    [
      "espace de la Lys",
      "aucun",
      ["espace de la Lys", "Espace de la Lys", "d'espace de la Lys", "à espace de la Lys"],
    ],
  ] as const)("%s with « %s »", (noun, article, [le, Le, du, au]) => {
    expect(nounForms(noun, article)).toEqual({ le, Le, du, au });
  });
});

describe("genderOf", () => {
  it("le and la show the gender, whatever the data says", () => {
    expect(genderOf("le", undefined)).toBe("masculin");
    expect(genderOf("la", undefined)).toBe("féminin");
    expect(genderOf("le", "féminin")).toBe("masculin");
    expect(genderOf("la", "masculin")).toBe("féminin");
  });
  it("l' and no article take the stated gender, or none", () => {
    expect(genderOf("l'", "féminin")).toBe("féminin");
    expect(genderOf("l'", "masculin")).toBe("masculin");
    expect(genderOf("aucun", "féminin")).toBe("féminin");
    expect(genderOf("aucun", undefined)).toBeUndefined();
  });
});

describe("agreement", () => {
  it("représenté / représentée", () => {
    expect(`représenté${agreement("masculin").e}`).toBe("représenté");
    expect(`représenté${agreement("féminin").e}`).toBe("représentée");
  });
});

describe("titleForms", () => {
  it.each([
    ["Président", "masculin", "le Président", "Le Président", "son Président"],
    ["Présidente", "féminin", "la Présidente", "La Présidente", "sa Présidente"],
    ["Directrice", "féminin", "la Directrice", "La Directrice", "sa Directrice"],
    [
      "Directeur Régional",
      "masculin",
      "le Directeur Régional",
      "Le Directeur Régional",
      "son Directeur Régional",
    ],
    [
      "Adjointe au Maire",
      "féminin",
      "l'Adjointe au Maire",
      "L'Adjointe au Maire",
      "son Adjointe au Maire",
    ],
    ["Adjoint", "masculin", "l'Adjoint", "L'Adjoint", "son Adjoint"],
    ["Élue déléguée", "féminin", "l'Élue déléguée", "L'Élue déléguée", "son Élue déléguée"],
  ] as const)("%s (%s)", (titre, gender, le, Le, son) => {
    expect(titleForms(titre, gender)).toEqual({ titre, le, Le, son });
  });
});

describe("presidentTitle", () => {
  it("follows the civilité", () => {
    expect(presidentTitle("masculin")).toBe("Président");
    expect(presidentTitle("féminin")).toBe("Présidente");
  });
});

describe("titleDisagreement", () => {
  it.each([
    ["Directeur", "féminin", "Directrice"],
    ["Directeur des Politiques d'Inclusion Durable", "féminin", "Directrice"],
    ["directeur régional", "féminin", "Directrice"],
    ["Présidente", "masculin", "Président"],
    ["Vice-Présidente", "masculin", "Vice-Président"],
    ["Adjoint", "féminin", "Adjointe"],
    ["Trésorière", "masculin", "Trésorier"],
    ["Déléguée", "masculin", "Délégué"],
    ["Conseiller technique", "féminin", "Conseillère"],
  ] as const)("« %s » for a %s person → « %s »", (title, gender, right) => {
    expect(titleDisagreement(title, gender)).toBe(right);
  });
  it.each([
    ["Directrice", "féminin"],
    ["Directeur", "masculin"],
    ["Maire", "féminin"],
    ["Secrétaire générale", "féminin"],
    ["Présidente", "féminin"],
    ["Chef de service", "masculin"],
    ["", "féminin"],
  ] as const)("« %s » for a %s person agrees (or is unknown)", (title, gender) => {
    expect(titleDisagreement(title, gender)).toBeUndefined();
  });
});

describe("startsWithVowel", () => {
  it.each(["Adjoint", "association", "Hôtel", "habitat", "Élue", "Œuvre", "URIOPSS", "île"])(
    "%s elides",
    (w) => expect(startsWithVowel(w)).toBe(true),
  );
  it.each(["CCAS", "Directrice", "Pôle", "", "4AJ"])("%s does not", (w) =>
    expect(startsWithVowel(w)).toBe(false),
  );
});
