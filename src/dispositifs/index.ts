// The registry of dispositifs: the names data may write in `dispositif:`, each with its module.
// Adding a dispositif (and its act type) is adding its module here — README « Ajouter un type
// d'acte » gives the steps.
import { accompagnementGlobal } from "./accompagnement-global.ts";
import { cllaj } from "./cllaj.ts";
import type { DispositifModule } from "./dispositif.ts";

export type { DispositifModule };

import { fpel } from "./fpel.ts";
import { poleEmploiAutonomie } from "./pole-emploi-autonomie.ts";
import { poleEmploiSpie } from "./pole-emploi-spie.ts";
import { referentSolidarite } from "./referent-solidarite.ts";
import { subvention } from "./subvention.ts";

export const DISPOSITIF_MODULES = {
  "accompagnement-global": accompagnementGlobal,
  "referent-solidarite": referentSolidarite,
  cllaj,
  fpel,
  "pole-emploi-autonomie": poleEmploiAutonomie,
  "pole-emploi-spie": poleEmploiSpie,
  subvention,
} as const satisfies Record<string, DispositifModule>;

export type Dispositif = keyof typeof DISPOSITIF_MODULES;

/** The names, in the registry's order (the schema's enum). */
export const DISPOSITIFS = Object.keys(DISPOSITIF_MODULES) as [Dispositif, ...Dispositif[]];

type ActOf<D> = D extends { readonly act: { readonly type: infer T } } ? T : never;
/** « avenant-ag », « avenant-cllaj »…: the act types derived from allocation lines. */
export type MergeActType = ActOf<(typeof DISPOSITIF_MODULES)[Dispositif]>;

/** The module of a dispositif, typed as any module (its act optional). */
export const dispositifModule = (d: Dispositif): DispositifModule => DISPOSITIF_MODULES[d];

/** The act types derived from allocation lines, in the registry's order. */
export const MERGE_ACT_TYPES: readonly MergeActType[] = Object.values(DISPOSITIF_MODULES).flatMap(
  (m: DispositifModule) => (m.act ? [m.act.type as MergeActType] : []),
);
