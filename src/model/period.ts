// The period of an allocation: its own, else its operation's; an end or a duration in months.
import { endOfDurationInMonths } from "../calendar/arithmetic.ts";
import type { PlainDate } from "../calendar/plain-date.ts";
import type { Allocation, Operation } from "./dataset.ts";
import type { PeriodeData } from "./operations.ts";

export interface Period {
  readonly start: PlainDate;
  /** Inclusive. */
  readonly end: PlainDate;
  /** Set when the data gave a duration ("12 mois à compter du …"). */
  readonly months?: number;
}

/** Which periode applies and where it is written (for diagnostics). */
export function periodSource(
  allocation: Allocation,
  operation: Operation,
): { periode: PeriodeData; owner: Allocation | Operation } | undefined {
  if (allocation.periode) return { periode: allocation.periode, owner: allocation };
  if (operation.periode) return { periode: operation.periode, owner: operation };
  return undefined;
}

/** The resolved period, or undefined when it is absent or ill-formed (rules report why). */
export function resolvePeriod(periode: PeriodeData): Period | undefined {
  const { debut, fin, duree_mois } = periode;
  if (fin !== undefined && duree_mois === undefined) return { start: debut, end: fin };
  if (duree_mois !== undefined && fin === undefined) {
    return { start: debut, end: endOfDurationInMonths(debut, duree_mois), months: duree_mois };
  }
  return undefined;
}
