// Fonds de Prévention des Expulsions Locatives (seed 003, annexe 6): paid at signature.
import type { DispositifModule } from "./dispositif.ts";
import { singlePayment } from "./single-payment.ts";

export const fpel = {
  input: "montant",
  needsPeriod: true,
  figures: singlePayment,
  act: { type: "avenant-fpel" },
} as const satisfies DispositifModule;
