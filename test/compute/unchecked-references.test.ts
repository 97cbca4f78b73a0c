// compute/ trusts model/rules/references.ts to have checked every partner and budget code.
// Called on a dataset whose references were not checked, it must fail with a message naming
// that rule rather than compute acts with an undefined partner or budget line.
import { describe, expect, it } from "vitest";
import { computeLines } from "../../src/compute/acts.ts";
import { computeTotals } from "../../src/compute/totals.ts";
import type { Dataset } from "../../src/model/dataset.ts";
import { loadDataset } from "../../src/model/load-dataset.ts";
import { FIXTURE } from "../helpers/dataset.ts";

function fixture(): Dataset {
  const { value } = loadDataset(FIXTURE);
  if (!value) throw new Error("the minimal fixture is valid");
  return value;
}

describe("compute on unchecked references", () => {
  it("a line whose partner is unknown", () => {
    const data = fixture();
    expect(() => computeLines({ ...data, partenaires: new Map() })).toThrow(
      "reference checked by model/rules/references.ts",
    );
  });

  it("a line whose budget line is unknown", () => {
    const data = fixture();
    expect(() => computeLines({ ...data, lignes: new Map() })).toThrow(
      "reference checked by model/rules/references.ts",
    );
  });

  it("a session budget entry whose code is unknown", () => {
    const data = fixture();
    const lines = computeLines(data);
    expect(() => computeTotals(data.seances, lines, new Map())).toThrow(
      "budget code checked by model/rules/references.ts",
    );
  });

  it("with every reference known, the lines carry their partner and budget line", () => {
    const data = fixture();
    expect(
      computeLines(data).map((l) => [l.partenaire.id, l.ligne.code, l.allocation.partenaire]),
    ).toEqual([
      ["ccas-bethune", "C02-566A05", "ccas-bethune"],
      ["pole-emploi-hdf", "C02-581E02", "pole-emploi-hdf"],
    ]);
  });
});
