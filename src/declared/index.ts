// The registry of act types declared in data (<séance>/actes.yaml): adding one is adding its
// module here, its template, its data and its tests — README « Ajouter un type d'acte ».
import { avenantCooperationPoleEmploi } from "./avenant-cooperation-pole-emploi.ts";
import { avenantDuree } from "./avenant-duree.ts";
import { avenantSpieEtat } from "./avenant-spie-etat.ts";
import { conventionAttributiveBassinMinier } from "./convention-attributive-bassin-minier.ts";
import { conventionBassinMinier } from "./convention-bassin-minier.ts";
import type { DeclaredActModule } from "./declared.ts";

export type { DeclaredActModule };

export const DECLARED_MODULES = [
  avenantDuree,
  avenantSpieEtat,
  avenantCooperationPoleEmploi,
  conventionBassinMinier,
  conventionAttributiveBassinMinier,
] as const satisfies readonly DeclaredActModule[];

export const DECLARED_TYPES = DECLARED_MODULES.map((m) => m.type);

/** The module of a declared type (validation guarantees it exists). */
export function declaredModule(type: string): DeclaredActModule {
  const found = DECLARED_MODULES.find((m) => m.type === type);
  if (!found) throw new Error(`declared act type ${type} checked by the actes.yaml schema`);
  return found;
}
