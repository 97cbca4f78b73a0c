// Référent solidarité (seed 003, deliberation 2022-467, annexe 11): 160 € per place and per
// year, prorated to the period in whole months, in three parts; 60 % in advance.
import { wholeMonthsInPeriod } from "../calendar/arithmetic.ts";
import type { LinesAct } from "../compute/acts.ts";
import { need, withAdvance } from "../compute/advance.ts";
import type { Figures, Part } from "../compute/figures.ts";
import { ROUNDING_RULE, splitByPercents } from "../compute/split.ts";
import { formatEuros, formatPercent } from "../format/fr/index.ts";
import { Decimal, roundToCent } from "../money/money.ts";
import type { DispositifModule, FiguresInput } from "./dispositif.ts";

const RS_PLACE_YEAR_COST = new Decimal(160);
const RS_ADVANCE_PERCENT = new Decimal(60);
/** 50 % quantitative part; the qualitative 50 % split 20 % + 30 %. */
const RS_PARTS = [
  { label: "part quantitative", percent: new Decimal(50) },
  { label: "part qualitative (1)", percent: new Decimal(20) },
  { label: "part qualitative (2)", percent: new Decimal(30) },
];

function figures({ allocation, period }: FiguresInput): Figures {
  const places = new Decimal(need(allocation.places));
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

/** One ETP at full time may take at most this many places (annexe 11, « Pour rappel »). */
const PLACES_PER_FULL_TIME = 250;

/**
 * The annex's « Modalités de financement »: the cost of a place, the quantitative part and the
 * qualitative part with its two shares, each with its rate — all from the rule above.
 */
function values(act: LinesAct) {
  const part = (p: Pick<Part, "percent" | "amount">) => ({
    taux: formatPercent(p.percent),
    chiffres: formatEuros(p.amount),
  });
  // The rule makes three parts, in RS_PARTS's order: quantitative, then the two qualitative.
  const [quantitative, first, second] = act.figures.parts as [Part, Part, Part];
  return {
    montants: {
      coutPlace: formatEuros(RS_PLACE_YEAR_COST),
      partQuantitative: part(quantitative),
      partQualitative: part({
        percent: first.percent.plus(second.percent),
        amount: first.amount.plus(second.amount),
      }),
      partQualitative1: part(first),
      partQualitative2: part(second),
      tempsPlein: formatPercent(new Decimal(100)),
      placesTempsPlein: String(PLACES_PER_FULL_TIME),
    },
  };
}

export const referentSolidarite = {
  input: "places",
  needsPeriod: true,
  wholeMonths: true,
  figures,
  act: { type: "avenant-referent-solidarite", values },
} as const satisfies DispositifModule;
