import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth, type PlainDate } from "../../src/calendar/plain-date.ts";
import { formatEuros } from "../../src/format/fr/amount.ts";
import { formatDateLong, MONTH_NAMES } from "../../src/format/fr/dates.ts";
import { NBSP, NNBSP } from "../../src/format/fr/typography.ts";
import { amountInWords, integerInWords } from "../../src/format/fr/words.ts";
import { Decimal, parseMoney } from "../../src/money/money.ts";

const arbCents = fc.bigInt({ min: 0n, max: 99_999_999_999_999n }); // up to 999 999 999 999,99 €
const arbInteger = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.integer({ min: 0, max: 999_999_999_999 }),
);
const centsToDecimal = (cents: bigint) => new Decimal(cents.toString()).dividedBy(100);

/** Undoes the French typography: "13 750,00 €" → "13750.00". */
const machine = (text: string) =>
  text.replaceAll(NNBSP, "").replace(`${NBSP}€`, "").replace(",", ".");

describe("formatting properties", () => {
  it("formatEuros of n cents parses back to n once the separators are removed", () => {
    fc.assert(
      fc.property(arbCents, (cents) => {
        const parsed = parseMoney(machine(formatEuros(centsToDecimal(cents))));
        expect(parsed?.times(100).toFixed(0)).toBe(cents.toString());
      }),
    );
  });

  it("formatEuros of -n cents is '-' followed by formatEuros of n cents", () => {
    fc.assert(
      fc.property(
        arbCents.filter((c) => c > 0n),
        (cents) => {
          const amount = centsToDecimal(cents);
          expect(formatEuros(amount.negated())).toBe(`-${formatEuros(amount)}`);
        },
      ),
    );
  });

  it("formatEuros groups digits by three, with no plain space", () => {
    fc.assert(
      fc.property(arbCents, (cents) => {
        const text = formatEuros(centsToDecimal(cents));
        expect(text).toMatch(/^[0-9]{1,3}(\u202F[0-9]{3})*,[0-9]{2}\u00A0€$/);
      }),
    );
  });

  it("integerInWords never says 'undefined', never doubles or trails a space", () => {
    fc.assert(
      fc.property(arbInteger, (n) => {
        const words = integerInWords(n);
        expect(words).not.toMatch(/undefined|NaN|\s\s|^\s|\s$|--|- | -/);
        expect(words).toMatch(/^[a-zéè' -]+$/);
      }),
    );
  });

  it("integerInWords pluralizes vingt and cent only at the end or before million/milliard", () => {
    fc.assert(
      fc.property(arbInteger, (n) => {
        expect(integerInWords(n)).not.toMatch(/(vingts|cents) (?!millions?|milliards?)\S/);
      }),
    );
  });

  it("amountInWords always names euros or centimes, and 'et' only before centimes", () => {
    fc.assert(
      fc.property(arbCents, (cents) => {
        const words = amountInWords(centsToDecimal(cents));
        expect(words).toMatch(/(euros?|centimes?)$/);
        expect(words).not.toMatch(/undefined|\s\s/);
        if (cents % 100n !== 0n && cents >= 100n) expect(words).toMatch(/euros? et .+ centimes?$/);
      }),
    );
  });

  it("formatDateLong writes the day, a month name and the year", () => {
    const arbDate = fc
      .record({
        year: fc.integer({ min: 1900, max: 2199 }),
        month: fc.integer({ min: 1, max: 12 }),
      })
      .chain(({ year, month }) =>
        fc
          .integer({ min: 1, max: daysInMonth(year, month) })
          .map((day): PlainDate => ({ year, month, day })),
      );
    fc.assert(
      fc.property(arbDate, (date) => {
        const [day, month, year] = formatDateLong(date).split(" ");
        expect(day).toBe(date.day === 1 ? "1er" : String(date.day));
        expect(month).toBe(MONTH_NAMES[date.month - 1]);
        expect(year).toBe(String(date.year));
      }),
    );
  });
});
