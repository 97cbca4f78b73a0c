// The figures of one act and how they were obtained: each step keeps its formula in French,
// so that `actes figures` and the reviewers see the computation, not just its result.
import { type Decimal, toCentString } from "../money/money.ts";

export interface TraceStep {
  /** What the step computes: "montant", "avance", "solde", "part quantitative". */
  readonly label: string;
  readonly result: Decimal;
  /** "110 places × 250,00 €" — formatted with format/fr. */
  readonly formula: string;
  /** The rounding applied, when one was ("arrondi au centime, au demi supérieur"). */
  readonly rounding?: string;
}

export interface Part {
  readonly label: string;
  readonly percent: Decimal;
  readonly amount: Decimal;
}

export interface Figures {
  readonly total: Decimal;
  readonly advancePercent: Decimal;
  readonly advance: Decimal;
  /** Always total − advance: the balance absorbs the rounding, so the parts add up exactly. */
  readonly balance: Decimal;
  readonly parts: readonly Part[];
  readonly trace: readonly TraceStep[];
}

/**
 * The amounts an act's reports print (manifest, `figures --json`, reviews), in cents: zero for
 * an act that moves no money (an avenant de durée has no figures).
 */
export function centAmounts(f: Figures | undefined): {
  readonly total: string;
  readonly advance: string;
  readonly balance: string;
} {
  const zero = "0.00";
  return f
    ? {
        total: toCentString(f.total),
        advance: toCentString(f.advance),
        balance: toCentString(f.balance),
      }
    : { total: zero, advance: zero, balance: zero };
}
