// All French formatting of the project, in one place: amounts, amounts in words, dates,
// periods and the typography constants they share. Other modules import from here only.
export { formatEuros, formatNumber, formatPercent } from "./amount.ts";
export { formatDateLong, formatDateShort, MONTH_NAMES, monthName } from "./dates.ts";
export { listInWords } from "./lists.ts";
export { formatDuration, formatPeriod } from "./periods.ts";
export { APOSTROPHE, frenchTypography, MINUS, NBSP, NNBSP } from "./typography.ts";
export { amountInWords, integerInWords } from "./words.ts";
