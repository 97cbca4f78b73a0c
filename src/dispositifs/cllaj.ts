// CLLAJ (seed 003, annexe 9): an amount, paid « dans la limite de 80 % » in advance — 80 % unless
// the data says less.
import { amountStep, need, withAdvance } from "../compute/advance.ts";
import type { Figures } from "../compute/figures.ts";
import { Decimal } from "../money/money.ts";
import type { DispositifModule, FiguresInput } from "./dispositif.ts";

const CLLAJ_DEFAULT_ADVANCE_PERCENT = new Decimal(80);

function figures({ allocation }: FiguresInput): Figures {
  const total = need(allocation.montant);
  const percent =
    allocation.avance === undefined
      ? CLLAJ_DEFAULT_ADVANCE_PERCENT
      : new Decimal(allocation.avance);
  return withAdvance(total, percent, [amountStep(total)]);
}

export const cllaj = {
  input: "montant",
  maxAdvance: 80,
  needsPeriod: true,
  figures,
  act: { type: "avenant-cllaj" },
} as const satisfies DispositifModule;
