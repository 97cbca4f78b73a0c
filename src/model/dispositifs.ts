// What each funding scheme takes as input, and which act it produces. The figures rules
// (rates, advances) are in compute/; this table says only what the data must carry.
import type { Dispositif } from "./operations.ts";

export type ActType =
  | "avenant-ag"
  | "avenant-cllaj"
  | "avenant-fpel"
  | "convention-pole-emploi-autonomie";

export interface DispositifSpec {
  /** The figure written in data: a number of places, or an amount in euros. */
  readonly input: "places" | "montant";
  /** The advance percentage may be written in data, up to this maximum. */
  readonly maxAdvance?: number;
  /** The act generated for each allocation; none for lines that only count in totals. */
  readonly act?: ActType;
  readonly needsPeriod: boolean;
  /** Prorated by whole months: the period must start on a 1st and end on a month's last day. */
  readonly wholeMonths?: boolean;
}

export const DISPOSITIF_SPECS: Record<Dispositif, DispositifSpec> = {
  "accompagnement-global": { input: "places", act: "avenant-ag", needsPeriod: true },
  "referent-solidarite": { input: "places", needsPeriod: true, wholeMonths: true },
  cllaj: { input: "montant", maxAdvance: 80, act: "avenant-cllaj", needsPeriod: true },
  fpel: { input: "montant", act: "avenant-fpel", needsPeriod: true },
  "pole-emploi-autonomie": {
    input: "montant",
    act: "convention-pole-emploi-autonomie",
    needsPeriod: true,
  },
  subvention: { input: "montant", needsPeriod: false },
};
