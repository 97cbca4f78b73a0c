// The one Decimal constructor of the project and the money helpers built on it.
// This is the only module that imports decimal.js: every amount is a Decimal made here,
// configured explicitly (no global config) so that no float ever touches a euro.
import { Decimal as DecimalJs } from "decimal.js";

/** Decimal with enough precision for any budget and half-up rounding as the stated default. */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

/**
 * A money amount as written in data: digits, optionally a point and one or two decimals.
 * At most 12 integer digits: every amount must also be writable in words (format/fr/words.ts).
 */
export const MONEY_PATTERN = /^(0|[1-9][0-9]{0,11})(\.[0-9]{1,2})?$/;

/** Parses "1234.5" → Decimal 1234.5; anything else (floats, "1 234", "1e3", "NaN", "") → undefined. */
export function parseMoney(text: string): Decimal | undefined {
  return MONEY_PATTERN.test(text) ? new Decimal(text) : undefined;
}

/**
 * The one rounding rule of the project: to the cent, half up (0.005 → 0.01).
 * Shares that must add up (advance + balance) round one part and take the rest for the other.
 */
export function roundToCent(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** "27500.00": the machine form of an amount (JSON, manifests). */
export function toCentString(amount: Decimal): string {
  return amount.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** Sum of amounts; 0 for an empty list. Order never matters: decimal addition here is exact. */
export function sum(amounts: readonly Decimal[]): Decimal {
  return amounts.reduce<Decimal>((acc, a) => acc.plus(a), new Decimal(0));
}
