// The cost an AG avenant states for its whole convention (seed 003, annexe 8, article 3): when
// the Convention 2022 also covers other dispositifs (Référent solidarité, socioprofessionnel),
// « le coût total … décliné comme suit » is their cost plus the line's own — computed, never
// typed, so that the parts always add up to the total printed above them.
import { type Decimal, sum } from "../money/money.ts";

export interface ConventionCost {
  readonly total: Decimal;
  readonly parts: readonly Decimal[];
}

export function conventionCost(own: Decimal, others: readonly Decimal[]): ConventionCost {
  const parts = [...others, own];
  return { total: sum(parts), parts };
}
