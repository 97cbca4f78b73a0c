// Every act type: those derived from allocation lines (one module per dispositif, src/dispositifs/)
// and those declared in data (one module per act type, src/declared/). Each has its template,
// templates/<type>.hbs.
import { DECLARED_MODULES } from "./declared/index.ts";
import { MERGE_ACT_TYPES, type MergeActType } from "./dispositifs/index.ts";

export type ActType = MergeActType | (typeof DECLARED_MODULES)[number]["type"];

/** Every act type: the derived ones in the registry's order, then the declared ones. */
export const ACT_TYPES: readonly ActType[] = [
  ...MERGE_ACT_TYPES,
  ...DECLARED_MODULES.map((m) => m.type),
];
