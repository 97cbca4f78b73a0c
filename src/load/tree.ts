// The value of a parsed YAML file: only text, lists and mappings (YAML 1.2 failsafe schema).
// Types (numbers, dates, money) are given by the models, never guessed by the parser.
export type Tree = string | readonly Tree[] | { readonly [key: string]: Tree };

/** A path inside a tree: keys and list indexes. */
export type TreePath = readonly (string | number)[];

/** "thematiques[0].operations[1].ligne" — the field path shown to users. */
export function formatPath(path: TreePath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
