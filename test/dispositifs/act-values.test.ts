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

  it("a CLLAJ avenant has no cost of a place", () => {
    const m = montants("cp-2022-11-21/avenant-cllaj/4aj");
    expect(m.coutPlace).toBeUndefined();
    expect(m.tauxAvance).toBe(typo("80 %"));
  });
});
