import { describe, expect, it } from "vitest";
import { amountInWords, integerInWords } from "../../src/format/fr/words.ts";
import { Decimal } from "../../src/money/money.ts";

describe("integerInWords (traditional spelling)", () => {
  const t = (n: number, expected: string) =>
    it(`${n} → ${expected}`, () => expect(integerInWords(n)).toBe(expected));
  t(0, "zéro");
  t(1, "un");
  t(16, "seize");
  t(17, "dix-sept");
  t(21, "vingt et un");
  t(22, "vingt-deux");
  t(31, "trente et un");
  t(61, "soixante et un");
  t(70, "soixante-dix");
  t(71, "soixante et onze");
  t(72, "soixante-douze");
  t(79, "soixante-dix-neuf");
  t(80, "quatre-vingts");
  t(81, "quatre-vingt-un");
  t(90, "quatre-vingt-dix");
  t(91, "quatre-vingt-onze");
  t(99, "quatre-vingt-dix-neuf");
  t(100, "cent");
  t(101, "cent un");
  t(180, "cent quatre-vingts");
  t(200, "deux cents");
  t(201, "deux cent un");
  t(280, "deux cent quatre-vingts");
  t(1000, "mille");
  t(1001, "mille un");
  t(1080, "mille quatre-vingts");
  t(2000, "deux mille");
  t(21_000, "vingt et un mille");
  t(80_000, "quatre-vingt mille");
  t(100_000, "cent mille");
  t(198_000, "cent quatre-vingt-dix-huit mille");
  t(200_000, "deux cent mille");
  t(420_720, "quatre cent vingt mille sept cent vingt");
  t(500_000, "cinq cent mille");
  t(1_000_000, "un million");
  t(1_200_000, "un million deux cent mille");
  t(2_000_000, "deux millions");
  t(80_000_000, "quatre-vingts millions");
  t(200_000_000, "deux cents millions");
  t(1_000_000_000, "un milliard");
  t(3_000_000_080, "trois milliards quatre-vingts");
  t(
    999_999_999_999,
    "neuf cent quatre-vingt-dix-neuf milliards neuf cent quatre-vingt-dix-neuf millions neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf",
  );

  it("accepts bigint", () => expect(integerInWords(1_000_001n)).toBe("un million un"));
  const bad = (n: number | bigint) =>
    it(`throws RangeError for ${n}`, () => expect(() => integerInWords(n)).toThrow(RangeError));
  bad(-1);
  bad(1.5);
  bad(Number.NaN);
  bad(1_000_000_000_000);
  bad(-1n);
  bad(10n ** 15n);
});

describe("amountInWords", () => {
  const t = (amount: string, expected: string) =>
    it(`${amount} → ${expected}`, () => expect(amountInWords(new Decimal(amount))).toBe(expected));
  t("198000", "cent quatre-vingt-dix-huit mille euros");
  t("500000", "cinq cent mille euros");
  t("1000000", "un million d'euros");
  t("2000000", "deux millions d'euros");
  t("1000000000", "un milliard d'euros");
  t("1200000", "un million deux cent mille euros");
  t("1000001", "un million un euros");
  t("1", "un euro");
  t("2", "deux euros");
  t("0", "zéro euro");
  t("0.01", "un centime");
  t("0.8", "quatre-vingts centimes");
  t("13750.50", "treize mille sept cent cinquante euros et cinquante centimes");
  t("1000000.01", "un million d'euros et un centime");
  t("1.01", "un euro et un centime");
  t("80", "quatre-vingts euros");
  t("71.71", "soixante et onze euros et soixante et onze centimes");
  t("0.005", "un centime");
  t("0.004", "zéro euro");
  t("2.999", "trois euros");
  it("throws RangeError for a negative amount (a bug)", () =>
    expect(() => amountInWords(new Decimal("-1"))).toThrow(RangeError));
});
