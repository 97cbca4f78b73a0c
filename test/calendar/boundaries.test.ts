// Calendar edges the other calendar tests do not reach: the exact messages of the errors a
// developer reads when code passes a wrong date or count, dates whose numbers are not integers,
// and the century and 400-year boundaries of the day-number algorithm.
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysInclusive,
  endOfDurationInMonths,
  wholeMonthsInPeriod,
} from "../../src/calendar/arithmetic.ts";
import { fromDayNumber, toDayNumber } from "../../src/calendar/day-number.ts";
import {
  formatIso,
  isValidDate,
  type PlainDate,
  plainDate,
} from "../../src/calendar/plain-date.ts";

const d = (year: number, month: number, day: number): PlainDate => ({ year, month, day });

/** The error `fn` throws (the test fails if it throws nothing). */
function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`threw a non-Error: ${String(error)}`);
  }
  throw new Error("did not throw");
}

describe("error messages of the date arithmetic", () => {
  it("addDays names the count it refuses", () => {
    const error = errorOf(() => addDays(d(2022, 1, 1), 0.5));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe("days must be an integer, got 0.5");
  });

  it("addMonths names the count it refuses", () => {
    const error = errorOf(() => addMonths(d(2022, 1, 31), 1.5));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe("months must be an integer, got 1.5");
  });

  it("endOfDurationInMonths refuses a fractional count of months", () => {
    const error = errorOf(() => endOfDurationInMonths(d(2023, 1, 1), 2.5));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe("months must be an integer, got 2.5");
  });

  it("endOfDurationInMonths refuses a duration of no month", () => {
    const zero = errorOf(() => endOfDurationInMonths(d(2023, 1, 1), 0));
    expect(zero).toBeInstanceOf(RangeError);
    expect(zero.message).toBe("a duration has at least one month, got 0");
    expect(errorOf(() => endOfDurationInMonths(d(2023, 1, 1), -12)).message).toBe(
      "a duration has at least one month, got -12",
    );
  });

  it("daysInclusive refuses a reversed period", () => {
    const error = errorOf(() => daysInclusive(d(2023, 1, 2), d(2023, 1, 1)));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe("period ends before it starts");
  });

  it("plainDate names the impossible date", () => {
    const error = errorOf(() => plainDate(2023, 2, 29));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe("not a calendar date: 2023-2-29");
  });
});

describe("periods of one day and of one month", () => {
  it("a period whose start is its end lasts one day", () => {
    expect(daysInclusive(d(2022, 12, 31), d(2022, 12, 31))).toBe(1);
    expect(daysInclusive(d(2024, 2, 29), d(2024, 2, 29))).toBe(1);
  });

  it("a single whole month counts as one month", () => {
    expect(wholeMonthsInPeriod(d(2023, 2, 1), d(2023, 2, 28))).toBe(1);
    expect(wholeMonthsInPeriod(d(2024, 2, 1), d(2024, 2, 29))).toBe(1);
  });

  it("a reversed period of whole months has no month count", () => {
    expect(wholeMonthsInPeriod(d(2023, 3, 1), d(2023, 2, 28))).toBeUndefined();
  });
});

describe("non-integer date numbers are not dates", () => {
  // Each of these would pass the month and day range checks if only integers were checked
  // for the day: a year of 2022.5 has a 31-day January.
  const cases: readonly [number, number, number][] = [
    [2022.5, 1, 1],
    [Number.NaN, 1, 1],
    [Number.POSITIVE_INFINITY, 1, 1],
    [2022, 1.5, 1],
    [2022, 11.5, 1],
    [2022, 1, 1.5],
  ];
  for (const [year, month, day] of cases) {
    it(`${year}-${month}-${day} is refused`, () => {
      expect(isValidDate(year, month, day)).toBe(false);
      expect(() => plainDate(year, month, day)).toThrow(RangeError);
    });
  }

  it("the integer neighbours are accepted", () => {
    expect(isValidDate(2022, 1, 1)).toBe(true);
    expect(isValidDate(2022, 11, 1)).toBe(true);
  });
});

describe("day numbers across century and 400-year boundaries", () => {
  // Reference day numbers (days since 1970-01-01), independent of the algorithm under test.
  const cases: readonly [string, number][] = [
    ["1900-02-28", -25509],
    ["1900-03-01", -25508],
    ["1999-12-31", 10956],
    ["2000-02-28", 11015],
    // The last day of a 400-year era: the one day the `dayOfEra / 146096` term is about.
    ["2000-02-29", 11016],
    ["2000-03-01", 11017],
    ["2100-02-28", 47540],
    ["2100-03-01", 47541],
    ["2199-12-31", 84005],
    ["1600-02-29", -135081],
    ["1600-03-01", -135080],
  ];
  for (const [iso, dayNumber] of cases) {
    it(`${iso} is day ${dayNumber} and back`, () => {
      const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
      expect(toDayNumber(d(year, month, day))).toBe(dayNumber);
      expect(formatIso(fromDayNumber(dayNumber))).toBe(iso);
    });
  }

  it("counting days across 29 February 2000 and 28 February 2100", () => {
    expect(formatIso(addDays(d(2000, 2, 28), 1))).toBe("2000-02-29");
    expect(formatIso(addDays(d(2000, 3, 1), -1))).toBe("2000-02-29");
    expect(formatIso(addDays(d(2100, 2, 28), 1))).toBe("2100-03-01");
    expect(formatIso(addDays(d(1900, 2, 28), 1))).toBe("1900-03-01");
    expect(daysInclusive(d(2000, 2, 1), d(2000, 2, 29))).toBe(29);
    expect(daysInclusive(d(2100, 2, 1), d(2100, 2, 28))).toBe(28);
  });
});
