// Money: the parts always add up to the total, whatever the amounts and percentages.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitAdvance, splitByPercents } from "../../src/compute/split.ts";
import { Decimal, parseMoney, roundToCent, sum, toCentString } from "../../src/money/money.ts";

const cents = fc
  .bigInt({ min: 0n, max: 10_000_000_000n })
  .map((c) => new Decimal(c.toString()).dividedBy(100));
const percent = fc.integer({ min: 0, max: 100 }).map((p) => new Decimal(p));

describe("money", () => {
  const t = (text: string, ok: string | undefined) =>
    it(`parseMoney(${JSON.stringify(text)})`, () =>
      expect(parseMoney(text) && toCentString(parseMoney(text) as Decimal)).toBe(ok));
  t("13750.00", "13750.00");
  t("0", "0.00");
  t("267566.08", "267566.08");
  t("1234.5", "1234.50");
  for (const bad of [
    "",
    " 1",
    "1 234",
    "1,50",
    "1e3",
    "NaN",
    "Infinity",
    "-5",
    "01",
    "1.234",
    ".5",
    "5.",
  ]) {
    t(bad, undefined);
  }

  it("rounds half up to the cent", () => {
    expect(toCentString(roundToCent(new Decimal("0.005")))).toBe("0.01");
    expect(toCentString(roundToCent(new Decimal("0.0049")))).toBe("0.00");
    expect(toCentString(roundToCent(new Decimal("2.675")))).toBe("2.68"); // 2.67 with floats
  });

  it("advance + balance = total, exactly, for any total and percentage", () => {
    fc.assert(
      fc.property(cents, percent, (total, p) => {
        const { advance, balance } = splitAdvance(total, p);
        expect(advance.plus(balance).equals(total)).toBe(true);
        expect(advance.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(balance.isNegative() && !balance.isZero()).toBe(false);
      }),
    );
  });

  it("shares by percentages sum to the total (référent solidarité 50/20/30)", () => {
    fc.assert(
      fc.property(cents, (total) => {
        const parts = splitByPercents(
          total,
          [50, 20, 30].map((p) => new Decimal(p)),
        );
        expect(sum(parts).equals(total)).toBe(true);
      }),
    );
  });

  it("a sum is the same whatever the order of the lines", () => {
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 60 }), fc.integer(), (amounts, seed) => {
        const shuffled = [...amounts].sort(
          (a, b) => ((a.toNumber() * 7919 + seed) % 13) - ((b.toNumber() * 7919 + seed) % 13),
        );
        expect(toCentString(sum(shuffled))).toBe(toCentString(sum(amounts)));
      }),
    );
  });

  it("80 % of 13 750 € is 11 000 €; balance 2 750 €", () => {
    const { advance, balance } = splitAdvance(new Decimal(13750), new Decimal(80));
    expect([toCentString(advance), toCentString(balance)]).toEqual(["11000.00", "2750.00"]);
  });

  it("80 % of 0.01 € rounds the advance and leaves the rest to the balance", () => {
    const { advance, balance } = splitAdvance(new Decimal("0.01"), new Decimal(80));
    expect([toCentString(advance), toCentString(balance)]).toEqual(["0.01", "0.00"]);
  });
});

describe("the rounding rule as the figures trace states it", () => {
  it("the advance step of a CLLAJ line says how it was rounded", async () => {
    const { computeFigures } = await import("../../src/compute/dispositif-figures.ts");
    const figures = computeFigures("cllaj", {
      allocation: { partenaire: "x", montant: parseMoney("20000.01") } as never,
      period: undefined,
    });
    const advance = figures.trace.find((t) => t.label.startsWith("avance"));
    expect(toCentString(advance?.result as Decimal)).toBe("16000.01");
    expect(advance?.rounding).toBe("arrondi au centime, au demi supérieur");
  });
});
