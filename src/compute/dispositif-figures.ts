// One function per dispositif: its input (places or amount, period) → its Figures with trace.
import { wholeMonthsInPeriod } from "../calendar/arithmetic.ts";
import { formatEuros, formatPercent } from "../format/fr/index.ts";
import type { Allocation } from "../model/dataset.ts";
import type { Dispositif } from "../model/operations.ts";
import type { Period } from "../model/period.ts";
import { Decimal, roundToCent } from "../money/money.ts";
import type { Figures, Part, TraceStep } from "./figures.ts";
import {
  AG_ADVANCE_PERCENT,
  AG_PLACE_COST,
  CLLAJ_DEFAULT_ADVANCE_PERCENT,
  RS_ADVANCE_PERCENT,
  RS_PARTS,
  RS_PLACE_YEAR_COST,
  SINGLE_PAYMENT_PERCENT,
} from "./rates.ts";
import { ROUNDING_RULE, splitAdvance, splitByPercents } from "./split.ts";

export interface FiguresInput {
  readonly allocation: Allocation;
  readonly period: Period | undefined;
}

/** The figures of an allocation line, by the rule of its dispositif. */
export function computeFigures(dispositif: Dispositif, input: FiguresInput): Figures {
  const { allocation: a, period } = input;
  switch (dispositif) {
    case "accompagnement-global": {
      const places = new Decimal(need(a.places));
      const total = places.times(AG_PLACE_COST);
      const step = {
        label: "montant",
        result: total,
        formula: `${places} places × ${formatEuros(AG_PLACE_COST)}`,
      };
      return withAdvance(total, AG_ADVANCE_PERCENT, [step]);
    }
    case "referent-solidarite": {
      const places = new Decimal(need(a.places));
      const months = need(period && wholeMonthsInPeriod(period.start, period.end));
      const total = roundToCent(places.times(RS_PLACE_YEAR_COST).times(months).dividedBy(12));
      const step = {
        label: "montant",
        result: total,
        formula: `${places} places × ${formatEuros(RS_PLACE_YEAR_COST)} par an × ${months}/12 mois`,
        rounding: ROUNDING_RULE,
      };
      const amounts = splitByPercents(
        total,
        RS_PARTS.map((p) => p.percent),
      );
      const parts = RS_PARTS.map((p, i) => ({ ...p, amount: amounts[i] ?? new Decimal(0) }));
      return withAdvance(total, RS_ADVANCE_PERCENT, [step], parts);
    }
    case "cllaj": {
      const total = need(a.montant);
      const percent =
        a.avance === undefined ? CLLAJ_DEFAULT_ADVANCE_PERCENT : new Decimal(a.avance);
      return withAdvance(total, percent, [amountStep(total)]);
    }
    case "fpel":
    case "pole-emploi-autonomie":
    case "subvention": {
      const total = need(a.montant);
      return withAdvance(total, SINGLE_PAYMENT_PERCENT, [amountStep(total)]);
    }
  }
}

function amountStep(total: Decimal): TraceStep {
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
function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("figures computed on unvalidated data");
  return value;
}
