// A key the model does not know is most often a known key misspelt (« montnat »): which one,
// read from the model itself so that the suggestion can never name a key that does not exist.
import { z } from "zod";
import { closest } from "../diagnostics/suggest.ts";
import type { Tree, TreePath } from "../load/tree.ts";

/** The keys the model allows in the mapping at `path` (through lists, options and records). */
export function knownKeys(schema: z.ZodType, path: TreePath): string[] {
  if (schema instanceof z.ZodOptional) return knownKeys(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodPipe) return knownKeys(schema.in as z.ZodType, path);
  if (schema instanceof z.ZodUnion) {
    return [...new Set(schema.options.flatMap((o) => knownKeys(o as z.ZodType, path)))];
  }
  const [head, ...rest] = path;
  if (schema instanceof z.ZodObject) {
    if (head === undefined) return Object.keys(schema.shape);
    const child = schema.shape[String(head)] as z.ZodType | undefined;
    return child ? knownKeys(child, rest) : [];
  }
  if (head === undefined) return [];
  if (schema instanceof z.ZodArray) return knownKeys(schema.element as z.ZodType, rest);
  if (schema instanceof z.ZodRecord) return knownKeys(schema.valueType as z.ZodType, rest);
  return [];
}

/**
 * The words a union's options allow for `key` at `path` (the declared act types of actes.yaml:
 * `type: avenant-duree`), for « voulez-vous dire » on an unknown one.
 */
export function knownValues(schema: z.ZodType, path: TreePath, key: string): string[] {
  if (schema instanceof z.ZodOptional) return knownValues(schema.unwrap() as z.ZodType, path, key);
  if (schema instanceof z.ZodUnion && path.length === 0) {
    return schema.options.flatMap((o) => {
      const literal = o instanceof z.ZodObject ? o.shape[key] : undefined;
      return literal instanceof z.ZodLiteral ? [...literal.values].map(String) : [];
    });
  }
  const [head, ...rest] = path;
  if (head === undefined) return [];
  if (schema instanceof z.ZodObject) {
    const child = schema.shape[String(head)] as z.ZodType | undefined;
    return child ? knownValues(child, rest, key) : [];
  }
  if (schema instanceof z.ZodArray) return knownValues(schema.element as z.ZodType, rest, key);
  return [];
}

/** The value written at `path` of a parsed file, if any. */
export function valueAt(tree: Tree | undefined, path: TreePath): Tree | undefined {
  let node: Tree | undefined = tree;
  for (const part of path) {
    if (node === undefined || typeof node === "string") return undefined;
    node = Array.isArray(node) ? node[Number(part)] : (node as Record<string, Tree>)[part];
  }
  return node;
}

/** The keys written in the mapping at `path` of a parsed file, in file order. */
export function writtenKeys(tree: Tree | undefined, path: TreePath): string[] {
  const node = valueAt(tree, path);
  return node !== undefined && typeof node !== "string" && !Array.isArray(node)
    ? Object.keys(node)
    : [];
}

/**
 * For each unknown key written at `path`, the known key it misspells: the nearest known key
 * not already written (« montant » written twice is not a fix). Both the unknown key's
 * diagnostic and the missing key's read this one map, so they always tell the same story.
 */
export function misspeltKeys(
  schema: z.ZodType,
  tree: Tree | undefined,
  path: TreePath,
): Map<string, string> {
  const known = knownKeys(schema, path);
  const written = writtenKeys(tree, path);
  const free = known.filter((k) => !written.includes(k));
  const out = new Map<string, string>();
  for (const key of written) {
    if (known.includes(key)) continue;
    const near = closest(key, free);
    if (near !== undefined) out.set(key, near);
  }
  return out;
}
