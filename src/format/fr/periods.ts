// Periods and durations in French: « du 1er décembre 2022 au 31 décembre 2023 inclus »,
// « 12 mois à compter du 1er janvier 2023 ». Periods of acts are always inclusive.
import { compareDates, type PlainDate } from "../../calendar/plain-date.ts";
import { formatDateLong } from "./dates.ts";

/**
 * An inclusive period: « du 1er décembre 2022 au 31 décembre 2023 inclus ».
 * A period ending before it starts must have been rejected by validation: RangeError.
 */
export function formatPeriod(start: PlainDate, end: PlainDate): string {
  if (compareDates(start, end) > 0) throw new RangeError("period ends before it starts");
  return `du ${formatDateLong(start)} au ${formatDateLong(end)} inclus`;
}

/**
 * A duration in months from a start date: « 12 mois à compter du 1er janvier 2023 »;
 * the period ends on `endOfDurationInMonths(start, months)` (here 31 décembre 2023).
 */
export function formatDuration(start: PlainDate, months: number): string {
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(`a duration has at least one month, got ${months}`);
  }
  return `${months} mois à compter du ${formatDateLong(start)}`;
}
