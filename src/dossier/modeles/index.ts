// The deliberation models, by name (seance.yaml's `modele`).
import { appelAProjets } from "./appel-a-projets.ts";
import { bassinMinier } from "./bassin-minier.ts";
import type { DeliberationModel } from "./modele.ts";
import { poleEmploiAutonomie } from "./pole-emploi-autonomie.ts";
import { poleEmploiSpie } from "./pole-emploi-spie.ts";
import { spieEtat } from "./spie-etat.ts";

export const DELIBERATION_MODELS: readonly DeliberationModel[] = [
  poleEmploiSpie,
  bassinMinier,
  appelAProjets,
  spieEtat,
  poleEmploiAutonomie,
] as unknown as readonly DeliberationModel[];

/** The model of that name; none for none. */
export function deliberationModelOf(modele: string | undefined): DeliberationModel | undefined {
  return modele === undefined ? undefined : DELIBERATION_MODELS.find((m) => m.modele === modele);
}
