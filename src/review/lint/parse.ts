// Amounts, dates and durations as acts write them, found in a paragraph's text.
import { isValidDate, type PlainDate } from "../../calendar/plain-date.ts";
import { MONTH_NAMES } from "../../format/fr/index.ts";
import { Decimal } from "../../money/money.ts";

export interface Found<T> {
  readonly value: T;
  readonly index: number;
  readonly text: string;
}

// The month names the engine writes (format/fr/dates.ts): one table for writing and reading.
const MONTH = MONTH_NAMES.join("|");
// « 1er décembre 2022 », « 31 décembre 2023 », « 01/12/2022 ».
const DATE = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:er)?\s+(${MONTH})\s+(\d{4})|(\d{1,2})/(\d{1,2})/(\d{4}))\b`,
  "giu",
);

/** The dates of a text that exist on the calendar, in order. */
export function findDates(text: string): Found<PlainDate>[] {
  const out: Found<PlainDate>[] = [];
  for (const m of text.matchAll(DATE)) {
    const day = Number(m[1] ?? m[4]);
    const month = m[2] !== undefined ? MONTH_NAMES.indexOf(m[2].toLowerCase()) + 1 : Number(m[5]);
    const year = Number(m[3] ?? m[6]);
    if (isValidDate(year, month, day)) {
      out.push({ value: { year, month, day }, index: m.index, text: m[0] });
    }
  }
  return out;
}

/** A date pattern for building other patterns (no capture groups). */
export const DATE_SOURCE = String.raw`(?:\d{1,2}(?:er)?\s+(?:${MONTH})\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})`;

// « 13 750,00 € », « 500 000 € », « 20 000 euros »; not preceded by a digit group, so that
// « en 2022 20 000 € » reads 20 000.
const AMOUNT = /(?<![\d,.]\s?)(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d{1,2}))?\s?(?:€|euros?\b)/gu;

/** The amounts in euros of a text, in order, as exact decimals. */
export function findAmounts(text: string): Found<Decimal>[] {
  return [...text.matchAll(AMOUNT)].map((m) => ({
    value: new Decimal(`${(m[1] ?? "0").replace(/[ .]/gu, "")}.${m[2] ?? "0"}`),
    index: m.index,
    text: m[0],
  }));
}

/** « 1 234,50 € » for a message. */
export function euros(d: Decimal): string {
  const [int = "0", frac = "00"] = d.toFixed(2).split(".");
  return `${int.replace(/\B(?=(\d{3})+$)/gu, " ")},${frac} €`;
}
