import { describe, expect, it } from "vitest";
import { formatEuros, formatNumber, formatPercent } from "../../src/format/fr/amount.ts";
import { Decimal } from "../../src/money/money.ts";
import { typo } from "./typo.ts";

describe("formatEuros", () => {
  const t = (amount: string, expected: string) =>
    it(`${amount} → ${expected}`, () =>
      expect(formatEuros(new Decimal(amount))).toBe(typo(expected)));
  t("13750", "13 750,00 €");
  t("0", "0,00 €");
  t("1000000", "1 000 000,00 €");
  t("-1234.5", "-1 234,50 €");
  t("999.999", "1 000,00 €");
  t("0.005", "0,01 €");
  t("0.004", "0,00 €");
  t("-0.004", "0,00 €");
  t("-0.005", "-0,01 €");
  t("100", "100,00 €");
  t("1000", "1 000,00 €");
  t("27500", "27 500,00 €");
  t("420720", "420 720,00 €");
  t("267566.08", "267 566,08 €");
  t("3395316.27", "3 395 316,27 €");
  t("123456789012.34", "123 456 789 012,34 €");

  it("uses U+202F between thousands and U+00A0 before €", () => {
    expect(formatEuros(new Decimal(13750))).toBe("13\u202F750,00\u00A0€");
  });
  it("uses U+002D hyphen-minus for negatives", () => {
    expect(formatEuros(new Decimal(-1))).toBe("-1,00\u00A0€");
  });
});

describe("formatNumber", () => {
  const t = (n: string, decimals: number, expected: string) =>
    it(`${n} (${decimals}) → ${expected}`, () =>
      expect(formatNumber(new Decimal(n), decimals)).toBe(typo(expected)));
  t("6019600", 2, "6 019 600,00");
  t("6019600", 0, "6 019 600");
  t("12.5", 0, "13");
  t("0.125", 2, "0,13");
  t("1234.5678", 3, "1 234,568");
  t("-0", 2, "0,00");
  it("rejects a negative count of decimals (a bug)", () =>
    expect(() => formatNumber(new Decimal(1), -1)).toThrow(RangeError));
});

describe("formatPercent", () => {
  const t = (p: string, expected: string) =>
    it(`${p} → ${expected}`, () => expect(formatPercent(new Decimal(p))).toBe(typo(expected)));
  t("80", "80 %");
  t("12.5", "12,5 %");
  t("50", "50 %");
  t("0", "0 %");
  t("100", "100 %");
  t("33.33", "33,33 %");
  it("uses U+00A0 before %", () => expect(formatPercent(new Decimal(80))).toBe("80\u00A0%"));
});
