// Accompagnement Global (seed 003, annexe 8): places × the cost of a place, 80 % in advance.
import { need, withAdvance } from "../compute/advance.ts";
import type { Figures } from "../compute/figures.ts";
import { formatEuros } from "../format/fr/index.ts";
import { Decimal } from "../money/money.ts";
import type { DispositifModule, FiguresInput } from "./dispositif.ts";

/** « Sur la base d'un coût de la place d'accompagnement à 250 euros » (annexe 8). */
export const AG_PLACE_COST = new Decimal(250);
/** An advance of 80 % at signature, the balance after the bilan. */
const AG_ADVANCE_PERCENT = new Decimal(80);

function figures({ allocation }: FiguresInput): Figures {
  const places = new Decimal(need(allocation.places));
  const total = places.times(AG_PLACE_COST);
  const step = {
    label: "montant",
    result: total,
    formula: `${places} places × ${formatEuros(AG_PLACE_COST)}`,
  };
  return withAdvance(total, AG_ADVANCE_PERCENT, [step]);
}

/** « sur la base d'un coût de la place … à {{montants.coutPlace}} »: the rate the figures use. */
function values() {
  return { montants: { coutPlace: formatEuros(AG_PLACE_COST) } };
}

// The logic stays in the functions above: StrykerJS leaves what is inside `as const` unmutated.
export const accompagnementGlobal = {
  input: "places",
  needsPeriod: true,
  figures,
  act: { type: "avenant-ag", values },
} as const satisfies DispositifModule;
