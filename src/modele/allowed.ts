// The values a model may name: the shape of the contexts the act type really offers (actContext
// on the acts of that type in the data), merged, then each tag resolved as handlebars resolves it
// (the current item inside {#chaque}, ../ for the one around, @root for the act, @index…).

import { closest } from "../diagnostics/suggest.ts";
import type { Value } from "../document/context.ts";

/** What a path leads to: text, nested values, a list of items (or several, merged). */
export interface Shape {
  text: boolean;
  /** Anything under it is accepted: a value the template already reads, absent from the data. */
  any?: true;
  readonly keys: Map<string, Shape>;
  item?: Shape;
}

const empty = (): Shape => ({ text: false, keys: new Map() });

/** Why: optional values (autres, precedente) appear in some acts only: every act adds its keys. */
export function shapeOf(values: readonly Value[]): Shape {
  const shape = empty();
  for (const v of values) addValue(shape, v);
  return shape;
}

function addValue(shape: Shape, v: Value): void {
  if (typeof v === "string" || typeof v === "boolean") shape.text = true;
  else if (Array.isArray(v)) {
    shape.item ??= empty();
    for (const each of v) addValue(shape.item, each);
  } else {
    for (const [key, inner] of Object.entries(v as Record<string, Value>)) {
      const child = shape.keys.get(key) ?? empty();
      shape.keys.set(key, child);
      addValue(child, inner);
    }
  }
}

const DATA = new Set(["@index", "@first", "@last", "@key"]);

/** The scopes a tag is read in: the act's values, then one item per {#chaque} around it. */
export class Scopes {
  private readonly stack: Shape[];
  /**
   * `known`: the paths the current template reads. An optional value no act of the data has
   * (« autres » when no partner has other dispositifs) is still one the act type offers.
   */
  constructor(
    root: Shape,
    private readonly known: ReadonlySet<string> = new Set(),
  ) {
    this.stack = [root];
  }

  /** `{#chaque expr}` entered (its items become the scope), or a problem with it. */
  enter(expr: string): string | undefined {
    const found = this.lookup(expr);
    if (typeof found === "string") {
      this.stack.push(empty());
      return found;
    }
    this.stack.push(found.any ? found : (found.item ?? empty()));
    return found.item || found.any
      ? undefined
      : `« ${expr} » n’est pas une liste : {#chaque} répète une liste`;
  }

  leave(): void {
    if (this.stack.length > 1) this.stack.pop();
  }

  /** A value written `{expr}` or tested `{#si expr}`: undefined when the act offers it. */
  check(expr: string, written: boolean): string | undefined {
    const found = this.lookup(expr);
    if (typeof found === "string") return found;
    if (written && !found.text && (found.keys.size > 0 || found.item))
      return `« {${expr}} » n’est pas un texte à écrire${suggest(expr, this.pathsFrom(expr))}`;
    return undefined;
  }

  private lookup(expr: string): Shape | string {
    if (DATA.has(expr)) {
      return this.stack.length > 1
        ? { text: true, keys: new Map() }
        : `« {${expr}} » ne se lit que dans un {#chaque}`;
    }
    let rest = expr;
    let shape = this.stack[this.stack.length - 1] as Shape;
    if (rest.startsWith("@root.")) {
      shape = this.stack[0] as Shape;
      rest = rest.slice("@root.".length);
    }
    let up = 0;
    while (rest.startsWith("../")) {
      up++;
      rest = rest.slice(3);
    }
    if (up > 0) shape = this.stack[Math.max(0, this.stack.length - 1 - up)] as Shape;
    const segments = rest.split(".");
    if (segments[0] === "this") segments.shift();
    for (const segment of segments) {
      if (shape.any) return shape;
      const next = shape.keys.get(segment);
      if (!next && this.known.has(expr)) return { text: true, keys: new Map(), any: true };
      if (!next) return `valeur inconnue « {${expr}} »${suggest(expr, this.pathsFrom(expr))}`;
      shape = next;
    }
    return shape;
  }

  /** Every path readable where `expr` is read, spelt with its prefix (../, @root.). */
  private pathsFrom(expr: string): string[] {
    const prefix = /^(?:@root\.|(?:\.\.\/)*)/.exec(expr)?.[0] ?? "";
    const up = prefix.startsWith("@root.") ? this.stack.length - 1 : prefix.length / 3;
    const start = this.stack[Math.max(0, this.stack.length - 1 - up)] as Shape;
    const out: string[] = [];
    const walk = (shape: Shape, path: string, depth: number) => {
      for (const [key, child] of shape.keys) {
        const p = path === "" ? key : `${path}.${key}`;
        if (child.text || child.item) out.push(prefix + p);
        if (depth < 6) walk(child, p, depth + 1);
      }
    };
    walk(start, "", 0);
    return out;
  }
}

function suggest(expr: string, paths: readonly string[]): string {
  const near = closest(expr, paths);
  return near === undefined ? "" : ` — voulez-vous dire « {${near}} » ?`;
}
