// What one deliberation decides, as computed figures: its acts, and for the session's own
// deliberation the totals of the allocation lines (thématiques, operations, budget lines).
import type { Act, Line } from "../compute/acts.ts";
import type { SeanceTotals } from "../compute/totals.ts";
import type { Computed } from "../compute-folder.ts";
import type { Seance } from "../model/dataset.ts";
import { deliberationsOf, type SessionDeliberation } from "./deliberations.ts";

export interface SessionFigures {
  readonly seance: Seance;
  readonly deliberation: SessionDeliberation;
  /** The acts it authorises, in the order of generate. */
  readonly acts: readonly Act[];
  /** The session's lines, only for the deliberation that funds them (the session's own). */
  readonly totals?: SeanceTotals;
  /** Its allocation lines (the session's own deliberation funds them all), in data order. */
  readonly lines: readonly Line[];
}

export function sessionFigures(computed: Computed, seance: Seance): SessionFigures[] {
  const totals = computed.totals.find((t) => t.seance === seance);
  return deliberationsOf(seance).map((deliberation) => ({
    seance,
    deliberation,
    acts: computed.acts.filter(
      (a) => a.seance === seance && a.deliberation.numero === deliberation.numero,
    ),
    lines: deliberation.main ? computed.lines.filter((l) => l.seance === seance) : [],
    ...(deliberation.main && totals && totals.seance.thematiques.length > 0 ? { totals } : {}),
  }));
}
