// Amounts in words must say exactly the figures: for any amount validation lets through, the
// words read back (by an independent parser, test/helpers/french-words.ts) to the same cents,
// and only if spelt the traditional way. The range guards get their own examples: a mutation
// run showed they could be removed without any test noticing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountInWords, integerInWords } from "../../src/format/fr/words.ts";
import { Decimal, MONEY_PATTERN, parseMoney } from "../../src/money/money.ts";
import { parseFrenchAmount, parseFrenchInteger, SpellingError } from "../helpers/french-words.ts";

const MAX_INTEGER = 999_999_999_999;

/** Three-digit groups where French spelling has a rule or an exception. */
const TRICKY_GROUPS = [
  0, 1, 2, 10, 11, 16, 17, 20, 21, 30, 61, 70, 71, 72, 79, 80, 81, 90, 91, 99, 100, 101, 180, 200,
  201, 280, 999,
];
const arbGroup = fc.oneof(fc.constantFrom(...TRICKY_GROUPS), fc.integer({ min: 0, max: 999 }));

/**
 * 0 … 999 999 999 999, biased: each group of three digits (milliards, millions, thousands,
 * units) is often a tricky value or zero, so « quatre-vingt mille », « deux cents millions »
 * and round thousands or millions come up far more often than uniformly.
 */
const arbInteger: fc.Arbitrary<number> = fc.oneof(
  fc
    .tuple(arbGroup, arbGroup, arbGroup, arbGroup)
    .map(([g, m, k, u]) => ((g * 1000 + m) * 1000 + k) * 1000 + u),
  fc.integer({ min: 0, max: MAX_INTEGER }),
  fc.constantFrom(0, 1, 71, 80, 100, 200, 1000, 80_000, 1_000_000, 2_000_000, MAX_INTEGER),
);

const arbCents = fc.oneof(
  fc.constantFrom(0, 1, 10, 11, 71, 80, 99),
  fc.integer({ min: 0, max: 99 }),
);

/** Writes cents as data may: "80", "80.5", "80.50", "0.01", sometimes "80.0" or "80.00". */
function moneyText(euros: number, cents: number, style: number): string {
  const two = String(cents).padStart(2, "0");
  if (cents === 0 && style % 3 === 0) return String(euros);
  if (cents % 10 === 0 && style % 2 === 0) return `${euros}.${two[0]}`;
  return `${euros}.${two}`;
}

/** Any text MONEY_PATTERN accepts: edge amounts, biased amounts and arbitrary matches. */
const arbMoneyText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(arbInteger, arbCents, fc.nat(5)).map(([e, c, s]) => moneyText(e, c, s)),
  fc.constantFrom("0", "0.01", "1", "71", "80", "100", "200", "1000", "80000", "1000000"),
  fc.constantFrom("999999999999.99", "1000000000", "2000000000", "80000000", "0.8", "1.01"),
  fc.stringMatching(MONEY_PATTERN),
);

/** Cents of a validated money text, read digit by digit (no Decimal, no float). */
function centsOf(text: string): bigint {
  const [units = "", decimals = ""] = text.split(".");
  return BigInt(units) * 100n + BigInt(decimals.padEnd(2, "0"));
}

describe("the French-words parser of these tests", () => {
  const reads = (text: string, value: bigint) =>
    it(`reads « ${text} » as ${value}`, () => expect(parseFrenchInteger(text)).toBe(value));
  reads("zéro", 0n);
  reads("soixante et onze", 71n);
  reads("soixante-dix-sept", 77n);
  reads("quatre-vingts", 80n);
  reads("quatre-vingt-un", 81n);
  reads("quatre-vingt-onze", 91n);
  reads("deux cents", 200n);
  reads("deux cent un", 201n);
  reads("deux cent mille", 200_000n);
  reads("quatre-vingt mille", 80_000n);
  reads("mille", 1000n);
  reads("vingt et un mille", 21_000n);
  reads("un million", 1_000_000n);
  reads("deux millions", 2_000_000n);
  reads("quatre-vingts millions", 80_000_000n);
  reads("deux cents milliards", 200_000_000_000n);
  reads("un milliard un million mille un", 1_001_001_001n);

  const amount = (text: string, cents: bigint) =>
    it(`reads « ${text} » as ${cents} cents`, () => expect(parseFrenchAmount(text)).toBe(cents));
  amount("zéro euro", 0n);
  amount("un euro", 100n);
  amount("un centime", 1n);
  amount("quatre-vingts centimes", 80n);
  amount("deux millions d'euros", 200_000_000n);
  amount("deux millions d\u2019euros et un centime", 200_000_001n);
  amount("un million un euros", 100_000_100n);

  // Each of these is a near miss of a correct spelling: a parser accepting it would let the
  // matching misspelling through the round trip.
  for (const bad of [
    "",
    "zéro zéro",
    "un  million",
    "quatre-vingt",
    "quatre-vingts mille",
    "quatre-vingts-un",
    "quatre-vingt et un",
    "vingt-un",
    "vingt et deux",
    "soixante-onze",
    "soixante et dix",
    "deux cent",
    "deux cents mille",
    "deux cents un",
    "cents",
    "cents mille",
    "un cent",
    "un mille",
    "deux milles",
    "mille mille",
    "million",
    "un millions",
    "deux million",
    "mille millions",
    "dix-un",
    "dix-huit-deux",
  ]) {
    it(`rejects the number « ${bad} »`, () =>
      expect(() => parseFrenchInteger(bad)).toThrow(SpellingError));
  }
  for (const bad of [
    "un",
    "un euros",
    "deux euro",
    "un million euros",
    "deux cents d'euros",
    "zéro euro et un centime",
    "zéro centime",
    "un centimes",
    "deux centime",
    "cent centimes",
    "un euro un centime",
    "un euro et",
  ]) {
    it(`rejects the amount « ${bad} »`, () =>
      expect(() => parseFrenchAmount(bad)).toThrow(SpellingError));
  }
});

describe("amounts in words read back to the figures", () => {
  it("integerInWords(n) reads back to n, for n in 0 … 999 999 999 999", () => {
    fc.assert(
      fc.property(arbInteger, (n) => {
        expect(parseFrenchInteger(integerInWords(n))).toBe(BigInt(n));
      }),
      { numRuns: 1000 },
    );
  });

  it("amountInWords(parseMoney(s)) reads back to s in cents, for any s validation accepts", () => {
    fc.assert(
      fc.property(arbMoneyText, (text) => {
        expect(text).toMatch(MONEY_PATTERN);
        const amount = parseMoney(text);
        if (amount === undefined) throw new Error(`parseMoney refused « ${text} »`);
        expect(parseFrenchAmount(amountInWords(amount))).toBe(centsOf(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("range guards of the words", () => {
  it.each([
    [2 ** 53, "9007199254740992"],
    [Number.MAX_VALUE, String(Number.MAX_VALUE)],
    [1.5, "1.5"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
  ])("integerInWords(%s) is not a safe integer: RangeError", (n, shown) => {
    // The message tells the guard that fired: BigInt() would also throw a RangeError for 1.5
    // or NaN, and 2 ** 53 would fail the upper bound instead.
    expect(() => integerInWords(n)).toThrow(new RangeError(`not a safe integer: ${shown}`));
  });

  it.each([
    [-1, "-1"],
    [-1n, "-1"],
    [Number.MIN_SAFE_INTEGER, String(Number.MIN_SAFE_INTEGER)],
    [1_000_000_000_000, "1000000000000"],
    [1_000_000_000_000n, "1000000000000"],
    [Number.MAX_SAFE_INTEGER, String(Number.MAX_SAFE_INTEGER)],
  ])("integerInWords(%s) is out of range: RangeError", (n, shown) => {
    expect(() => integerInWords(n)).toThrow(new RangeError(`out of range for words: ${shown}`));
  });

  it("integerInWords accepts both ends of the range", () => {
    expect(integerInWords(0)).toBe("zéro");
    expect(integerInWords(0n)).toBe("zéro");
    expect(integerInWords(-0)).toBe("zéro");
    expect(parseFrenchInteger(integerInWords(MAX_INTEGER))).toBe(BigInt(MAX_INTEGER));
    expect(parseFrenchInteger(integerInWords(BigInt(MAX_INTEGER)))).toBe(BigInt(MAX_INTEGER));
  });

  it("amountInWords refuses a negative amount", () => {
    expect(() => amountInWords(new Decimal("-0.01"))).toThrow(
      new RangeError("no words for a negative amount: -0.01"),
    );
    // Half up rounds away from zero: -0.005 is -0.01, still negative.
    expect(() => amountInWords(new Decimal("-0.005"))).toThrow(RangeError);
    expect(() => amountInWords(new Decimal("-1000000"))).toThrow(RangeError);
  });

  it("amountInWords says « zéro euro » for 0 and for what rounds to zero, sign included", () => {
    // -0.001 rounds to -0.00, which is no debt: like formatEuros (« 0,00 € »), not an error.
    for (const text of ["0", "0.00", "0.004", "-0.001", "-0.004", "-0"]) {
      expect(amountInWords(new Decimal(text))).toBe("zéro euro");
    }
  });

  it("amountInWords refuses 1 000 000 000 000 €, even when reached by rounding", () => {
    for (const text of ["1000000000000", "999999999999.995", "1e15"]) {
      expect(() => amountInWords(new Decimal(text))).toThrow(RangeError);
    }
    expect(() => amountInWords(new Decimal("1000000000000"))).toThrow(
      new RangeError("out of range for words: 1000000000000"),
    );
  });

  it("amountInWords accepts the largest amount validation allows", () => {
    const words = amountInWords(new Decimal("999999999999.99"));
    expect(parseFrenchAmount(words)).toBe(99_999_999_999_999n);
    expect(amountInWords(new Decimal("999999999999.994"))).toBe(words);
  });
});
