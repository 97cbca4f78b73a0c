// `actes ecarts`: the acts of one type side by side, one row per act and one column per value
// its template inserts (fields.ts), with what a reviewer of a batch looks at flagged: a value
// still to complete, a value that differs from the rest of the batch, a clause present in some
// acts only, an amount that is not places × rate, and any fixed text that differs between acts.
import type { Act } from "../../compute/acts.ts";
import { actContext, type Value } from "../../document/context.ts";
import type { Template } from "../../document/templates.ts";
import type { Departement } from "../../model/departement.ts";
import { Decimal } from "../../money/money.ts";
import { type Field, templateFields } from "./fields.ts";

export interface Finding {
  /** A value to complete, a value or clause apart from the batch, a wrong amount, fixed text. */
  readonly kind: "gap" | "outlier" | "clause" | "amount" | "fixed-text";
  readonly act: string;
  /** The column concerned; absent for the act as a whole (its fixed text). */
  readonly column?: string;
  readonly message: string;
}

export interface VarianceTable {
  readonly type: string;
  readonly columns: readonly Field[];
  /** One row per act, its cells in the order of `columns`. */
  readonly rows: readonly { readonly id: string; readonly cells: readonly string[] }[];
  readonly findings: readonly Finding[];
  /**
   * The template's own text, values taken out, compared between acts: how many versions of it
   * the batch has, each with the clauses that make it (acts with the same clauses must share it).
   */
  readonly fixedText: { readonly versions: number; readonly sameClausesDiffer: readonly string[] };
}

const GAP = "[À COMPLÉTER";

/** Why: one table per act type; acts in the order given (the order of `actes figures`). */
export function varianceTables(
  acts: readonly Act[],
  templates: ReadonlyMap<string, Template>,
  departement: Departement,
): VarianceTable[] {
  const types = [...new Set(acts.map((a) => a.type))];
  return types.flatMap((type) => {
    const template = templates.get(type);
    if (!template) return [];
    const batch = acts.filter((a) => a.type === type);
    return [varianceTable(type, batch, template, departement)];
  });
}

function varianceTable(
  type: string,
  acts: readonly Act[],
  template: Template,
  departement: Departement,
): VarianceTable {
  const columns = templateFields(template.source, template.partials);
  const contexts = acts.map((a) => actContext(a, departement));
  const rows = acts.map((act, i) => ({
    id: act.id,
    cells: columns.map((c) => cellText(valueAt(contexts[i] ?? {}, c.path), c.kind)),
  }));
  const findings = [
    ...gapFindings(columns, rows),
    ...outlierFindings(columns, rows),
    ...amountFindings(columns, rows),
  ];
  const fixedText = compareFixedText(acts, contexts, template, columns);
  for (const id of fixedText.sameClausesDiffer) {
    findings.push({
      kind: "fixed-text",
      act: id,
      message: "texte fixe différent d'un acte aux mêmes clauses",
    });
  }
  return { type, columns, rows, findings: sortFindings(findings, acts), fixedText };
}

/** The value at « a.b.c » of an act's values; undefined where a branch is absent. */
function valueAt(context: { readonly [key: string]: Value }, path: string): Value | undefined {
  let value: Value | undefined = context;
  for (const key of path.split(".")) {
    if (value === undefined || typeof value !== "object" || Array.isArray(value)) return undefined;
    value = (value as { readonly [key: string]: Value })[key];
  }
  return value;
}

function cellText(value: Value | undefined, kind: Field["kind"]): string {
  if (kind === "clause") return truthy(value) ? "oui" : "non";
  if (value === undefined || typeof value === "boolean") return value ? "oui" : "";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((v) => cellText(v, "value")).join(" ; ");
  return "";
}

/** Handlebars' truth: an empty list or string is false. */
const truthy = (value: Value | undefined) =>
  Array.isArray(value) ? value.length > 0 : value !== undefined && value !== false && value !== "";

type Row = VarianceTable["rows"][number];

const gapMessage = (column: string) => `« ${column} » reste à compléter`;

function gapFindings(columns: readonly Field[], rows: readonly Row[]): Finding[] {
  return rows.flatMap((row) =>
    columns.flatMap((c, i) =>
      (row.cells[i] ?? "").includes(GAP)
        ? [{ kind: "gap" as const, act: row.id, column: c.path, message: gapMessage(c.path) }]
        : [],
    ),
  );
}

/** Values each act has its own of: the partner, its line, its amounts. Not outliers. */
const PER_ACT = /^(?:partenaire|allocation)\.|^montants\.(?:total|avance|solde)\./;

/**
 * Why: in a batch, a value most acts share (a period, a date, a rate, a clause) is one the
 * reviewer expects everywhere; the act that differs is the one to read.
 */
function outlierFindings(columns: readonly Field[], rows: readonly Row[]): Finding[] {
  if (rows.length < 3) return [];
  return columns.flatMap((c, i) => {
    if (c.kind === "value" && PER_ACT.test(c.path)) return [];
    const counts = new Map<string, number>();
    for (const row of rows)
      counts.set(row.cells[i] ?? "", (counts.get(row.cells[i] ?? "") ?? 0) + 1);
    const [common, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    if (count * 2 <= rows.length || count === rows.length) return [];
    return rows
      .filter((row) => (row.cells[i] ?? "") !== common && !(row.cells[i] ?? "").includes(GAP))
      .map((row) => ({
        kind: c.kind === "clause" ? ("clause" as const) : ("outlier" as const),
        act: row.id,
        column: c.path,
        message:
          c.kind === "clause"
            ? `clause « ${c.path} » ${row.cells[i] === "oui" ? "présente" : "absente"} ici, ${row.cells[i] === "oui" ? "absente" : "présente"} dans ${count} des ${rows.length} actes`
            : `« ${c.path} » vaut « ${row.cells[i]} » ; ${count} des ${rows.length} actes ont « ${common} »`,
      }));
  });
}

/** « 13 750,00 € » → 13750.00; undefined for anything else. */
function frenchNumber(text: string): Decimal | undefined {
  const plain = text.replace(/[\s\u00a0\u202f€]/gu, "").replace(",", ".");
  return /^\d+(\.\d+)?$/.test(plain) ? new Decimal(plain) : undefined;
}

/** Why: the one figure a reviewer recomputes by hand in an AG batch — places × cost of a place. */
function amountFindings(columns: readonly Field[], rows: readonly Row[]): Finding[] {
  const at = (path: string) => columns.findIndex((c) => c.path === path);
  const [total, places, rate] = [
    at("montants.total.chiffres"),
    at("allocation.places"),
    at("montants.coutPlace"),
  ];
  if (total < 0 || places < 0 || rate < 0) return [];
  return rows.flatMap((row) => {
    const [t, p, r] = [total, places, rate].map((i) => frenchNumber(row.cells[i] ?? ""));
    if (!t || !p || !r || t.equals(p.times(r))) return [];
    return [
      {
        kind: "amount" as const,
        act: row.id,
        column: "montants.total.chiffres",
        message: `montant ${row.cells[total]} ≠ ${row.cells[places]} places × ${row.cells[rate]}`,
      },
    ];
  });
}

const MARK_OPEN = "\u{F0000}";
const MARK_CLOSE = "\u{F0001}";

/**
 * Why « prove it »: each act's template is rendered again with every inserted value wrapped in
 * marks, the marked values are cut out, and what is left — the template's own text, as this
 * act gets it — is compared across the batch. Only the clauses may make it differ.
 */
function compareFixedText(
  acts: readonly Act[],
  contexts: readonly { readonly [key: string]: Value }[],
  template: Template,
  columns: readonly Field[],
): VarianceTable["fixedText"] {
  const clauses = columns.filter((c) => c.kind !== "value");
  const bySignature = new Map<string, { text: string; id: string }>();
  const versions = new Set<string>();
  const sameClausesDiffer: string[] = [];
  acts.forEach((act, i) => {
    const context = contexts[i] ?? {};
    const text = template
      .render(marked(context) as { [key: string]: Value })
      .replace(new RegExp(`${MARK_OPEN}[^${MARK_CLOSE}]*${MARK_CLOSE}`, "gu"), "");
    versions.add(text);
    const signature = clauses
      .map((c) => {
        const v = valueAt(context, c.path);
        return c.kind === "list" && Array.isArray(v) ? String(v.length) : String(truthy(v));
      })
      .join(",");
    const first = bySignature.get(signature);
    if (!first) bySignature.set(signature, { text, id: act.id });
    else if (first.text !== text) sameClausesDiffer.push(act.id);
  });
  return { versions: versions.size, sameClausesDiffer };
}

function marked(value: Value): Value {
  if (typeof value === "string") return `${MARK_OPEN}${value}${MARK_CLOSE}`;
  if (typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(marked);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, marked(v)]));
}

function sortFindings(findings: Finding[], acts: readonly Act[]): Finding[] {
  const order = new Map(acts.map((a, i) => [a.id, i]));
  return findings.sort((a, b) => (order.get(a.act) ?? 0) - (order.get(b.act) ?? 0));
}
