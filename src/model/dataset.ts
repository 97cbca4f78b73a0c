// The validated data as one value: what compute/ and document/ read. Every entity keeps its
// origin (file and path) so that later rules can point at the exact line.
import type { ParsedFile } from "../load/parse-yaml.ts";
import type { TreePath } from "../load/tree.ts";
import type { Decimal } from "../money/money.ts";
import type { DeclaredActData } from "./actes.ts";
import type { Departement } from "./departement.ts";
import type { LigneBudgetaire } from "./lignes-budgetaires.ts";
import type { AllocationData, OperationData } from "./operations.ts";
import type { Partenaire } from "./partenaire.ts";
import type { SeanceData } from "./seance.ts";

export interface Origin {
  readonly source: ParsedFile;
  readonly path: TreePath;
}

export interface Located {
  readonly origin: Origin;
}

export interface Allocation extends AllocationData, Located {}

export interface Operation extends Omit<OperationData, "allocations">, Located {
  readonly allocations: readonly Allocation[];
}

export interface Thematique extends Located {
  readonly numero?: number | undefined;
  readonly intitule: string;
  readonly total?: Decimal | undefined;
  readonly operations: readonly Operation[];
}

export interface BudgetEntry extends Located {
  readonly code: string;
  readonly disponible: Decimal;
  readonly proposition?: Decimal | undefined;
}

/** An act declared in the session's actes.yaml. */
export interface DeclaredAct extends Located {
  readonly data: DeclaredActData;
}

export interface Seance extends Omit<SeanceData, "budget">, Located {
  readonly id: string;
  readonly budget: readonly BudgetEntry[];
  readonly thematiques: readonly Thematique[];
  /** The acts of its actes.yaml, in file order (none without the file). */
  readonly declared: readonly DeclaredAct[];
}

export interface Dataset {
  readonly departement: Departement & Located;
  readonly lignes: ReadonlyMap<string, LigneBudgetaire & Located>;
  readonly partenaires: ReadonlyMap<string, Partenaire & Located>;
  readonly seances: readonly Seance[];
  /** Every parsed file, for code frames and the list of values to complete. */
  readonly sources: readonly ParsedFile[];
}
