import { describe, expect, it } from "vitest";
import type { PlainDate } from "../../src/calendar/plain-date.ts";
import { formatDateLong, formatDateShort, monthName } from "../../src/format/fr/dates.ts";
import { formatDuration, formatPeriod } from "../../src/format/fr/periods.ts";

const d = (year: number, month: number, day: number): PlainDate => ({ year, month, day });

describe("formatDateLong", () => {
  const t = (date: PlainDate, expected: string) =>
    it(expected, () => expect(formatDateLong(date)).toBe(expected));
  t(d(2022, 12, 1), "1er décembre 2022");
  t(d(2022, 7, 4), "4 juillet 2022");
  t(d(2023, 12, 31), "31 décembre 2023");
  t(d(2022, 8, 31), "31 août 2022");
  t(d(2023, 2, 2), "2 février 2023");
  t(d(2021, 10, 11), "11 octobre 2021");
});

describe("formatDateShort", () => {
  const t = (date: PlainDate, expected: string) =>
    it(expected, () => expect(formatDateShort(date)).toBe(expected));
  t(d(2022, 12, 1), "01/12/2022");
  t(d(2023, 1, 31), "31/01/2023");
});

describe("monthName", () => {
  it("names the twelve months", () =>
    expect([1, 2, 8, 12].map(monthName)).toEqual(["janvier", "février", "août", "décembre"]));
  it("throws for month 13 (a bug)", () => expect(() => monthName(13)).toThrow(RangeError));
});

describe("formatPeriod", () => {
  const t = (start: PlainDate, end: PlainDate, expected: string) =>
    it(expected, () => expect(formatPeriod(start, end)).toBe(expected));
  t(d(2022, 12, 1), d(2023, 12, 31), "du 1er décembre 2022 au 31 décembre 2023 inclus");
  t(d(2022, 7, 1), d(2022, 12, 31), "du 1er juillet 2022 au 31 décembre 2022 inclus");
  t(d(2022, 9, 1), d(2023, 8, 31), "du 1er septembre 2022 au 31 août 2023 inclus");
  t(d(2022, 12, 5), d(2022, 12, 5), "du 5 décembre 2022 au 5 décembre 2022 inclus");
  it("throws for a reversed period (a bug)", () =>
    expect(() => formatPeriod(d(2023, 1, 2), d(2023, 1, 1))).toThrow(RangeError));
});

describe("formatDuration", () => {
  const t = (start: PlainDate, months: number, expected: string) =>
    it(expected, () => expect(formatDuration(start, months)).toBe(expected));
  t(d(2023, 1, 1), 12, "12 mois à compter du 1er janvier 2023");
  t(d(2022, 7, 15), 1, "1 mois à compter du 15 juillet 2022");
  t(d(2022, 12, 1), 13, "13 mois à compter du 1er décembre 2022");
  it("throws for zero months (a bug)", () =>
    expect(() => formatDuration(d(2023, 1, 1), 0)).toThrow(RangeError));
});
