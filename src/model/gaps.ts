// Every value still to complete ("À COMPLÉTER"), where it is written, what it is (the model's
// description and example, for the checklist of `actes figures --only`) and which acts it
// concerns: the Département's own values concern every act, a partner's its acts, a line's the
// act that lists it. Each of them blocks those acts (pipeline.ts, assessActs): one decision for
// `figures` and `generate`.

import type { Position } from "../diagnostics/diagnostic.ts";
import { formatPath, type Tree, type TreePath } from "../load/tree.ts";
import type { Dataset } from "./dataset.ts";
import { GAP_TEXT } from "./gap.ts";
import { DATA_FILE_KINDS, jsonSchemaOf } from "./json-schema.ts";

export interface GapLocation {
  readonly file: string;
  readonly start?: Position;
  readonly field: string;
  /** The key as written in its entity: "convention.numero" (a line's), "representant". */
  readonly key: string;
  /** What the value is, from the model: "Numéro de la convention." */
  readonly label: string;
  /** A value of the right form, from the model, when it gives one: "2021-04462". */
  readonly example?: string;
  /** Ids of the acts whose data hold this value (its partner, its line, the Département). */
  readonly acts: readonly string[];
}

export interface ActRef {
  readonly id: string;
  /** The files of its parties other than the Département. */
  readonly partnerFiles: readonly string[];
  /** Every line of the act, or its declaration: its file and path. */
  readonly allocations: readonly { readonly file: string; readonly path: TreePath }[];
}

export function findGaps(data: Dataset, acts: readonly ActRef[]): GapLocation[] {
  const out: GapLocation[] = [];
  for (const source of data.sources) {
    const schema = schemaOf(data, source.file);
    for (const path of gapPaths(source.tree, [])) {
      const span = source.locate(path);
      const blocked = acts.filter(
        (a) =>
          source === data.departement.origin.source ||
          a.partnerFiles.includes(source.file) ||
          a.allocations.some((l) => l.file === source.file && startsWith(path, l.path)),
      );
      const doc = describe(schema, path);
      out.push({
        file: source.file,
        ...(span ? { start: span.start } : {}),
        field: formatPath(path),
        key: formatPath(keyOf(path)),
        label: doc.label,
        ...(doc.example === undefined ? {} : { example: doc.example }),
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

type Node = { readonly [key: string]: unknown };

/** The JSON Schema of a data file, told by where the dataset found it. */
function schemaOf(data: Dataset, file: string): Node {
  const kind =
    file === data.departement.origin.source.file
      ? "departement"
      : [...data.partenaires.values()].some((p) => p.origin.source.file === file)
        ? "partenaire"
        : data.seances.some((s) => s.origin.source.file === file)
          ? "seance"
          : [...data.lignes.values()].some((l) => l.origin.source.file === file)
            ? "lignes-budgetaires"
            : data.seances.some((s) => s.declared.some((d) => d.origin.source.file === file))
              ? "actes"
              : "operations";
  let schema = SCHEMAS.get(kind);
  if (!schema) {
    const found = DATA_FILE_KINDS.find((k) => k.name === kind);
    schema = found ? jsonSchemaOf(found) : {};
    SCHEMAS.set(kind, schema);
  }
  return schema;
}

/** Built once: zod writes a schema in milliseconds, and there is one per partner file. */
const SCHEMAS = new Map<string, Node>();

/** The path inside the innermost list element: a line's "convention.numero". */
function keyOf(path: TreePath): TreePath {
  let start = 0;
  for (const [i, p] of path.entries()) if (typeof p === "number") start = i + 1;
  return path.slice(start);
}

/** The description and example the model gives the field at `path`. */
function describe(root: Node, path: TreePath): { label: string; example?: string } {
  let node: Node | undefined = root;
  let label = "";
  for (const part of path) {
    const value: Node = branchWith(unwrapGap(node ?? {}), part);
    const properties = value.properties as Record<string, Node> | undefined;
    node =
      typeof part === "number"
        ? (value.items as Node | undefined)
        : (properties?.[part] ?? (value.additionalProperties as Node | undefined));
    label = String(node?.description ?? unwrapGap(node ?? {}).description ?? "");
  }
  const examples = unwrapGap(node ?? {}).examples as unknown[] | undefined;
  const example = examples?.[0];
  return example === undefined ? { label } : { label, example: String(example) };
}

/**
 * The option of a union that has `part` (the declared acts of actes.yaml: one option per type;
 * the first that has the field gives its description).
 */
function branchWith(node: Node, part: string | number): Node {
  const options = (node.oneOf ?? node.anyOf) as Node[] | undefined;
  if (!options || typeof part === "number") return node;
  return (
    options.find((o) => (o.properties as Record<string, Node> | undefined)?.[part] !== undefined) ??
    node
  );
}

/** orGap(x) is anyOf [« À COMPLÉTER », x]: x. */
function unwrapGap(node: Node): Node {
  const options = node.anyOf as Node[] | undefined;
  return options?.find((o) => o.const !== GAP_TEXT) ?? node;
}
