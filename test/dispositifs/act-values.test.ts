// The values a dispositif module gives its act type's template alone, merged into the act's
// common values: the Accompagnement Global's cost of a place (« à 250 euros », seed 003,
// annexe 8), which no other act type has.
import { describe, expect, it } from "vitest";
import { computeFolder } from "../../src/compute-folder.ts";
import { actContext } from "../../src/document/context.ts";
import { typo } from "../format/typo.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const computed = computeFolder(DEFAULT_DATA).value;
if (!computed) throw new Error("the embedded data is valid");
const montants = (id: string) => {
  const act = computed.acts.find((a) => a.id === id);
  if (!act) throw new Error(id);
  return actContext(act, computed.data.departement).montants as Record<string, unknown>;
};

describe("values of one act type", () => {
  it("the AG avenant has the cost of a place next to its amounts", () => {
    const m = montants("cp-2022-11-21/avenant-ag/ccas-arras");
    expect(m.coutPlace).toBe(typo("250,00 €"));
    // Merged into the common group, not replacing it.
    expect(m.total).toEqual({
      chiffres: typo("13 750,00 €"),
      lettres: "treize mille sept cent cinquante euros",
    });
  });

  it("the référent solidarité avenant has its parts and their rates (seed 003, annexe 11)", () => {
    const m = montants("cp-2022-11-21/avenant-referent-solidarite/passeport-forma");
    expect(m).toMatchObject({
      coutPlace: typo("160,00 €"),
      partQuantitative: { taux: typo("50 %"), chiffres: typo("360,00 €") },
      partQualitative: { taux: typo("50 %"), chiffres: typo("360,00 €") },
      partQualitative1: { taux: typo("20 %"), chiffres: typo("144,00 €") },
      partQualitative2: { taux: typo("30 %"), chiffres: typo("216,00 €") },
      tempsPlein: typo("100 %"),
      placesTempsPlein: "250",
    });
  });

  it("a CLLAJ avenant has no cost of a place", () => {
    const m = montants("cp-2022-11-21/avenant-cllaj/4aj");
    expect(m.coutPlace).toBeUndefined();
    expect(m.tauxAvance).toBe(typo("80 %"));
  });
});
