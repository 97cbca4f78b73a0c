// Dates in French as acts write them: « 1er décembre 2022 », « 01/12/2022 ».
// Month names are written here, never taken from ICU data or the machine locale, so the
// output is the same on every machine.
import type { PlainDate } from "../../calendar/plain-date.ts";

/** Month names in lower case, as French writes them inside a sentence (index 0 = janvier). */
export const MONTH_NAMES: readonly string[] = [
  ..."janvier février mars avril mai juin".split(" "),
  ..."juillet août septembre octobre novembre décembre".split(" "),
];

/** The French name of a month 1–12: 8 → "août". */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new RangeError(`no month ${month}`);
  return name;
}

/** « 1er décembre 2022 », « 4 juillet 2022 »: the first of a month is an ordinal. */
export function formatDateLong(d: PlainDate): string {
  const day = d.day === 1 ? "1er" : String(d.day);
  return `${day} ${monthName(d.month)} ${d.year}`;
}

/** « 01/12/2022 »: the short form of tables and signature blocks. */
export function formatDateShort(d: PlainDate): string {
  const dd = String(d.day).padStart(2, "0");
  const mm = String(d.month).padStart(2, "0");
  return `${dd}/${mm}/${String(d.year).padStart(4, "0")}`;
}
