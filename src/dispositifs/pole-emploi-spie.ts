// The SPIE partnership with Pôle emploi (seed 000, deliberation 2022-298): a payment under the
// partnership convention n°2021-04462, made at signature of its financial avenant.
import type { DispositifModule } from "./dispositif.ts";
import { singlePayment } from "./single-payment.ts";

export const poleEmploiSpie = {
  input: "montant",
  needsPeriod: true,
  figures: singlePayment,
  act: { type: "avenant-pole-emploi-spie" },
} as const satisfies DispositifModule;
