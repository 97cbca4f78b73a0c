// The deliberations of a session, each with what its délibération and rapport print: the
// session's own (seance.yaml's top fields) and its autres_deliberations, in that order.
import type { Seance } from "../model/dataset.ts";
import type { SeanceData } from "../model/seance.ts";

type Detail = Omit<
  NonNullable<SeanceData["autres_deliberations"]>[number],
  "deliberation" | "rapport" | "intitule"
>;

export interface SessionDeliberation {
  readonly numero: string;
  readonly rapport: string;
  readonly intitule: string;
  readonly detail: Detail;
  /** Where seance.yaml writes it: [] for the session's own, ["autres_deliberations", i]. */
  readonly path: readonly (string | number)[];
  /** The session's own deliberation carries its budget table and its allocation lines. */
  readonly main: boolean;
}

export function deliberationsOf(seance: Seance): SessionDeliberation[] {
  const { deliberation, rapport, intitule } = seance;
  return [
    { numero: deliberation, rapport, intitule, detail: seance, path: [], main: true },
    ...(seance.autres_deliberations ?? []).map((d, i) => ({
      numero: d.deliberation,
      rapport: d.rapport,
      intitule: d.intitule,
      detail: d,
      path: ["autres_deliberations", i],
      main: false,
    })),
  ];
}
