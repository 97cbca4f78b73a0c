// The Pôle emploi convention (seed 002, deliberation 2022-553): paid at signature.
import type { DispositifModule } from "./dispositif.ts";
import { singlePayment } from "./single-payment.ts";

export const poleEmploiAutonomie = {
  input: "montant",
  needsPeriod: true,
  figures: singlePayment,
  act: { type: "convention-pole-emploi-autonomie" },
} as const satisfies DispositifModule;
