// Dates and periods as acts write them read back to the dates they came from. The readers
// below are written here, with their own month names and month lengths, so that a formatter
// and its reader cannot share a mistake. (calendar.property.test.ts covers parse ∘ formatIso
// and day arithmetic; format.property.test.ts checks the parts of formatDateLong one by one.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endOfDurationInMonths } from "../../src/calendar/arithmetic.ts";
import { formatIso, type PlainDate, parsePlainDate } from "../../src/calendar/plain-date.ts";
import { formatDateLong, formatDateShort } from "../../src/format/fr/dates.ts";
import { formatDuration, formatPeriod } from "../../src/format/fr/periods.ts";

const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

function lastDay(year: number, month: number): number {
  // Gregorian: every 4th year is leap, but a century only every 400th (2000 yes, 1900 no).
  const leap = year % 100 === 0 ? year % 400 === 0 : year % 4 === 0;
  if (month === 2) return leap ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Any real date of 1900–2199; firsts, month ends and February of century years come up often. */
const arbDate: fc.Arbitrary<PlainDate> = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1900, max: 2199 }), fc.constantFrom(1900, 2000, 2024, 2100)),
    month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant(2)),
  })
  .chain(({ year, month }) =>
    fc
      .oneof(fc.constant(1), fc.constant(lastDay(year, month)), fc.integer({ min: 1, max: 31 }))
      .map((day) => ({ year, month, day: Math.min(day, lastDay(year, month)) })),
  );

const before = (a: PlainDate, b: PlainDate) =>
  a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day <= b.day;

/** « 1er décembre 2022 », « 31 août 2023 » → date; anything else (« 1 mai 2023 ») → undefined. */
function readLongDate(text: string): PlainDate | undefined {
  const match = /^(1er|[2-9]|[12][0-9]|3[01]) (\p{L}+) ([0-9]{4})$/u.exec(text);
  if (match === null) return undefined;
  const [, day = "", name = "", year = ""] = match;
  const month = MONTHS.indexOf(name) + 1;
  if (month === 0) return undefined;
  return { year: Number(year), month, day: day === "1er" ? 1 : Number(day) };
}

/** « 01/12/2022 » → date. */
function readShortDate(text: string): PlainDate | undefined {
  const match = /^([0-9]{2})\/([0-9]{2})\/([0-9]{4})$/.exec(text);
  if (match === null) return undefined;
  const [, day, month, year] = match.map(Number);
  if (day === undefined || month === undefined || year === undefined) return undefined;
  return { year, month, day };
}

/** « du 1er décembre 2022 au 31 décembre 2023 inclus » → start and end. */
function readPeriod(
  text: string,
): { start: PlainDate | undefined; end: PlainDate | undefined } | undefined {
  const match = /^du (.+) au (.+) inclus$/u.exec(text);
  if (match === null) return undefined;
  return { start: readLongDate(match[1] ?? ""), end: readLongDate(match[2] ?? "") };
}

/** « 12 mois à compter du 1er janvier 2023 » → months and start. */
function readDuration(text: string): { months: number; start: PlainDate | undefined } | undefined {
  const match = /^([1-9][0-9]*) mois à compter du (.+)$/u.exec(text);
  if (match === null) return undefined;
  return { months: Number(match[1]), start: readLongDate(match[2] ?? "") };
}

/**
 * The last day of N months from `start`, counted by hand: the day before the same day N
 * months later, or that month's last day when the same day does not exist there
 * (31 janvier + 1 mois → 28 février).
 */
function expectedEnd(start: PlainDate, months: number): PlainDate {
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (start.day > lastDay(year, month)) return { year, month, day: lastDay(year, month) };
  if (start.day > 1) return { year, month, day: start.day - 1 };
  if (month > 1) return { year, month: month - 1, day: lastDay(year, month - 1) };
  return { year: year - 1, month: 12, day: 31 };
}

describe("dates as acts write them read back", () => {
  it("an ISO date written by hand parses and formats back to the same text", () => {
    // Built here rather than with formatIso: the text is the data, formatIso is under test.
    fc.assert(
      fc.property(arbDate, (date) => {
        const text = [date.year, date.month, date.day]
          .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0"))
          .join("-");
        const parsed = parsePlainDate(text);
        expect(parsed).toEqual(date);
        if (parsed !== undefined) expect(formatIso(parsed)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it("an ISO date is accepted exactly when the day exists (29 février 1900 and 2100 do not)", () => {
    const arbFields = fc.record({
      year: fc.oneof(fc.integer({ min: 1900, max: 2199 }), fc.constantFrom(1900, 2000, 2100)),
      month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant(2)),
      day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constantFrom(28, 29, 30, 31)),
    });
    fc.assert(
      fc.property(arbFields, ({ year, month, day }) => {
        const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        const exists = day <= lastDay(year, month);
        expect(parsePlainDate(text)).toEqual(exists ? { year, month, day } : undefined);
      }),
      { numRuns: 500 },
    );
  });

  it("formatDateLong (« 1er décembre 2022 ») reads back to the date", () => {
    fc.assert(
      fc.property(arbDate, (date) => {
        expect(readLongDate(formatDateLong(date))).toEqual(date);
      }),
      { numRuns: 500 },
    );
  });

  it("formatDateShort (« 01/12/2022 ») reads back to the date", () => {
    fc.assert(
      fc.property(arbDate, (date) => {
        expect(readShortDate(formatDateShort(date))).toEqual(date);
      }),
      { numRuns: 500 },
    );
  });

  it("formatPeriod (« du … au … inclus ») reads back to its start and end", () => {
    const arbPeriod = fc
      .tuple(arbDate, arbDate)
      .map(([a, b]) => (before(a, b) ? { start: a, end: b } : { start: b, end: a }));
    fc.assert(
      fc.property(arbPeriod, ({ start, end }) => {
        expect(readPeriod(formatPeriod(start, end))).toEqual({ start, end });
      }),
      { numRuns: 500 },
    );
  });

  it("« N mois à compter du … » reads back and ends where endOfDurationInMonths says", () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: 1, max: 120 }), (start, months) => {
        const read = readDuration(formatDuration(start, months));
        expect(read).toEqual({ months, start });
        const end = endOfDurationInMonths(read?.start ?? start, read?.months ?? months);
        expect(end).toEqual(expectedEnd(start, months));
        expect(readPeriod(formatPeriod(start, end))).toEqual({ start, end });
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["12 mois à compter du 1er janvier 2023", "du 1er janvier 2023 au 31 décembre 2023 inclus"],
    ["1 mois à compter du 15 juillet 2022", "du 15 juillet 2022 au 14 août 2022 inclus"],
    ["1 mois à compter du 31 janvier 2023", "du 31 janvier 2023 au 28 février 2023 inclus"],
    ["1 mois à compter du 31 janvier 2024", "du 31 janvier 2024 au 29 février 2024 inclus"],
    ["13 mois à compter du 1er décembre 2022", "du 1er décembre 2022 au 31 décembre 2023 inclus"],
    ["1 mois à compter du 29 janvier 2100", "du 29 janvier 2100 au 28 février 2100 inclus"],
    ["1 mois à compter du 30 janvier 2000", "du 30 janvier 2000 au 29 février 2000 inclus"],
  ])("« %s » is « %s »", (duration, period) => {
    const read = readDuration(duration);
    if (read?.start === undefined) throw new Error(`unreadable: ${duration}`);
    expect(formatDuration(read.start, read.months)).toBe(duration);
    const end = endOfDurationInMonths(read.start, read.months);
    expect(formatPeriod(read.start, end)).toBe(period);
  });

  it("the readers refuse what acts must not say", () => {
    expect(readLongDate("1 décembre 2022")).toBeUndefined(); // the first is « 1er »
    expect(readLongDate("2er décembre 2022")).toBeUndefined();
    expect(readLongDate("1er Décembre 2022")).toBeUndefined();
    expect(readLongDate("01 décembre 2022")).toBeUndefined();
    expect(readShortDate("1/12/2022")).toBeUndefined();
    expect(readPeriod("du 1er décembre 2022 au 31 décembre 2023")).toBeUndefined();
    expect(lastDay(1900, 2)).toBe(28);
    expect(lastDay(2000, 2)).toBe(29);
    expect(lastDay(2024, 2)).toBe(29);
    expect(lastDay(2100, 2)).toBe(28);
    expect(lastDay(2023, 2)).toBe(28);
  });
});
