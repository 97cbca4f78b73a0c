// The columns of the mail-merge table (`actes ecarts`): every value a template inserts and every
// clause it writes under a condition, read from the template itself (the handlebars syntax
// tree), in the order the template first uses them. A value given to a shared block
// (`{{> signature personne=partenaire.representant}}`) is followed into that block.
import Handlebars from "handlebars";

export interface Field {
  /** The value's path in the act's values: « montants.total.chiffres ». */
  readonly path: string;
  /** A value written; a clause written only when its condition holds; a list written item by item. */
  readonly kind: "value" | "clause" | "list";
}

type Node = { type: string; [key: string]: unknown };
type PathNode = { type: "PathExpression"; original: string };
type HashPair = { key: string; value: Node };

/**
 * Why not the agreement suffixes (`accord.e`, « dûment autorisé{{accord.e}} »): a letter that
 * follows a civilité already in the table; listing it would double every person's column.
 */
const AGREEMENT = /(^|\.)accord\./;

/** Example: templateFields(source, partials) → [{ path: "acte.convention", kind: "value" }, …]. */
export function templateFields(
  source: string,
  partials: ReadonlyMap<string, string>,
): readonly Field[] {
  const fields = new Map<string, Field>();
  const add = (path: string, kind: Field["kind"]) => {
    if (path === "" || path === "this" || AGREEMENT.test(path) || fields.has(path)) return;
    fields.set(path, { path, kind });
  };
  walk(Handlebars.parse(source) as unknown as Node, { scope: "", aliases: new Map() });
  return [...fields.values()];

  function walk(node: Node, at: { scope: string; aliases: ReadonlyMap<string, string> }): void {
    const resolve = (original: string) => {
      const [head = "", ...rest] = original.split(".");
      const alias = at.aliases.get(head);
      if (original === "this") return at.scope;
      if (alias === "") return "";
      const base = alias ?? (at.scope === "" ? head : `${at.scope}.${head}`);
      return [base, ...rest].filter((p) => p !== "").join(".");
    };
    switch (node.type) {
      case "Program":
        for (const child of node.body as Node[]) walk(child, at);
        return;
      case "MustacheStatement": {
        const path = node.path as PathNode;
        if (path.type === "PathExpression") add(resolve(path.original), "value");
        return;
      }
      case "BlockStatement": {
        const helper = (node.path as PathNode).original;
        const param = (node.params as Node[])[0] as PathNode | undefined;
        const target = param?.type === "PathExpression" ? resolve(param.original) : "";
        if (helper === "each") {
          add(target, "list");
          walkBranches(node, { scope: target, aliases: at.aliases });
        } else {
          add(target, helper === "if" || helper === "unless" ? "clause" : "value");
          walkBranches(node, at);
        }
        return;
      }
      case "PartialStatement": {
        const name = (node.name as PathNode).original;
        const partial = partials.get(name);
        if (partial === undefined) return;
        const aliases = new Map(at.aliases);
        for (const pair of ((node.hash as { pairs?: HashPair[] } | undefined)?.pairs ??
          []) as HashPair[]) {
          // A literal (cachet=true) is the same in every act: no column.
          const value = pair.value as unknown as PathNode;
          aliases.set(pair.key, value.type === "PathExpression" ? resolve(value.original) : "");
        }
        walk(Handlebars.parse(partial) as unknown as Node, { scope: at.scope, aliases });
        return;
      }
      default:
        return;
    }
  }

  function walkBranches(
    node: Node,
    at: { scope: string; aliases: ReadonlyMap<string, string> },
  ): void {
    if (node.program) walk(node.program as Node, at);
    if (node.inverse) walk(node.inverse as Node, at);
  }
}
