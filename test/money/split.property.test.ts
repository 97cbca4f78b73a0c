// Shares of a total, checked against an independent computation in bigint cents for any total
// validation allows and any percentages: each share but the last is the exact share rounded
// half up to the cent, and the last takes the rest so that the shares add up to the total.
// (split.test.ts checks the sums for 50/20/30 and integer advances; this goes further.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitAdvance, splitByPercents } from "../../src/compute/split.ts";
import { Decimal, MONEY_PATTERN } from "../../src/money/money.ts";

/** Totals in cents, 0 … 999 999 999 999,99 €, small and round ones more often. */
const arbTotalCents: fc.Arbitrary<bigint> = fc.oneof(
  fc.bigInt({ min: 0n, max: 99_999_999_999_999n }),
  fc.bigInt({ min: 0n, max: 10_000n }),
  fc.constantFrom(0n, 1n, 2n, 3n, 5n, 99n, 100n, 1_375_000n, 99_999_999_999_999n),
);

/** Percentages in hundredths: 0 … 100 %, integers (as data writes them) or two decimals. */
const arbPercentHundredths: fc.Arbitrary<bigint> = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((p) => BigInt(p) * 100n),
  fc.bigInt({ min: 0n, max: 10_000n }),
  fc.constantFrom(0n, 5_000n, 3_333n, 6_667n, 8_000n, 10_000n),
);

const toDecimal = (hundredths: bigint) => new Decimal(hundredths.toString()).dividedBy(100);

/** The total as validation sees it: a MONEY_PATTERN text turned into a Decimal. */
function totalOf(cents: bigint): Decimal {
  const text = `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
  expect(text).toMatch(MONEY_PATTERN);
  return new Decimal(text);
}

/** Cents of an amount that must be a whole number of cents. */
function centsOf(amount: Decimal): bigint {
  const cents = amount.times(100);
  expect(cents.isInteger(), `${amount} is not a whole number of cents`).toBe(true);
  return BigInt(cents.toFixed(0));
}

/** total × percent / 100, rounded half up to the cent, in cents: for non-negative inputs only. */
function shareCents(totalCents: bigint, percentHundredths: bigint): bigint {
  // exact share = totalCents × percentHundredths / 10 000 cents; half up is floor(x + 1/2).
  return (2n * totalCents * percentHundredths + 10_000n) / 20_000n;
}

describe("splitting a total", () => {
  it("splitByPercents: one share per percentage, rounded half up but the last, summing to the total", () => {
    fc.assert(
      fc.property(
        arbTotalCents,
        fc.array(arbPercentHundredths, { minLength: 1, maxLength: 5 }),
        (totalCents, percents) => {
          const shares = splitByPercents(totalOf(totalCents), percents.map(toDecimal)).map(centsOf);
          expect(shares).toHaveLength(percents.length);
          const expectedHead = percents.slice(0, -1).map((p) => shareCents(totalCents, p));
          expect(shares.slice(0, -1)).toEqual(expectedHead);
          expect(shares.reduce((a, b) => a + b, 0n)).toBe(totalCents);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("splitAdvance: advance rounded half up, balance the rest, both non-negative", () => {
    fc.assert(
      fc.property(arbTotalCents, arbPercentHundredths, (totalCents, percent) => {
        const { advance, balance } = splitAdvance(totalOf(totalCents), toDecimal(percent));
        const advanceCents = centsOf(advance);
        const balanceCents = centsOf(balance);
        expect(advanceCents).toBe(shareCents(totalCents, percent));
        expect(advanceCents + balanceCents).toBe(totalCents);
        expect(advanceCents >= 0n && balanceCents >= 0n).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("a half cent goes up: 50 % of 0,05 € is 0,03 € (0,02 € if ties went to even)", () => {
    expect(shareCents(5n, 5_000n)).toBe(3n);
    const { advance, balance } = splitAdvance(new Decimal("0.05"), new Decimal(50));
    expect([advance.toFixed(2), balance.toFixed(2)]).toEqual(["0.03", "0.02"]);
  });
});
