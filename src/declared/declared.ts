// What an act type declared in data says (src/declared/<type>.ts): the fields its entry in
// <séance>/actes.yaml carries (zod, beside the fields every declaration has), how many parties
// it takes besides the Département, the period it states, its figures with their trace, and the
// values only its template uses. The registry (index.ts) lists the modules.
//
// Declared acts are the acts that are not « one partner's allocation lines »: an avenant de
// durée that moves no money, an act between the State and the Département, a tripartite
// convention. The mail-merge acts (AG, CLLAJ…) are derived from the allocation lines instead
// (src/dispositifs/).
import type { z } from "zod";
import type { Act } from "../compute/acts.ts";
import type { Figures } from "../compute/figures.ts";
import type { Value } from "../document/context.ts";
import type { Seance } from "../model/dataset.ts";
import type { PeriodeData } from "../model/operations.ts";

/** A figure that is a count, not money: « 50 conseillers = 5 + 1 + 6 + … ». */
export interface CountStep {
  readonly label: string;
  readonly result: number;
  readonly formula: string;
}

/** What a module's own check may say about its declaration: the field and the problem. */
export interface DeclaredProblem {
  readonly field: readonly (string | number)[];
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
  readonly hint?: string;
}

export type TemplateValues = { readonly [group: string]: { readonly [key: string]: Value } };

export interface DeclaredActModule {
  /** Its template is templates/<type>.hbs; its acts are out/<séance>/<type>/. */
  readonly type: string;
  /** What the act is, for the schema and the README: « Avenant de durée à une convention ». */
  readonly title: string;
  /** The fields of its declaration beyond type, deliberation and parties. */
  readonly fields: z.ZodRawShape;
  /** How many parties besides the Département (data/partenaires/ ids, in the act's order). */
  readonly parties: { readonly min: number; readonly max: number };
  /**
   * The period the act states, from its fields (and its session's other declarations, for an
   * act that follows another: the convention attributive takes the Bassin minier convention's).
   */
  readonly period?: (fields: never, seance: Seance) => PeriodeData | undefined;
  /** The convention the act modifies, for its id and reports: its number when known. */
  readonly convention?: (fields: never) => unknown;
  /** Its figures, each step traced; none for an act that moves no money. */
  readonly figures?: (fields: never, seance: Seance) => Figures;
  /** Values only its template uses, merged into the act's values. */
  readonly values: (fields: never, act: Act) => TemplateValues;
  /** Its counts, each traced (what `actes figures` prints besides money). */
  readonly counts?: (fields: never, seance: Seance) => readonly CountStep[];
  /** Checks between its fields and the rest of its session (rules/declared-acts.ts reports them). */
  readonly check?: (fields: never, seance: Seance) => readonly DeclaredProblem[];
}

/**
 * Types a module by its own fields: inside it, `fields` is what its schema gives; outside, the
 * registry sees any module (the declaration was validated against that very schema).
 */
export function declaredActType<const T extends string, S extends z.ZodRawShape>(module: {
  readonly type: T;
  readonly title: string;
  readonly fields: S;
  readonly parties: { readonly min: number; readonly max: number };
  readonly period?: (fields: z.output<z.ZodObject<S>>, seance: Seance) => PeriodeData | undefined;
  readonly convention?: (fields: z.output<z.ZodObject<S>>) => unknown;
  readonly figures?: (fields: z.output<z.ZodObject<S>>, seance: Seance) => Figures;
  readonly values: (fields: z.output<z.ZodObject<S>>, act: Act) => TemplateValues;
  readonly check?: (fields: z.output<z.ZodObject<S>>, seance: Seance) => readonly DeclaredProblem[];
  readonly counts?: (fields: z.output<z.ZodObject<S>>, seance: Seance) => readonly CountStep[];
}): DeclaredActModule & { readonly type: T } {
  return module as unknown as DeclaredActModule & { readonly type: T };
}
