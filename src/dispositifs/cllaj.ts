// CLLAJ (seed 003, annexe 9): an amount, paid « dans la limite de 80 % » in advance — 80 % unless
// the data says less.
import { amountStep, need, withAdvance } from "../compute/advance.ts";
import { Decimal } from "../money/money.ts";
import type { DispositifModule } from "./dispositif.ts";

const CLLAJ_DEFAULT_ADVANCE_PERCENT = new Decimal(80);

export const cllaj = {
  input: "montant",
  maxAdvance: 80,
  needsPeriod: true,
  figures: ({ allocation }) => {
    const total = need(allocation.montant);
    const percent =
      allocation.avance === undefined
        ? CLLAJ_DEFAULT_ADVANCE_PERCENT
        : new Decimal(allocation.avance);
    return withAdvance(total, percent, [amountStep(total)]);
  },
  act: { type: "avenant-cllaj" },
} as const satisfies DispositifModule;
