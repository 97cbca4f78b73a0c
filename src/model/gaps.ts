// Every value still to complete ("À COMPLÉTER"), where it is written and which acts it concerns
// (the Département's own values concern every act). Whether an act is actually blocked is
// decided by `generate` from the document itself: a value its template does not print (a
// partner's SIRET in the FPEL avenant) does not block it.

import type { Position } from "../diagnostics/diagnostic.ts";
import { formatPath, type Tree, type TreePath } from "../load/tree.ts";
import type { Dataset } from "./dataset.ts";
import { GAP_TEXT } from "./gap.ts";

export interface GapLocation {
  readonly file: string;
  readonly start?: Position;
  readonly field: string;
  /** Ids of the acts whose data hold this value (its partner, its line, the Département). */
  readonly acts: readonly string[];
}

export interface ActRef {
  readonly id: string;
  readonly partnerFile: string;
  readonly allocationFile: string;
  readonly allocationPath: TreePath;
}

export function findGaps(data: Dataset, acts: readonly ActRef[]): GapLocation[] {
  const out: GapLocation[] = [];
  for (const source of data.sources) {
    for (const path of gapPaths(source.tree, [])) {
      const span = source.locate(path);
      const blocked = acts.filter(
        (a) =>
          source === data.departement.origin.source ||
          a.partnerFile === source.file ||
          (a.allocationFile === source.file && startsWith(path, a.allocationPath)),
      );
      out.push({
        file: source.file,
        ...(span ? { start: span.start } : {}),
        field: formatPath(path),
        acts: blocked.map((a) => a.id),
      });
    }
  }
  return out;
}

function* gapPaths(tree: Tree | undefined, path: TreePath): Generator<TreePath> {
  if (tree === undefined) return;
  if (typeof tree === "string") {
    if (tree === GAP_TEXT) yield path;
  } else if (Array.isArray(tree)) {
    for (const [i, item] of tree.entries()) yield* gapPaths(item, [...path, i]);
  } else {
    for (const [k, v] of Object.entries(tree)) yield* gapPaths(v, [...path, k]);
  }
}

function startsWith(path: TreePath, prefix: TreePath): boolean {
  return prefix.every((p, i) => path[i] === p);
}
