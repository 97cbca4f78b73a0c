// Every allocation line with its figures, and the acts (the lines whose dispositif has one).

import type { Dataset, Located } from "../model/dataset.ts";
import { type ActType, DISPOSITIF_SPECS } from "../model/dispositifs.ts";
import type { LigneBudgetaire } from "../model/lignes-budgetaires.ts";
import type { Partenaire } from "../model/partenaire.ts";
import { type Period, periodSource, resolvePeriod } from "../model/period.ts";
import { type AllocationContext, allocationsOf } from "../model/walk.ts";
import { assignActIds } from "./act-id.ts";
import { computeFigures } from "./dispositif-figures.ts";
import type { Figures } from "./figures.ts";

export interface Line extends AllocationContext {
  readonly partenaire: Partenaire & Located;
  readonly ligne: LigneBudgetaire;
  readonly period: Period | undefined;
  readonly figures: Figures;
}

export interface Act extends Line {
  readonly id: string;
  readonly type: ActType;
}

/** Lines in data order (session, thématique, operation, line). */
export function computeLines(data: Dataset): Line[] {
  return data.seances.flatMap((seance) =>
    [...allocationsOf(seance)].map((ctx): Line => {
      const source = periodSource(ctx.allocation, ctx.operation);
      const period = source && resolvePeriod(source.periode);
      return {
        ...ctx,
        partenaire: known(data.partenaires.get(ctx.allocation.partenaire)),
        ligne: known(data.lignes.get(ctx.operation.ligne)),
        period,
        figures: computeFigures(ctx.operation.dispositif, { allocation: ctx.allocation, period }),
      };
    }),
  );
}

/** The acts among the lines, each with its id. */
export function selectActs(lines: readonly Line[]): Act[] {
  const withType = lines.flatMap((line) => {
    const type = DISPOSITIF_SPECS[line.operation.dispositif].act;
    return type ? [{ line, type }] : [];
  });
  const ids = assignActIds(
    withType.map(({ line, type }) => ({
      type,
      partner: line.partenaire.id,
      territory: line.allocation.territoire,
    })),
  );
  // Stryker disable next-line StringLiteral: assignActIds returns one id per line, never undefined
  return withType.map(({ line, type }, i) => ({ ...line, type, id: ids[i] ?? "" }));
}

function known<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("reference checked by model/rules/references.ts");
  return value;
}
