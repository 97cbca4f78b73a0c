// No clause lost, no clause blank: the AG avenant's other dispositifs (seed 003, annexe 8),
// titles and annex numbers from data (a 2023 session), blank fields made visible, degenerate
// advances, the RIB read from the IBAN. Each test reads the act a secretary would send.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ribOfIban } from "../../src/model/checks/identifiers.ts";
import { draftText } from "../helpers/acts.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const OPS = "cp-2022-11-21/operations.yaml";
const data = (rel: string) => readFileSync(join(DEFAULT_DATA, rel), "utf8");

/** The operations file with the line of `partner` edited. */
function editLine(partner: string, from: string, to: string, ops = data(OPS)): string {
  const at = ops.indexOf(`- partenaire: ${partner} `);
  const i = ops.indexOf(from, at);
  expect(at, partner).toBeGreaterThan(0);
  expect(i, from).toBeGreaterThan(at);
  return ops.slice(0, i) + to + ops.slice(i + from.length);
}

describe("AG avenant: a Convention 2022 that also covers the référents", () => {
  const autres = `portefeuilles: 2
            autres_dispositifs:
              dispositifs: [Référent solidarité, Référent socioprofessionnel]
              periode: { debut: 2022-07-01, fin: 2022-12-31 }
              montant: 21600.00
              verse: 10800.00`;

  it("lists the dispositifs, both periods, the cost by dispositif, its sum and what was paid", async () => {
    const text = await draftText("avenant-ag/ccas-bethune", {
      [OPS]: editLine("ccas-bethune", "portefeuilles: 2", autres),
    });
    expect(text).toContain(
      "concourant à la mise en œuvre des opérations citées ci-dessous, dont les dispositions de mise en œuvre sont précisées en annexe :\n- Dispositif Référent solidarité ;\n- Dispositif Référent socioprofessionnel ;\n- Dispositif Accompagnement Global.\n",
    );
    expect(text).toContain("l’organisme s’engage à réaliser les opérations.");
    expect(text).toContain(
      "La présente convention s’applique sur la période du 1er juillet 2022 au 31 décembre 2022 inclus pour les dispositifs suivants :\n- Dispositif Référent solidarité ;\n- Dispositif Référent socioprofessionnel ;\n",
    );
    expect(text).toContain(
      "La présente convention s’applique sur la période du 1er décembre 2022 au 31 décembre 2023 inclus pour le dispositif suivant :",
    );
    // 21 600,00 € + 110 places × 250,00 € = 49 100,00 €
    expect(text).toContain(
      "estimé à un montant maximum de 49 100,00 € (quarante-neuf mille cent euros), décliné comme suit :\n- 21 600,00 € au titre des dispositifs Référent solidarité et Référent socioprofessionnel ;\n- 27 500,00 € au titre du dispositif Accompagnement Global.\n",
    );
    expect(text).toContain(
      "À noter que pour la période du 1er juillet 2022 au 31 décembre 2022 inclus et au titre des dispositifs Référent solidarité et Référent socioprofessionnel, 10 800,00 € a déjà été versé.",
    );
    expect(text).toContain("Prise en charge de 2 portefeuilles compris chacun entre 70 et 100");
  });

  it("one other dispositif: « du dispositif », « pour le dispositif suivant »", async () => {
    const one = autres.replace(
      "[Référent solidarité, Référent socioprofessionnel]",
      "[Référent solidarité]",
    );
    const text = await draftText("avenant-ag/ccas-bethune", {
      [OPS]: editLine("ccas-bethune", "portefeuilles: 2", one),
    });
    expect(text).toContain(
      "inclus pour le dispositif suivant :\n- Dispositif Référent solidarité ;\n",
    );
    expect(text).toContain("- 21 600,00 € au titre du dispositif Référent solidarité ;");
  });

  it("without them, the single-dispositif wording, and « un portefeuille »", async () => {
    const text = await draftText("avenant-ag/ccas-arras", {});
    expect(text).toContain("concourant à la mise en œuvre de l’opération citée ci-dessous");
    expect(text).not.toContain("décliné comme suit");
    expect(text).not.toContain("a déjà été versé");
    expect(text).toContain("Prise en charge d’un portefeuille compris entre 70 et 100");
  });
});

describe("titles, years and annex numbers come from data", () => {
  it("an avenant of a 2023 session says « CONVENTION 2023 », never 2022", async () => {
    const ops = data(OPS).replace(
      "acte: { convention: Convention 2022, annexe: 3 }",
      "acte: { convention: Convention 2023, annexe: 5 }",
    );
    const seance = data("cp-2022-11-21/seance.yaml")
      .replace("date: 2022-11-21", "date: 2023-11-20")
      .replace("deliberation: 2022-467", "deliberation: 2023-512");
    const text = await draftText("avenant-ag/ccas-arras", {
      "cp-2022-11-21": null,
      "cp-2022-12-13": null,
      "cp-2023-11-20/operations.yaml": ops,
      "cp-2023-11-20/seance.yaml": seance,
    });
    expect(text).toContain("Objet : Avenant financier à la Convention 2023\n");
    expect(text).toContain("\nCONVENTION 2023\n");
    expect(text).toContain("Annexe N°5 – Accompagnement Global");
    expect(text).toContain("L’annexe 5 de la convention est complétée");
    expect(text).toContain("Commission Permanente en date du 20 novembre 2023");
    expect(text).not.toMatch(/Convention 2022|CONVENTION 2022|Annexe N°3/);
  });

  it("the CLLAJ avenant cites the « convention de partenariat 2022-2024 » and its annex 4", async () => {
    const text = await draftText("avenant-cllaj/4aj", {});
    expect(text).toContain(
      "Le présent avenant à la convention de partenariat 2022-2024 a pour objet",
    );
    expect(text).toContain("Annexe 4 : déroulement de l’action.");
    expect(text).toContain("\nAnnexe N°4\n");
  });
});

describe("a value a template prints is never blank", () => {
  it("an AG line without territoire: a visible value to complete, and no final act", async () => {
    const ops = editLine("ccas-arras", "territoire: Arrageois\n            ", "");
    const text = await draftText("avenant-ag/ccas-arras", { [OPS]: ops });
    expect(text).toContain(
      "principalement issus du territoire : [À COMPLÉTER : territoire de la ligne de CCAS d’Arras]",
    );
    expect(text).toContain("Territoire d’intervention | [À COMPLÉTER : territoire de la ligne de");
    expect(text).not.toMatch(/Territoire d’intervention \|\s*\n/);
  });

  it("an operation without « acte »: the convention's title is asked for, not typed", async () => {
    const ops = data(OPS).replace("        acte: { convention: Convention 2022, annexe: 3 }\n", "");
    const text = await draftText("avenant-ag/ccas-arras", { [OPS]: ops });
    expect(text).toContain(
      "Objet : Avenant financier à la [À COMPLÉTER : titre de la convention modifiée (opération Accompagnement Global, acte.convention)]",
    );
    expect(text).toContain("Annexe N°[À COMPLÉTER : numéro de l’annexe");
  });

  it("the CLLAJ annex without description: to complete, not an empty cell", async () => {
    const ops = editLine(
      "4aj",
      "            # texte tel qu'imprimé, y compris « permanances »\n            description: \"Renforcement des interventions sur les territoires ruraux (permanences, actions d'information spécifiques) et permanances supplémentaires à Arras Ouest.\"\n",
      "",
    );
    const text = await draftText("avenant-cllaj/4aj", { [OPS]: ops });
    expect(text).toContain(
      "Déroulement de l’action (procédure) | [À COMPLÉTER : description de la ligne de 4AJ]",
    );
  });
});

describe("degenerate advances change the clause", () => {
  const cllaj = (avance: string) =>
    editLine("4aj", "montant: 20000.00\n", `montant: 20000.00\n            avance: ${avance}\n`);

  it("avance: 0 — one payment without advance; never « dans la limite de 0 % »", async () => {
    const text = await draftText("avenant-cllaj/4aj", { [OPS]: cllaj("0") });
    expect(text).toContain(
      "la participation financière sera acquittée en un versement, sans avance, sous réserve du respect des clauses",
    );
    expect(text).not.toContain("0 %");
    expect(text).not.toContain("deux versements");
    expect(text).toContain("Modalités de versement | Un versement, sans avance,");
  });

  it("avance: 50 — two payments, « dans la limite de 50 % »", async () => {
    const text = await draftText("avenant-cllaj/4aj", { [OPS]: cllaj("50") });
    expect(text).toContain("sera acquittée en deux versements :");
    expect(text).toContain("dans la limite de 50 % du montant prévisionnel annuel");
    expect(text).not.toContain("en un versement");
  });

  it("no avance in data: the 80 % of the seed", async () => {
    const text = await draftText("avenant-cllaj/4aj", {});
    expect(text).toContain("dans la limite de 80 % du montant prévisionnel annuel");
  });
});

describe("the RIB is read from the IBAN", () => {
  it("Pôle emploi: « RIB : 30076 02352 11264600200 85 », as seed 002 prints it", async () => {
    const text = await draftText("convention-pole-emploi-autonomie/pole-emploi-hdf", {});
    expect(text).toContain(
      "Domiciliation | AG INSTITUTIONNELS\nRIB | 30076 02352 11264600200 85\nIBAN | FR76 3007 6023 5211 2646 0020 085\n",
    );
  });

  it.each([
    ["FR76 3007 6023 5211 2646 0020 085", "30076 02352 11264600200 85"],
    ["fr7630007000111234567890189", "30007 00011 12345678901 89"],
    ["MC58 1122 2000 0101 2345 6789 030", "11222 00001 01234567890 30"],
  ])("%s → %s", (iban, rib) => {
    expect(ribOfIban(iban)).toBe(rib);
  });
  it.each(["DE89 3704 0044 0532 0130 00", "FR76 3007 6023 5211", ""])("%s has no RIB", (iban) => {
    expect(ribOfIban(iban)).toBeUndefined();
  });
});
