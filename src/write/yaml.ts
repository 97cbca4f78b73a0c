// Data files the engine writes (actes importer, actes nouveau): YAML in the project's style —
// every scalar plain when it can be (`places: 55`, `date: 2022-12-01`, `À COMPLÉTER`: the
// engine reads every value as text, YAML failsafe, so none needs quotes), small maps on one line
// (`periode: { debut: …, fin: … }`), comments naming where a value comes from.
import { Document, isMap, isPair, isScalar, isSeq, type Node } from "yaml";
import { formatPath, type TreePath } from "../load/tree.ts";

export interface YamlNotes {
  /** Comment lines at the top of the file (without « # »). */
  readonly header: readonly string[];
  /** formatPath of a scalar → the comment after it on its line. */
  readonly after?: ReadonlyMap<string, string>;
  /** formatPath of a map or list item → comment lines before it. */
  readonly before?: ReadonlyMap<string, string>;
  /** Maps under these keys are written on one line. */
  readonly flowKeys?: readonly string[];
}

/** Why: one writer for every data file the engine makes. `value` holds only text, maps, lists. */
export function yamlText(value: unknown, notes: YamlNotes): string {
  const doc = new Document(value, { schema: "failsafe" });
  doc.commentBefore = notes.header.map((l) => ` ${l}`.trimEnd()).join("\n");
  const visit = (node: Node | null | undefined, path: TreePath, key?: string) => {
    const here = formatPath(path);
    const before = notes.before?.get(here);
    if (node && before !== undefined)
      node.commentBefore = before
        .split("\n")
        .map((l) => ` ${l}`.trimEnd())
        .join("\n");
    if (isScalar(node)) {
      const after = notes.after?.get(here);
      if (after !== undefined) node.comment = ` ${after}`;
    } else if (isMap(node)) {
      if (key !== undefined && notes.flowKeys?.includes(key)) node.flow = true;
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const k = String(pair.key.value);
        visit(pair.value as Node, [...path, k], k);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        visit(item as Node, [...path, i]);
      });
    }
  };
  visit(doc.contents as Node, []);
  return doc.toString({ lineWidth: 0 });
}

/** One scalar as it is written after « key: »: plain when it can be, else quoted. */
export function yamlScalar(text: string): string {
  return new Document(text, { schema: "failsafe" }).toString({ lineWidth: 0 }).trimEnd();
}
