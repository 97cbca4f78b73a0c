// Calendar dates as plain values: a year, a month and a day, nothing else.
// No JS `Date` anywhere: a date in an act is a day on the calendar, not an instant, so no
// time zone, clock or locale of the machine can ever change what is printed.

/** A day on the calendar (month 1–12, day 1–31), e.g. { year: 2022, month: 12, day: 1 }. */
export interface PlainDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The years an act can plausibly mention; anything outside is a typo in the data. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** Gregorian leap year: 2024 yes, 2023 no, 2100 no, 2000 yes. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Length of a month, so that dates and month ends are always real: daysInMonth(2024, 2) = 29. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the three numbers name a real day (2023-02-29 does not exist). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Builds a date from trusted numbers (code, tests); an impossible date is a bug, so it throws.
 * User input goes through `parsePlainDate`, which never throws.
 */
export function plainDate(year: number, month: number, day: number): PlainDate {
  if (!isValidDate(year, month, day)) {
    throw new RangeError(`not a calendar date: ${year}-${month}-${day}`);
  }
  return { year, month, day };
}

/**
 * Reads a date as written in data, strictly "YYYY-MM-DD" and real, years 1900–2199:
 * "2024-02-29" → date; "2023-02-29", "2022-1-01", " 2022-01-01" → undefined.
 */
export function parsePlainDate(text: string): PlainDate | undefined {
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || !isValidDate(year, month, day)) return undefined;
  return { year, month, day };
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** The machine form of a date (data, manifests, file names): "2022-12-01". */
export function formatIso(d: PlainDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** Orders two dates (-1, 0, 1), for sorting and for checking that a period is not reversed. */
export function compareDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  const diff = a.year - b.year || a.month - b.month || a.day - b.day;
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}
