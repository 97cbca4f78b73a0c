// Splits a total into shares that always add up to it exactly: every share but the last is
// rounded to the cent (half up), the last one takes the rest.
import { type Decimal, roundToCent, sum } from "../money/money.ts";

export const ROUNDING_RULE = "arrondi au centime, au demi supérieur";

/** Shares of `total` by percentages; the last share absorbs the rounding. */
export function splitByPercents(total: Decimal, percents: readonly Decimal[]): Decimal[] {
  const head = percents.slice(0, -1).map((p) => roundToCent(total.times(p).dividedBy(100)));
  return [...head, total.minus(sum(head))];
}

/** Advance (rounded) and balance (the rest) of a total. */
export function splitAdvance(
  total: Decimal,
  advancePercent: Decimal,
): { advance: Decimal; balance: Decimal } {
  const [advance, balance] = splitByPercents(total, [
    advancePercent,
    advancePercent.negated().plus(100),
  ]);
  // biome-ignore lint/style/noNonNullAssertion: two percents give two shares.
  return { advance: advance!, balance: balance! };
}
