// Figures as the seed documents (/work/shared/seeds/) print them: the engine must write them
// the same way.
import { describe, expect, it } from "vitest";
import { endOfDurationInMonths } from "../../src/calendar/arithmetic.ts";
import { formatIso, type PlainDate } from "../../src/calendar/plain-date.ts";
import {
  amountInWords,
  formatDuration,
  formatEuros,
  formatPeriod,
} from "../../src/format/fr/index.ts";
import { Decimal } from "../../src/money/money.ts";
import { typo } from "./typo.ts";

const d = (year: number, month: number, day: number): PlainDate => ({ year, month, day });

describe("amounts of the seeds", () => {
  const t = (amount: string, expected: string) =>
    it(expected, () => expect(formatEuros(new Decimal(amount))).toBe(typo(expected)));
  t("13750", "13 750,00 €");
  t("420720", "420 720,00 €");
  t("267566.08", "267 566,08 €");
  t("500000", "500 000,00 €");
});

describe("amounts in words of the seeds", () => {
  const t = (amount: string, expected: string) =>
    it(expected, () => expect(amountInWords(new Decimal(amount))).toBe(expected));
  t("198000", "cent quatre-vingt-dix-huit mille euros");
  t("500000", "cinq cent mille euros");
  t("1000000", "un million d'euros");
});

describe("periods of the seeds", () => {
  it("du 1er décembre 2022 au 31 décembre 2023 inclus", () =>
    expect(formatPeriod(d(2022, 12, 1), d(2023, 12, 31))).toBe(
      "du 1er décembre 2022 au 31 décembre 2023 inclus",
    ));
  it("12 mois à compter du 1er janvier 2023, ending 2023-12-31", () => {
    expect(formatDuration(d(2023, 1, 1), 12)).toBe("12 mois à compter du 1er janvier 2023");
    expect(formatIso(endOfDurationInMonths(d(2023, 1, 1), 12))).toBe("2023-12-31");
  });
});
