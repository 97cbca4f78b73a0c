// YAML text → Tree with the position of every key and value. The only user of `yaml`.
// Strict on purpose: YAML 1.2 failsafe (every scalar stays text), one document, no tags,
// no anchors or aliases, no duplicate keys, bounded nesting. Never throws on any input.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  type Range,
} from "yaml";
import type { Code } from "../diagnostics/codes.ts";
import type { Diagnostic, Position } from "../diagnostics/diagnostic.ts";
import { firstUndrawable } from "../render/pdf/coverage.ts";
import type { Source } from "./source.ts";
import { formatPath, type Tree, type TreePath } from "./tree.ts";
import { yamlErrorMessage } from "./yaml-errors.ts";

/** Deeper than this is not data any more (the deepest real file nests 8 levels). */
export const MAX_DEPTH = 12;

export interface Span {
  readonly start: Position;
  readonly end: Position;
}

export interface ParsedFile {
  readonly file: string;
  readonly text: string;
  readonly tree: Tree | undefined;
  /** Where a value (or, with `key`, the key naming it) is written; nearest ancestor if absent. */
  locate(path: TreePath, key?: boolean): Span | undefined;
}

export function parseYaml(source: Source): { value: ParsedFile; diagnostics: Diagnostic[] } {
  const { file, text } = source;
  const lines = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const spans = new Map<string, { key?: Span; value: Span }>();
  const pos = (offset: number): Position => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const span = (range: Range | readonly number[] | undefined): Span | undefined =>
    range ? { start: pos(range[0] ?? 0), end: pos(range[1] ?? range[0] ?? 0) } : undefined;
  const report = (code: Code, message: string, where?: Span, extra: Partial<Diagnostic> = {}) =>
    diagnostics.push({ code, severity: "error", file, message, ...where, ...extra });

  let tree: Tree | undefined;
  try {
    const docs = parseAllDocuments(text, {
      version: "1.2",
      schema: "failsafe",
      uniqueKeys: true,
      strict: true,
      prettyErrors: false,
      lineCounter: lines,
    });
    const list = Array.isArray(docs) ? docs : [];
    const [doc, second] = list;
    if (second) {
      report(
        "YAML_MULTI_DOCUMENTS",
        "plusieurs documents YAML dans un fichier",
        span(second.range),
      );
    }
    if (doc) {
      if (doc.directives?.yaml.explicit && doc.directives.yaml.version !== "1.2") {
        report("YAML_VERSION", `directive %YAML ${doc.directives.yaml.version}`, span([0, 0]), {
          expected: "YAML 1.2 sans directive",
          found: `%YAML ${doc.directives.yaml.version}`,
        });
      }
      for (const e of [...doc.errors, ...doc.warnings]) {
        const code: Code =
          e.code === "DUPLICATE_KEY"
            ? "YAML_CLE_DUPLIQUEE"
            : e.code === "TAG_RESOLVE_FAILED"
              ? "YAML_TAG_INTERDIT"
              : "YAML_SYNTAXE";
        report(code, yamlErrorMessage(e.code), span(e.pos));
      }
      if (!diagnostics.some((d) => d.code === "YAML_SYNTAXE")) {
        tree = toTree(doc.contents, [], 0);
      }
    }
  } catch (error) {
    // The parser recurses on nesting; a pathological input can exhaust the stack.
    if (!(error instanceof RangeError)) throw error;
    report("YAML_IMBRICATION", "imbrication trop profonde pour être lue", span([0, 0]));
    tree = undefined;
  }

  function toTree(node: unknown, path: TreePath, depth: number): Tree | undefined {
    const where = span((node as Node | null)?.range ?? undefined);
    if (where) spans.set(key(path), { ...spans.get(key(path)), value: where });
    if (depth > MAX_DEPTH) {
      report("YAML_IMBRICATION", `plus de ${MAX_DEPTH} niveaux d'imbrication`, where);
      return undefined;
    }
    if (node === null || node === undefined) return "";
    if (isAlias(node)) {
      report("YAML_ALIAS_INTERDIT", `alias « *${node.source} »`, where);
      return undefined;
    }
    const n = node as Node;
    if (n.anchor) report("YAML_ALIAS_INTERDIT", `ancre « &${n.anchor} »`, where);
    if (n.tag) report("YAML_TAG_INTERDIT", `étiquette « ${n.tag} »`, where, { found: n.tag });
    if (isScalar(n)) {
      // A tag the failsafe schema still resolves (!!timestamp → a JS Date) is reported above;
      // the value kept is the text as written, never a Date printed in the machine's time zone.
      const value =
        typeof n.value === "string" ? n.value : String((n as { source?: unknown }).source ?? "");
      const bad = unprintable(value);
      if (bad !== undefined) {
        report(
          "CARACTERE_INVALIDE",
          `${bad.what} ${codePoint(bad.char)} dans ${formatPath(path) || "le fichier"}`,
          where,
          {
            field: formatPath(path),
            found: codePoint(bad.char),
          },
        );
      }
      return value;
    }
    if (isSeq(n)) return n.items.map((item, i) => toTree(item, [...path, i], depth + 1) ?? "");
    if (isMap(n)) {
      const out: Record<string, Tree> = {};
      for (const pair of n.items) {
        const k = pair.key as Node | null;
        const keySpan = span(k?.range ?? undefined);
        if (!isScalar(k) || typeof k.value !== "string" || k.value === "") {
          report("TYPE_INVALIDE", "clé qui n'est pas un texte", keySpan, {
            expected: "un nom de champ",
            field: formatPath(path),
          });
          continue;
        }
        if (RESERVED_KEYS.has(k.value)) {
          // A map keyed by data (a séance's budget, departement.conventions) would silently lose
          // it, or worse: refused here, with its position.
          report("CLE_RESERVEE", `clé réservée « ${k.value} »`, keySpan, {
            field: formatPath(path),
            found: k.value,
          });
          continue;
        }
        const childPath = [...path, k.value];
        if (keySpan) spans.set(key(childPath), { value: keySpan, key: keySpan });
        const value = toTree(pair.value, childPath, depth + 1);
        // defineProperty: a key named "__proto__" stays an ordinary field.
        Object.defineProperty(out, k.value, {
          value: value ?? "",
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return undefined;
  }

  const locate = (path: TreePath, wantKey = false): Span | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const found = spans.get(key(path.slice(0, n)));
      if (found) return (n === path.length && wantKey && found.key) || found.value;
    }
    return undefined;
  };
  return { value: { file, text, tree, locate }, diagnostics };
}

const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

// What no act can print: control characters (tab and line feed are layout), noncharacters,
// lone surrogates (a "\uD800" escape in a double-quoted YAML string).
const CONTROL = /(?![\t\n])\p{Cc}/u;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;
const LONE_SURROGATE = /\p{Cs}/u;

function unprintable(value: string): { what: string; char: string } | undefined {
  for (const [what, pattern] of [
    ["caractère de contrôle", CONTROL],
    ["non-caractère Unicode", NONCHARACTER],
    ["demi-caractère (substitut isolé)", LONE_SURROGATE],
  ] as const) {
    const found = pattern.exec(value);
    if (found) return { what, char: found[0] };
  }
  const undrawable = firstUndrawable(value);
  return undrawable === undefined
    ? undefined
    : { what: "caractère non imprimable", char: undrawable };
}

/** « U+0007 », « U+1F600 ». */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

function key(path: TreePath): string {
  return path.join("\u0000");
}
