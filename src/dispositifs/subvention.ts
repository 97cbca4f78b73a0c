// A plain subvention: an amount paid at signature, no period required, no act generated (its
// lines count in the session's totals; seed 003, « Logement d'abord »).
import type { DispositifModule } from "./dispositif.ts";
import { singlePayment } from "./single-payment.ts";

export const subvention = {
  input: "montant",
  needsPeriod: false,
  figures: singlePayment,
} as const satisfies DispositifModule;
