import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysInclusive,
  endOfDurationInMonths,
  wholeMonthsInPeriod,
} from "../../src/calendar/arithmetic.ts";
import { formatIso, type PlainDate, parsePlainDate } from "../../src/calendar/plain-date.ts";

const d = (text: string): PlainDate => {
  const parsed = parsePlainDate(text);
  if (parsed === undefined) throw new Error(`bad test date ${text}`);
  return parsed;
};

describe("addDays", () => {
  const t = (start: string, n: number, expected: string) =>
    it(`${start} + ${n} days`, () => expect(formatIso(addDays(d(start), n))).toBe(expected));
  t("2022-12-31", 1, "2023-01-01");
  t("2023-01-01", -1, "2022-12-31");
  t("2024-02-28", 1, "2024-02-29");
  t("2023-02-28", 1, "2023-03-01");
  t("2022-07-01", 183, "2022-12-31");
  t("1970-01-01", 0, "1970-01-01");
  t("1900-03-01", -1, "1900-02-28");
  t("2000-02-28", 366, "2001-02-28");
  it("rejects a fractional count (a bug)", () =>
    expect(() => addDays(d("2022-01-01"), 0.5)).toThrow(RangeError));
});

describe("addMonths", () => {
  const t = (start: string, n: number, expected: string) =>
    it(`${start} + ${n} months`, () => expect(formatIso(addMonths(d(start), n))).toBe(expected));
  t("2023-01-31", 1, "2023-02-28");
  t("2024-01-31", 1, "2024-02-29");
  t("2022-12-01", 1, "2023-01-01");
  t("2022-03-31", -1, "2022-02-28");
  t("2023-01-15", -13, "2021-12-15");
  t("2022-08-31", 12, "2023-08-31");
  t("2022-05-31", 0, "2022-05-31");
});

describe("endOfDurationInMonths", () => {
  const t = (start: string, months: number, expected: string) =>
    it(`${start} + ${months} months`, () =>
      expect(formatIso(endOfDurationInMonths(d(start), months))).toBe(expected));
  t("2023-01-01", 12, "2023-12-31");
  t("2022-07-15", 1, "2022-08-14");
  t("2022-09-01", 12, "2023-08-31");
  t("2022-12-01", 13, "2023-12-31");
  t("2023-01-31", 1, "2023-02-28");
  t("2024-01-30", 1, "2024-02-29");
  t("2024-01-29", 1, "2024-02-28");
  t("2022-03-31", 1, "2022-04-30");
  it("rejects zero months (a bug)", () =>
    expect(() => endOfDurationInMonths(d("2023-01-01"), 0)).toThrow(RangeError));
});

describe("wholeMonthsInPeriod", () => {
  const t = (start: string, end: string, expected: number | undefined) =>
    it(`${start}..${end}`, () => expect(wholeMonthsInPeriod(d(start), d(end))).toBe(expected));
  t("2022-07-01", "2022-12-31", 6);
  t("2022-12-01", "2023-12-31", 13);
  t("2022-09-01", "2023-08-31", 12);
  t("2024-02-01", "2024-02-29", 1);
  t("2023-02-01", "2023-02-28", 1);
  t("2022-07-02", "2022-12-31", undefined);
  t("2022-07-01", "2022-12-30", undefined);
  t("2024-02-01", "2024-02-28", undefined);
  t("2023-01-01", "2022-12-31", undefined);
});

describe("daysInclusive", () => {
  const t = (start: string, end: string, expected: number) =>
    it(`${start}..${end}`, () => expect(daysInclusive(d(start), d(end))).toBe(expected));
  t("2022-07-01", "2022-12-31", 184);
  t("2022-12-01", "2022-12-01", 1);
  t("2023-01-01", "2023-12-31", 365);
  t("2024-01-01", "2024-12-31", 366);
  t("2022-09-01", "2023-08-31", 365);
  it("rejects a reversed period (a bug)", () =>
    expect(() => daysInclusive(d("2023-01-02"), d("2023-01-01"))).toThrow(RangeError));
});
