// The rule of the dispositifs paid in one payment at signature (FPEL, the Pôle emploi
// convention, a plain subvention): the amount written in data, 100 % in advance.
import { amountStep, need, withAdvance } from "../compute/advance.ts";
import type { Figures } from "../compute/figures.ts";
import { Decimal } from "../money/money.ts";
import type { FiguresInput } from "./dispositif.ts";

const SINGLE_PAYMENT_PERCENT = new Decimal(100);

export function singlePayment({ allocation }: FiguresInput): Figures {
  const total = need(allocation.montant);
  return withAdvance(total, SINGLE_PAYMENT_PERCENT, [amountStep(total)]);
}
