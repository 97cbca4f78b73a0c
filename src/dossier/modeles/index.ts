// The deliberation models, by name (seance.yaml's `modele`).
import { bassinMinier } from "./bassin-minier.ts";
import type { DeliberationModel } from "./modele.ts";
import { poleEmploiAutonomie } from "./pole-emploi-autonomie.ts";
import { poleEmploiSpie } from "./pole-emploi-spie.ts";

export const DELIBERATION_MODELS: readonly DeliberationModel[] = [
  poleEmploiSpie,
  poleEmploiAutonomie,
  bassinMinier,
] as unknown as readonly DeliberationModel[];

export function deliberationModelOf(modele: string): DeliberationModel | undefined {
  return DELIBERATION_MODELS.find((m) => m.modele === modele);
}
