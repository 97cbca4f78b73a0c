// Totals recomputed from the lines, never trusted: per operation, per thématique, per budget
// line of each session (proposition and solde = disponible − proposition).
import type { Operation, Seance, Thematique } from "../model/dataset.ts";
import type { LigneBudgetaire } from "../model/lignes-budgetaires.ts";
import { type Decimal, sum } from "../money/money.ts";
import type { Line } from "./acts.ts";

export interface OperationTotal {
  readonly operation: Operation;
  readonly total: Decimal;
  readonly lines: number;
}

export interface ThematiqueTotal {
  readonly thematique: Thematique;
  readonly total: Decimal;
  readonly operations: readonly OperationTotal[];
}

export interface BudgetLineTotal {
  readonly ligne: LigneBudgetaire;
  readonly entry: Seance["budget"][number];
  readonly disponible: Decimal;
  readonly proposition: Decimal;
  readonly solde: Decimal;
}

export interface SeanceTotals {
  readonly seance: Seance;
  readonly total: Decimal;
  readonly thematiques: readonly ThematiqueTotal[];
  readonly budget: readonly BudgetLineTotal[];
}

export function computeTotals(
  seances: readonly Seance[],
  lines: readonly Line[],
  lignes: ReadonlyMap<string, LigneBudgetaire>,
): SeanceTotals[] {
  return seances.map((seance) => {
    const own = lines.filter((l) => l.seance === seance);
    const thematiques = seance.thematiques.map((thematique) => {
      const operations = thematique.operations.map((operation) => {
        const opLines = own.filter((l) => l.operation === operation);
        return {
          operation,
          total: sum(opLines.map((l) => l.figures.total)),
          lines: opLines.length,
        };
      });
      return { thematique, total: sum(operations.map((o) => o.total)), operations };
    });
    const budget = seance.budget.map((entry) => {
      const proposition = sum(
        own.filter((l) => l.operation.ligne === entry.code).map((l) => l.figures.total),
      );
      const ligne = lignes.get(entry.code);
      if (!ligne) throw new Error("budget code checked by model/rules/references.ts");
      return {
        ligne,
        entry,
        disponible: entry.disponible,
        proposition,
        solde: entry.disponible.minus(proposition),
      };
    });
    return { seance, total: sum(own.map((l) => l.figures.total)), thematiques, budget };
  });
}
