// The figures of each dispositif and the trace a reviewer reads in `actes figures`: every step
// with its label, its formula in French form, its result and the rounding applied. Figures are
// those of the seeds: seed 003 (deliberation 2022-467, annexes 5, 6, 8, 9) and seed 002
// (deliberation 2022-553, convention Pôle emploi).
import { describe, expect, it } from "vitest";
import { type PlainDate, plainDate } from "../../src/calendar/plain-date.ts";
import { computeFigures } from "../../src/compute/dispositif-figures.ts";
import type { Figures } from "../../src/compute/figures.ts";
import type { Allocation } from "../../src/model/dataset.ts";
import type { Period } from "../../src/model/period.ts";
import { Decimal, toCentString } from "../../src/money/money.ts";
import { typo } from "../format/typo.ts";

const ROUNDED = "arrondi au centime, au demi supérieur";

/** An allocation line as validation hands it over; computeFigures reads only these fields. */
function line(fields: { places?: number; montant?: string; avance?: number }): Allocation {
  const { places, montant, avance } = fields;
  return {
    partenaire: "partenaire",
    ...(places === undefined ? {} : { places }),
    ...(montant === undefined ? {} : { montant: new Decimal(montant) }),
    ...(avance === undefined ? {} : { avance }),
  } as Allocation;
}

const period = (start: PlainDate, end: PlainDate): Period => ({ start, end });
/** Accompagnement Global, annexe 8: « du 1er décembre 2022 au 31 décembre 2023 ». */
const AG_PERIOD = period(plainDate(2022, 12, 1), plainDate(2023, 12, 31));
/** Référent solidarité, annexe 5 l. 1147-1153: 1/7–31/12/2022, six whole months. */
const RS_PERIOD = period(plainDate(2022, 7, 1), plainDate(2022, 12, 31));

/** The trace as data; `rounding` only on the steps that carry one. */
function steps(f: Figures) {
  return f.trace.map((t) => ({
    label: t.label,
    formula: t.formula,
    result: toCentString(t.result),
    ...(t.rounding === undefined ? {} : { rounding: t.rounding }),
  }));
}

function amounts(f: Figures) {
  return {
    total: toCentString(f.total),
    advancePercent: f.advancePercent.toString(),
    advance: toCentString(f.advance),
    balance: toCentString(f.balance),
  };
}

describe("accompagnement global: places × 250 €, advance 80 %", () => {
  it("CCAS d'Arras, 55 places: 13 750,00 €, advance 11 000,00 €, balance 2 750,00 €", () => {
    const f = computeFigures("accompagnement-global", {
      allocation: line({ places: 55 }),
      period: AG_PERIOD,
    });
    expect(amounts(f)).toEqual({
      total: "13750.00",
      advancePercent: "80",
      advance: "11000.00",
      balance: "2750.00",
    });
    expect(f.parts).toEqual([]);
    expect(steps(f)).toStrictEqual([
      { label: "montant", formula: typo("55 places × 250,00 €"), result: "13750.00" },
      {
        label: typo("avance 80 %"),
        formula: typo("80 % × 13 750,00 €"),
        result: "11000.00",
        rounding: ROUNDED,
      },
      { label: "solde", formula: typo("13 750,00 € − 11 000,00 €"), result: "2750.00" },
    ]);
  });

  it("writes the formula with the engine's spaces: U+00A0 before € and %, U+202F in 13 750", () => {
    const f = computeFigures("accompagnement-global", {
      allocation: line({ places: 55 }),
      period: AG_PERIOD,
    });
    expect(f.trace.map((t) => t.formula)).toEqual([
      "55 places × 250,00\u00A0€",
      "80\u00A0% × 13\u202F750,00\u00A0€",
      "13\u202F750,00\u00A0€ − 11\u202F000,00\u00A0€",
    ]);
  });

  it("CCAS de Béthune, 110 places: 27 500,00 €", () => {
    const f = computeFigures("accompagnement-global", {
      allocation: line({ places: 110 }),
      period: AG_PERIOD,
    });
    expect(steps(f).map((s) => [s.label, s.formula, s.result])).toEqual([
      ["montant", typo("110 places × 250,00 €"), "27500.00"],
      [typo("avance 80 %"), typo("80 % × 27 500,00 €"), "22000.00"],
      ["solde", typo("27 500,00 € − 22 000,00 €"), "5500.00"],
    ]);
  });
});

describe("référent solidarité: places × 160 € × months/12, parts 50 + 20 + 30 %, advance 60 %", () => {
  it("Passeport Forma, 9 places over 1/7–31/12/2022: 720,00 € = 360 + 144 + 216, advance 432,00 €", () => {
    const f = computeFigures("referent-solidarite", {
      allocation: line({ places: 9 }),
      period: RS_PERIOD,
    });
    expect(amounts(f)).toEqual({
      total: "720.00",
      advancePercent: "60",
      advance: "432.00",
      balance: "288.00",
    });
    expect(f.parts.map((p) => [p.label, p.percent.toString(), toCentString(p.amount)])).toEqual([
      ["part quantitative", "50", "360.00"],
      ["part qualitative (1)", "20", "144.00"],
      ["part qualitative (2)", "30", "216.00"],
    ]);
    expect(steps(f)).toStrictEqual([
      {
        label: "montant",
        formula: typo("9 places × 160,00 € par an × 6/12 mois"),
        result: "720.00",
        rounding: ROUNDED,
      },
      { label: "part quantitative", formula: typo("50 % × 720,00 €"), result: "360.00" },
      { label: "part qualitative (1)", formula: typo("20 % × 720,00 €"), result: "144.00" },
      { label: "part qualitative (2)", formula: typo("30 % × 720,00 €"), result: "216.00" },
      {
        label: typo("avance 60 %"),
        formula: typo("60 % × 720,00 €"),
        result: "432.00",
        rounding: ROUNDED,
      },
      { label: "solde", formula: typo("720,00 € − 432,00 €"), result: "288.00" },
    ]);
  });

  it("a prorated amount is rounded to the cent and its parts still add up to it exactly", () => {
    // 4 × 160 × 1/12 = 53,333… → 53,33 ; 50 % = 26,665 → 26,67 ; 20 % = 10,666 → 10,67 ;
    // the last part takes the rest (15,99) ; advance 60 % = 31,998 → 32,00.
    const f = computeFigures("referent-solidarite", {
      allocation: line({ places: 4 }),
      period: period(plainDate(2022, 12, 1), plainDate(2022, 12, 31)),
    });
    expect(steps(f)[0]).toStrictEqual({
      label: "montant",
      formula: typo("4 places × 160,00 € par an × 1/12 mois"),
      result: "53.33",
      rounding: ROUNDED,
    });
    expect(f.parts.map((p) => toCentString(p.amount))).toEqual(["26.67", "10.67", "15.99"]);
    expect(amounts(f)).toEqual({
      total: "53.33",
      advancePercent: "60",
      advance: "32.00",
      balance: "21.33",
    });
  });
});

describe("CLLAJ: the amount, advance 80 % unless the data says less", () => {
  it("20 000,00 € with no avance written: advance 80 % = 16 000,00 €, balance 4 000,00 €", () => {
    const f = computeFigures("cllaj", {
      allocation: line({ montant: "20000.00" }),
      period: undefined,
    });
    expect(amounts(f)).toEqual({
      total: "20000.00",
      advancePercent: "80",
      advance: "16000.00",
      balance: "4000.00",
    });
    expect(steps(f)).toStrictEqual([
      { label: "montant", formula: "montant attribué", result: "20000.00" },
      {
        label: typo("avance 80 %"),
        formula: typo("80 % × 20 000,00 €"),
        result: "16000.00",
        rounding: ROUNDED,
      },
      { label: "solde", formula: typo("20 000,00 € − 16 000,00 €"), result: "4000.00" },
    ]);
  });

  it("avance: 50 in the data is the advance used, not the default", () => {
    const f = computeFigures("cllaj", {
      allocation: line({ montant: "20000.00", avance: 50 }),
      period: undefined,
    });
    expect(amounts(f)).toEqual({
      total: "20000.00",
      advancePercent: "50",
      advance: "10000.00",
      balance: "10000.00",
    });
    expect(steps(f).slice(1)).toStrictEqual([
      {
        label: typo("avance 50 %"),
        formula: typo("50 % × 20 000,00 €"),
        result: "10000.00",
        rounding: ROUNDED,
      },
      { label: "solde", formula: typo("20 000,00 € − 10 000,00 €"), result: "10000.00" },
    ]);
  });

  it("avance: 0 is an advance of 0 %, not the default", () => {
    const f = computeFigures("cllaj", {
      allocation: line({ montant: "20000.00", avance: 0 }),
      period: undefined,
    });
    expect(amounts(f)).toEqual({
      total: "20000.00",
      advancePercent: "0",
      advance: "0.00",
      balance: "20000.00",
    });
  });

  it("an odd cent: the advance is rounded half up, the balance takes the rest", () => {
    const f = computeFigures("cllaj", {
      allocation: line({ montant: "20000.05", avance: 50 }),
      period: undefined,
    });
    expect(steps(f).slice(1)).toStrictEqual([
      {
        label: typo("avance 50 %"),
        formula: typo("50 % × 20 000,05 €"),
        result: "10000.03",
        rounding: ROUNDED,
      },
      { label: "solde", formula: typo("20 000,05 € − 10 000,03 €"), result: "10000.02" },
    ]);
  });
});

describe("single payment of 100 %: FPEL, convention Pôle emploi, subvention", () => {
  it.each([
    // Seed 003, annexe 6: « 500 000 € », one payment at signature.
    ["fpel", "500000.00", "500 000,00 €"],
    // Seed 002, article 2: 198 000 euros paid in full.
    ["pole-emploi-autonomie", "198000.00", "198 000,00 €"],
    // Seed 003, annexe 5: URIOPSS, 20 000 €.
    ["subvention", "20000.00", "20 000,00 €"],
  ] as const)("%s of %s", (dispositif, montant, written) => {
    const f = computeFigures(dispositif, { allocation: line({ montant }), period: undefined });
    expect(amounts(f)).toEqual({
      total: montant,
      advancePercent: "100",
      advance: montant,
      balance: "0.00",
    });
    expect(f.parts).toEqual([]);
    expect(steps(f)).toStrictEqual([
      { label: "montant", formula: "montant attribué", result: montant },
      {
        label: typo("avance 100 %"),
        formula: typo(`100 % × ${written}`),
        result: montant,
        rounding: ROUNDED,
      },
      { label: "solde", formula: typo(`${written} − ${written}`), result: "0.00" },
    ]);
  });
});

describe("input that validation should have refused fails loudly", () => {
  const UNVALIDATED = "figures computed on unvalidated data";

  it("accompagnement global without places", () => {
    expect(() =>
      computeFigures("accompagnement-global", { allocation: line({}), period: AG_PERIOD }),
    ).toThrow(UNVALIDATED);
  });

  it("référent solidarité without places", () => {
    expect(() =>
      computeFigures("referent-solidarite", { allocation: line({}), period: RS_PERIOD }),
    ).toThrow(UNVALIDATED);
  });

  it("référent solidarité without a period", () => {
    expect(() =>
      computeFigures("referent-solidarite", { allocation: line({ places: 9 }), period: undefined }),
    ).toThrow(UNVALIDATED);
  });

  it("référent solidarité over a period that is not whole months", () => {
    expect(() =>
      computeFigures("referent-solidarite", {
        allocation: line({ places: 9 }),
        period: period(plainDate(2022, 7, 15), plainDate(2022, 12, 31)),
      }),
    ).toThrow(UNVALIDATED);
  });

  it.each(["cllaj", "fpel", "pole-emploi-autonomie", "subvention"] as const)(
    "%s without montant",
    (dispositif) => {
      expect(() => computeFigures(dispositif, { allocation: line({}), period: undefined })).toThrow(
        UNVALIDATED,
      );
    },
  );
});
