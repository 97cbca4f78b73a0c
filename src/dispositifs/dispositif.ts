// What a dispositif module says (src/dispositifs/<name>.ts): the figures its data carries, its
// figures rule with its trace, and the act it produces with the values that act's template
// alone uses. The registry (index.ts) lists the modules; nothing else names a dispositif.
import type { LinesAct } from "../compute/acts.ts";
import type { Figures } from "../compute/figures.ts";
import type { Value } from "../document/context.ts";
import type { Allocation } from "../model/dataset.ts";
import type { Period } from "../model/period.ts";

export interface FiguresInput {
  readonly allocation: Allocation;
  readonly period: Period | undefined;
}

export interface DispositifModule {
  /** The figure written in data: a number of places, or an amount in euros. */
  readonly input: "places" | "montant";
  /** The advance percentage may be written in data, up to this maximum. */
  readonly maxAdvance?: number;
  readonly needsPeriod: boolean;
  /** Prorated by whole months: the period must start on a 1st and end on a month's last day. */
  readonly wholeMonths?: boolean;
  /** Input → figures, each step traced (what `actes figures` prints). */
  readonly figures: (input: FiguresInput) => Figures;
  /** The act generated for each partner and convention; none for lines that only count in totals. */
  readonly act?: {
    /** Its template is templates/<type>.hbs; its acts are out/<séance>/<type>/. */
    readonly type: string;
    /** Values only this act type's template uses, merged into the act's values. */
    readonly values?: (act: LinesAct) => {
      readonly [key: string]: { readonly [key: string]: Value };
    };
  };
}
