// The README's table of every field of every data file, written from the JSON Schemas (which
// are written from the zod models): descriptions, examples and kinds have one source, the
// models, and a test holds the README to it.
import { GAP_TEXT } from "./gap.ts";
import { DATA_FILE_KINDS, type DataFileKind, jsonSchemaOf, schemaComment } from "./json-schema.ts";

export type Node = { readonly [key: string]: unknown };

interface Row {
  readonly field: string;
  readonly required: boolean;
  readonly form: string;
  readonly example: string;
  readonly description: string;
}

const HEADER = ["champ", "obligatoire", "forme", "exemple", "description"] as const;

/** The Markdown of every data file: a heading, its first line, then a table of its fields. */
export function fieldsMarkdown(kinds: readonly DataFileKind[] = DATA_FILE_KINDS): string {
  return kinds.map(kindMarkdown).join("\n\n");
}

function kindMarkdown(kind: DataFileKind): string {
  const tables: Table[] = [];
  collect(jsonSchemaOf(kind), "", "", true, tables);
  return [
    `#### \`${kind.path}\` — ${kind.title}`,
    "",
    kind.description,
    "",
    "```yaml",
    schemaComment(kind),
    "```",
    ...tables.flatMap((t) => [
      "",
      ...(t.list === "" ? [] : [`Chaque élément de la liste \`${t.list}\` :`, ""]),
      table(t.rows),
    ]),
  ].join("\n");
}

/** The rows of the file, or of each element of one list of it (one table per list). */
interface Table {
  readonly list: string;
  readonly rows: Row[];
}

/**
 * Adds the row of `node` (at `path`, relative to the elements of `list`) and the rows of what
 * it contains. The file itself and the entries of a record have no row of their own: the
 * heading and the record's row say what they are.
 */
function collect(
  node: Node,
  list: string,
  path: string,
  required: boolean,
  tables: Table[],
  own = path !== "",
): void {
  let current = tables.find((t) => t.list === list);
  if (!current) {
    current = { list, rows: [] };
    tables.push(current);
  }
  const { value, gap } = unwrapGap(node);
  const add = (form: string) => {
    if (!own) return;
    current.rows.push({
      field: path,
      required,
      form: gap ? `${form}, ou \`${GAP_TEXT}\`` : form,
      example: exampleOf(value),
      description: String(node.description ?? value.description ?? ""),
    });
  };
  const join = (key: string) => (path === "" ? key : `${path}.${key}`);
  if (value.type === "array") {
    const min = typeof value.minItems === "number" ? `, au moins ${value.minItems}` : "";
    const inner = list === "" ? path : `${list}[].${path}`;
    add(`liste (une entrée « - » par élément${min}) : voir ci-dessous`);
    collect(value.items as Node, `${inner}`, "", true, tables, false);
  } else if (value.type === "object" && value.properties === undefined) {
    const key = String((value.propertyNames as Node | undefined)?.title ?? "clé");
    add(`une entrée par ${key}`);
    collect(value.additionalProperties as Node, list, join(`<${key}>`), true, tables, false);
  } else if (value.type === "object") {
    add("champs ci-dessous");
    const needed = new Set((value.required as string[] | undefined) ?? []);
    for (const [key, child] of Object.entries(value.properties as Record<string, Node>)) {
      collect(child, list, join(key), needed.has(key), tables);
    }
  } else {
    add(scalarForm(value));
  }
}

/** orGap(x) is anyOf [« À COMPLÉTER », x]: x, said to accept À COMPLÉTER. */
export function unwrapGap(node: Node): { value: Node; gap: boolean } {
  const options = node.anyOf as Node[] | undefined;
  const other = options?.find((o) => o.const !== GAP_TEXT);
  return options && other && options.length === 2
    ? { value: other, gap: true }
    : { value: node, gap: false };
}

/** « `le`, `la` » for a closed list, else the kind's title: « montant ». */
export function scalarForm(node: Node): string {
  if (Array.isArray(node.enum)) return node.enum.map((v) => `\`${String(v)}\``).join(", ");
  return String(node.title ?? "texte");
}

/** « `13750.00` »: the example of a field, as the README shows it. */
export function exampleOf(node: Node): string {
  const [example] = (node.examples as unknown[] | undefined) ?? [];
  if (example !== undefined) return `\`${String(example)}\``;
  return Array.isArray(node.enum) ? `\`${String(node.enum[0])}\`` : "";
}

/** A Markdown table whose columns line up in the source too, as the README's other tables. */
function table(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    `\`${r.field}\``,
    r.required ? "oui" : "non",
    r.form,
    r.example,
    r.description,
  ]);
  const all = [[...HEADER], ...cells].map((line) => line.map((c) => c.replace(/\|/g, "\\|")));
  const widths = HEADER.map((_, i) => Math.max(...all.map((line) => width(line[i] ?? ""))));
  const line = (parts: readonly string[]) =>
    `| ${parts.map((p, i) => p + " ".repeat((widths[i] ?? 0) - width(p))).join(" | ")} |`;
  const [head = [], ...body] = all;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/** Characters as a reader counts them (« é » is one, whatever its UTF-16 length). */
function width(text: string): number {
  return [...text].length;
}
