// Iterates the allocation lines of a session with their operation and thématique.
import type { Allocation, Operation, Seance, Thematique } from "./dataset.ts";

export interface AllocationContext {
  readonly seance: Seance;
  readonly thematique: Thematique;
  readonly operation: Operation;
  readonly allocation: Allocation;
}

export function* allocationsOf(seance: Seance): Generator<AllocationContext> {
  for (const thematique of seance.thematiques) {
    for (const operation of thematique.operations) {
      for (const allocation of operation.allocations) {
        yield { seance, thematique, operation, allocation };
      }
    }
  }
}
