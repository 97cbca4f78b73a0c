// Amounts and numbers in French form: « 13 750,00 € », « 6 019 600,00 », « 12,5 % ».
// Negative numbers use U+002D hyphen-minus, not U+2212 minus: it is what the services type in
// Word, what every font has, and what text extraction (pdftotext, search) finds again.
import { Decimal, roundToCent } from "../../money/money.ts";
import { MINUS, NBSP, NNBSP } from "./typography.ts";

/** Groups the digits of an integer part by three: "6019600" → "6 019 600" (U+202F). */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=([0-9]{3})+$)/g, NNBSP);
}

/**
 * A number with a fixed count of decimals, rounded half up, French separators:
 * formatNumber(6019600, 2) → "6 019 600,00"; formatNumber(12.5, 0) → "13".
 */
export function formatNumber(d: Decimal, decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`decimals must be a non-negative integer, got ${decimals}`);
  }
  const fixed = d.abs().toFixed(decimals, Decimal.ROUND_HALF_UP);
  // Stryker disable next-line StringLiteral: split always returns a first element
  const [integerPart = "0", fractionPart] = fixed.split(".");
  const isZero = /^[0.]+$/.test(fixed);
  const sign = d.isNegative() && !isZero ? MINUS : "";
  const grouped = groupThousands(integerPart);
  return fractionPart === undefined ? `${sign}${grouped}` : `${sign}${grouped},${fractionPart}`;
}

/**
 * An amount in euros as written in acts, rounded half up to the cent first:
 * 13750 → "13 750,00 €", 0 → "0,00 €", -1234.5 → "-1 234,50 €".
 */
export function formatEuros(d: Decimal): string {
  return `${formatNumber(roundToCent(d), 2)}${NBSP}€`;
}

/**
 * A percentage as given (no rounding, no trailing zeros): 80 → "80 %", 12.5 → "12,5 %".
 * The data carries rates like "80"; the computation, not the print, decides any rounding.
 */
export function formatPercent(p: Decimal): string {
  return `${formatNumber(p, p.decimalPlaces())}${NBSP}%`;
}
