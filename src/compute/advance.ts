// The steps every figures rule ends with: the advance and the balance of a total, with their
// trace. The rules themselves, one per dispositif, are in src/dispositifs/.
import { formatEuros, formatPercent } from "../format/fr/index.ts";
import type { Decimal } from "../money/money.ts";
import type { Figures, Part, TraceStep } from "./figures.ts";
import { ROUNDING_RULE, splitAdvance } from "./split.ts";

/** The first step of a rule whose amount is written in data. */
export function amountStep(total: Decimal): TraceStep {
  return { label: "montant", result: total, formula: "montant attribué" };
}

/** The advance and balance of `total` by `advancePercent`, after `steps`, with their trace. */
export function withAdvance(
  total: Decimal,
  advancePercent: Decimal,
  steps: TraceStep[],
  parts: readonly Part[] = [],
): Figures {
  const { advance, balance } = splitAdvance(total, advancePercent);
  const trace: TraceStep[] = [
    ...steps,
    ...parts.map((p) => ({
      label: p.label,
      result: p.amount,
      formula: `${formatPercent(p.percent)} × ${formatEuros(total)}`,
    })),
    {
      label: `avance ${formatPercent(advancePercent)}`,
      result: advance,
      formula: `${formatPercent(advancePercent)} × ${formatEuros(total)}`,
      rounding: ROUNDING_RULE,
    },
    { label: "solde", result: balance, formula: `${formatEuros(total)} − ${formatEuros(advance)}` },
  ];
  return { total, advancePercent, advance, balance, parts, trace };
}

/** Validation guarantees the input exists; reaching undefined here is a bug. */
export function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("figures computed on unvalidated data");
  return value;
}
