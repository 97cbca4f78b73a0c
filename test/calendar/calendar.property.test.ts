import fc from "fast-check";
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
  compareDates,
  daysInMonth,
  formatIso,
  type PlainDate,
  parsePlainDate,
} from "../../src/calendar/plain-date.ts";

/** Any real date of 1900–2199, built without JS Date. */
const arbDate: fc.Arbitrary<PlainDate> = fc
  .record({ year: fc.integer({ min: 1900, max: 2199 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })),
  );
const arbDays = fc.integer({ min: -40_000, max: 40_000 });

describe("calendar properties", () => {
  it("parse ∘ formatIso is the identity", () => {
    fc.assert(
      fc.property(arbDate, (date) => {
        expect(parsePlainDate(formatIso(date))).toEqual(date);
      }),
    );
  });

  it("formatIso ∘ parse is the identity on any string it accepts", () => {
    const arbText = fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/);
    fc.assert(
      fc.property(arbText, (text) => {
        const date = parsePlainDate(text);
        if (date !== undefined) expect(formatIso(date)).toBe(text);
      }),
    );
  });

  it("day numbers round-trip and are consecutive", () => {
    fc.assert(
      fc.property(arbDate, (date) => {
        expect(fromDayNumber(toDayNumber(date))).toEqual(date);
        const next = fromDayNumber(toDayNumber(date) + 1);
        expect(compareDates(date, next)).toBe(-1);
        expect(next.day === 1 || next.day === date.day + 1).toBe(true);
      }),
    );
  });

  it("addDays(addDays(d, n), -n) = d and counts n + 1 days inclusive", () => {
    fc.assert(
      fc.property(arbDate, arbDays, (date, n) => {
        const moved = addDays(date, n);
        expect(addDays(moved, -n)).toEqual(date);
        if (n >= 0) expect(daysInclusive(date, moved)).toBe(n + 1);
      }),
    );
  });

  it("addMonths never leaves a real date and keeps the day when it can", () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -600, max: 600 }), (date, n) => {
        const moved = addMonths(date, n);
        expect(moved.day).toBeLessThanOrEqual(daysInMonth(moved.year, moved.month));
        expect(moved.day === date.day || moved.day === daysInMonth(moved.year, moved.month)).toBe(
          true,
        );
      }),
    );
  });

  it("consecutive durations tile the calendar without gap or overlap", () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: 1, max: 48 }), (start, months) => {
        const end = endOfDurationInMonths(start, months);
        expect(compareDates(start, end)).toBe(-1);
        const next = addDays(end, 1);
        const expected = addMonths(start, months);
        // the next period starts on the same day N months later, or on the 1st after a short month
        expect(next.day === start.day || (next.day === 1 && expected.day < start.day)).toBe(true);
      }),
    );
  });

  it("a duration from a 1st counts back as whole months", () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: 1, max: 120 }), (date, months) => {
        const start = { ...date, day: 1 };
        expect(wholeMonthsInPeriod(start, endOfDurationInMonths(start, months))).toBe(months);
      }),
    );
  });
});
