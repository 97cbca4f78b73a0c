import { describe, expect, it } from "vitest";
import {
  compareDates,
  daysInMonth,
  formatIso,
  isLeapYear,
  type PlainDate,
  parsePlainDate,
  plainDate,
} from "../../src/calendar/plain-date.ts";

describe("parsePlainDate", () => {
  const t = (text: string, expected: PlainDate | undefined) =>
    it(JSON.stringify(text), () => expect(parsePlainDate(text)).toEqual(expected));
  t("2022-12-01", { year: 2022, month: 12, day: 1 });
  t("2024-02-29", { year: 2024, month: 2, day: 29 });
  t("2000-02-29", { year: 2000, month: 2, day: 29 });
  t("1900-01-01", { year: 1900, month: 1, day: 1 });
  t("2199-12-31", { year: 2199, month: 12, day: 31 });
  t("2022-02-30", undefined);
  t("2023-02-29", undefined);
  t("2100-02-29", undefined);
  t("2022-04-31", undefined);
  t("2022-13-01", undefined);
  t("2022-00-10", undefined);
  t("2022-01-00", undefined);
  t("2022-1-01", undefined);
  t("2022-01-1", undefined);
  t(" 2022-01-01", undefined);
  t("2022-01-01 ", undefined);
  t("2022-01-01\n", undefined);
  t("1899-12-31", undefined);
  t("2200-01-01", undefined);
  t("01/12/2022", undefined);
  t("2022-01-01T00:00", undefined);
  t("２０２２-01-01", undefined);
  t("", undefined);
});

describe("formatIso", () => {
  const t = (d: PlainDate, expected: string) =>
    it(expected, () => expect(formatIso(d)).toBe(expected));
  t({ year: 2022, month: 12, day: 1 }, "2022-12-01");
  t({ year: 2023, month: 1, day: 31 }, "2023-01-31");
  t({ year: 1900, month: 2, day: 9 }, "1900-02-09");
});

describe("compareDates", () => {
  const t = (a: string, b: string, expected: -1 | 0 | 1) =>
    it(`${a} vs ${b}`, () => expect(compareDates(plainFrom(a), plainFrom(b))).toBe(expected));
  t("2022-12-01", "2022-12-01", 0);
  t("2022-12-01", "2022-12-02", -1);
  t("2022-12-31", "2023-01-01", -1);
  t("2023-02-01", "2023-01-31", 1);
  t("2024-01-01", "2023-12-31", 1);
});

describe("isLeapYear and daysInMonth", () => {
  const t = (year: number, month: number, days: number) =>
    it(`${year}-${month} has ${days} days`, () => expect(daysInMonth(year, month)).toBe(days));
  t(2023, 2, 28);
  t(2024, 2, 29);
  t(1900, 2, 28);
  t(2000, 2, 29);
  t(2022, 4, 30);
  t(2022, 12, 31);
  it("leap years", () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
  });
});

describe("plainDate", () => {
  it("builds a real date", () =>
    expect(plainDate(2024, 2, 29)).toEqual(parsePlainDate("2024-02-29")));
  it("throws on an impossible date (a bug)", () => {
    expect(() => plainDate(2023, 2, 29)).toThrow(RangeError);
    expect(() => plainDate(2023, 1, 1.5)).toThrow(RangeError);
  });
});

function plainFrom(text: string): PlainDate {
  const d = parsePlainDate(text);
  if (d === undefined) throw new Error(`bad test date ${text}`);
  return d;
}
