// Date arithmetic for periods of acts: days, months, inclusive periods.
// Periods in acts are inclusive ("du 1er juillet au 31 décembre 2022 inclus"), and a period of
// N months "à compter du" a date ends the day before the same date N months later.
import { fromDayNumber, toDayNumber } from "./day-number.ts";
import { compareDates, daysInMonth, type PlainDate } from "./plain-date.ts";

function requireInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`);
}

/** Moves a date by n days (n may be negative): 2022-12-31 + 1 → 2023-01-01. */
export function addDays(d: PlainDate, n: number): PlainDate {
  requireInteger(n, "days");
  return fromDayNumber(toDayNumber(d) + n);
}

/** Year and month n months after (year, month), months counted 1–12. */
function shiftMonth(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** Moves a date by n months, clamped to the month end: 2023-01-31 + 1 → 2023-02-28. */
export function addMonths(d: PlainDate, n: number): PlainDate {
  requireInteger(n, "months");
  const { year, month } = shiftMonth(d.year, d.month, n);
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/**
 * Last day included in a period of `months` months starting at `start`:
 * 2023-01-01 + 12 → 2023-12-31; 2022-07-15 + 1 → 2022-08-14.
 * When the same day does not exist N months later, the period runs to that month's end:
 * 2023-01-31 + 1 → 2023-02-28 (not 02-27, which clamping then subtracting a day would give).
 */
export function endOfDurationInMonths(start: PlainDate, months: number): PlainDate {
  requireInteger(months, "months");
  if (months < 1) throw new RangeError(`a duration has at least one month, got ${months}`);
  const { year, month } = shiftMonth(start.year, start.month, months);
  const last = daysInMonth(year, month);
  if (start.day > last) return { year, month, day: last };
  return addDays({ year, month, day: start.day }, -1);
}

/**
 * Number of whole calendar months in an inclusive period, when it starts on a 1st and ends on
 * a month end (2022-07-01..2022-12-31 → 6); otherwise undefined (a prorata must count days).
 */
export function wholeMonthsInPeriod(start: PlainDate, end: PlainDate): number | undefined {
  if (start.day !== 1 || end.day !== daysInMonth(end.year, end.month)) return undefined;
  // Stryker disable next-line EqualityOperator: start is a 1st and end a month end here, so they are never equal
  if (compareDates(start, end) > 0) return undefined;
  return (end.year - start.year) * 12 + (end.month - start.month) + 1;
}

/** Days in an inclusive period: 2022-07-01..2022-12-31 → 184; a one-day period → 1. */
export function daysInclusive(start: PlainDate, end: PlainDate): number {
  if (compareDates(start, end) > 0) {
    throw new RangeError(`period ends before it starts`);
  }
  return toDayNumber(end) - toDayNumber(start) + 1;
}
