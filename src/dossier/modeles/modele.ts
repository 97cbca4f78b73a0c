// A deliberation model: the wording of a délibération and of its rapport (templates/deliberations/
// <modele>.hbs, templates/rapports/<modele>.hbs) and what its rapport states that the data holds
// nowhere else (`faits` in seance.yaml), with the values computed from them.
import type { z } from "zod";
import type { Value } from "../../document/context.ts";
import type { SessionFigures } from "../figures.ts";
import type { AnnexeProjets } from "./autorisations.ts";

export interface DeliberationModel<F extends z.ZodRawShape = z.ZodRawShape> {
  readonly modele: string;
  /** What the model is for, in the README and in errors. */
  readonly title: string;
  /** Whether the délibération carries the annexe « répartition financière » of its lines. */
  readonly repartition?: boolean;
  /**
   * The numbers the délibération gives its annexes, when it cites them (« dans les termes du
   * projet type en annexe 9 »): the dossier titles and orders its parts by them, so a reader
   * finds « Annexe 9 » where the article sends him.
   */
  readonly annexes?: (figures: SessionFigures) => {
    readonly repartition: number;
    readonly projets: readonly AnnexeProjets[];
  };
  /** The facts of seance.yaml's `faits`, each a field of fields.ts (parsed, checked, located). */
  readonly faits: F;
  /**
   * The values its templates read as `faits.…`: the facts formatted, and what is computed from
   * them and the session's figures (a rapport's « 100 000 € » is never typed: it is a sum).
   */
  readonly values: (
    faits: z.output<z.ZodObject<F>>,
    figures: SessionFigures,
  ) => { [key: string]: Value };
}

/** Keeps each module's facts typed where it is written, and lists them together. */
export function deliberationModel<F extends z.ZodRawShape>(
  model: DeliberationModel<F>,
): DeliberationModel<F> {
  return model;
}
