// Rows of a répartition → the text of operations.yaml as a value, with the cell each field comes
// from. A blank thématique or opération cell continues the one above (merged or filled-down
// cells); an operation's dispositif, budget line, cited convention and annexe are written once
// or repeated identically; a period shared by all lines of an operation becomes the
// operation's. Every problem of every cell is reported; the engine then judges the result.
import { CODES, type Code } from "../diagnostics/codes.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { formatPath } from "../load/tree.ts";
import { type CellResult, cellText } from "./cells.ts";
import { COLUMNS, type Column, type Level } from "./columns.ts";
import { cellAt, cellLabel, cellWhere, type Grid } from "./grid.ts";
import type { Header, Mapped } from "./header.ts";
import { type Known, resolveDispositif, resolvePartner } from "./resolve.ts";
import { plainWords } from "./words.ts";

/** operations.yaml as text values: what the YAML writer prints. */
export type Node = string | { [key: string]: Node } | Node[];
export type Fields = { [key: string]: Node };

/** Where a field of the YAML comes from. */
export interface Place {
  readonly where: Pick<Diagnostic, "file" | "start">;
  readonly label: string;
  /** The header of its column, as the sheet writes it. */
  readonly column: string;
}

export interface Built {
  readonly value: { thematiques: Fields[] };
  /** formatPath of a field → its cell. */
  readonly places: ReadonlyMap<string, Place>;
  /** formatPath of a field → the comment written after it. */
  readonly comments: ReadonlyMap<string, string>;
  readonly lines: number;
  /** File lines of the rows skipped as totals. */
  readonly totals: readonly number[];
}

/** One row's values by level, with their cells. */
interface Row {
  readonly index: number;
  readonly values: Map<Column, { value: string; place: Place }>;
}

export function buildOperations(
  grid: Grid,
  header: Header,
  known: Known,
): { value?: Built; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const place = (r: number, m: Mapped): Place => ({
    where: cellWhere(grid, r, m.index),
    label: cellLabel(grid, r, m.index),
    column: m.written,
  });
  const fail = (p: Place, code: Code, details: Partial<Diagnostic>) =>
    diagnostics.push({
      code,
      severity: "error",
      ...p.where,
      field: `colonne « ${p.column} »`,
      message: `${CODES[code].title} dans la colonne « ${p.column} »`,
      ...details,
    });
  const rows: Row[] = [];
  const totals: number[] = [];
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const partner = header.columns.find((m) => m.column.header === "partenaire");
    if (partner && cellAt(grid, r, partner.index).kind === "empty" && isTotalRow(grid, r)) {
      totals.push(grid.lines[r] ?? r + 1);
      continue;
    }
    const values = new Map<Column, { value: string; place: Place }>();
    for (const m of header.columns) {
      const raw = cellAt(grid, r, m.index);
      if (raw.kind === "empty") continue;
      const p = place(r, m);
      const result: CellResult = cellText(raw, m.column.kind, m.column.gap);
      if ("value" in result) values.set(m.column, { value: result.value, place: p });
      else
        fail(p, result.code, { expected: result.expected, found: result.found, hint: result.hint });
    }
    rows.push({ index: r, values });
  }
  const grouped = group(rows, header, place, fail);
  const built = assemble(grouped, known, fail);
  if (diagnostics.length > 0) return { diagnostics };
  return { value: { ...built, lines: rows.length, totals }, diagnostics };
}

/** A row whose partner is blank and one of whose cells starts with « total ». */
function isTotalRow(grid: Grid, r: number): boolean {
  return (grid.rows[r] ?? []).some(
    (c) => c.kind === "text" && plainWords(c.text).startsWith("total"),
  );
}

interface Group {
  key: string;
  /** The level's own values: the first non-blank of each column. */
  own: Map<Column, { value: string; place: Place }>;
}

interface Grouped {
  thematiques: (Group & { operations: (Group & { rows: Row[] })[] })[];
}

type Fail = (p: Place, code: Code, details: Partial<Diagnostic>) => void;

/** Rows → thématiques → opérations, in the order they first appear. */
function group(
  rows: readonly Row[],
  header: Header,
  place: (r: number, m: Mapped) => Place,
  fail: Fail,
): Grouped {
  const out: Grouped = { thematiques: [] };
  /** The numero and intitulé a row gives a level; blank cells give nothing. */
  const identity = (row: Row, level: Level) =>
    new Map(
      [...row.values]
        .filter(([c]) => c.level === level && (c.path[0] === "intitule" || c.path[0] === "numero"))
        .map(([c, v]) => [c.path[0] as string, v.value]),
    );
  /** A row continues the group above when what it gives (maybe nothing) is that group's. */
  const continues = (id: Map<string, string>, last: Map<string, string> | undefined) =>
    last !== undefined && [...id].every(([k, v]) => last.get(k) === v);
  const keyOf = (id: Map<string, string>) => JSON.stringify([...id].sort());
  let lastT: Map<string, string> | undefined;
  let lastO: Map<string, string> | undefined;
  for (const row of rows) {
    const tId = identity(row, "thematique");
    const oId = identity(row, "operation");
    const sameT = continues(tId, lastT);
    const tNow = sameT ? lastT : tId;
    const oNow = sameT && continues(oId, lastO) ? lastO : oId;
    for (const [level, id] of [
      ["thematique", tNow],
      ["operation", oNow],
    ] as const) {
      if (id?.has("intitule")) continue;
      const m = header.columns.find(
        (c) => c.column.level === level && c.column.path[0] === "intitule",
      );
      if (m)
        fail(place(row.index, m), "CHAMP_MANQUANT", {
          message: `intitulé ${level === "thematique" ? "de la thématique" : "de l'opération"} absent`,
          expected: `l'intitulé, ou une cellule vide sous une ligne de la même ${level === "thematique" ? "thématique" : "opération"}`,
          found: "une cellule vide",
        });
    }
    if (!tNow?.has("intitule") || !oNow?.has("intitule")) continue;
    lastT = tNow;
    lastO = oNow;
    const t = keyOf(tNow);
    const o = keyOf(oNow);
    let them = out.thematiques.find((x) => x.key === t);
    if (!them) {
      them = { key: t, own: new Map(), operations: [] };
      out.thematiques.push(them);
    }
    let op = them.operations.find((x) => x.key === o);
    if (!op) {
      op = { key: o, rows: [], own: new Map() };
      them.operations.push(op);
    }
    op.rows.push(row);
    for (const g of [them, op]) {
      for (const [c, v] of row.values) {
        if (c.level !== (g === them ? "thematique" : "operation")) continue;
        const first = g.own.get(c);
        if (!first) g.own.set(c, v);
        else if (first.value !== v.value)
          fail(v.place, "VALEUR_INVALIDE", {
            message: `« ${v.value} » diffère de « ${first.value} » (${first.place.label}) pour la même ${g === them ? "thématique" : "opération"}`,
            expected: `une seule valeur par ${g === them ? "thématique" : "opération"}, ou une cellule vide`,
            found: `« ${v.value} »`,
          });
      }
    }
  }
  return out;
}

/** The grouped rows as operations.yaml's value. */
function assemble(grouped: Grouped, known: Known, fail: Fail): Omit<Built, "lines" | "totals"> {
  const places = new Map<string, Place>();
  const comments = new Map<string, string>();
  const put = (
    target: Fields,
    base: (string | number)[],
    column: Column,
    v: { value: string; place: Place },
  ) => {
    let at: Fields = target;
    for (const part of column.path.slice(0, -1)) {
      at[part] ??= {};
      at = at[part] as Fields;
    }
    at[column.path[column.path.length - 1] as string] = v.value;
    places.set(formatPath([...base, ...column.path]), v.place);
    const parent = column.path.slice(0, -1);
    if (parent.length > 0 && !places.has(formatPath([...base, ...parent])))
      places.set(formatPath([...base, ...parent]), v.place);
  };
  const thematiques = grouped.thematiques.map((t, ti) => {
    const tPath = ["thematiques", ti];
    const them: Fields = {};
    for (const [c, v] of ordered(t.own)) put(them, tPath, c, v);
    const intitule = [...t.own].find(([c]) => c.path[0] === "intitule")?.[1];
    if (intitule) comments.set(formatPath([...tPath, "intitule"]), intitule.place.label);
    them.operations = t.operations.map((o, oi) => {
      const oPath = [...tPath, "operations", oi];
      const op: Fields = {};
      const title = [...o.own].find(([c]) => c.path[0] === "intitule")?.[1];
      for (const [c, v] of ordered(o.own)) {
        if (c.path[0] !== "dispositif") put(op, oPath, c, v);
        else {
          const d = resolveDispositif(v.value);
          if ("id" in d) put(op, oPath, c, { ...v, value: d.id });
          else fail(v.place, "VALEUR_INVALIDE", d.problem);
        }
      }
      if (title) {
        places.set(formatPath(oPath), title.place);
        comments.set(formatPath([...oPath, "intitule"]), title.place.label);
        if (
          op.dispositif === undefined &&
          ![...o.own.keys()].some((c) => c.path[0] === "dispositif")
        ) {
          const d = resolveDispositif(title.value, true);
          if ("id" in d) {
            op.dispositif = d.id;
            comments.set(
              formatPath([...oPath, "dispositif"]),
              `déduit de l'intitulé (${title.place.label})`,
            );
          } else fail(title.place, "CHAMP_MANQUANT", d.problem);
        }
      }
      op.allocations = o.rows.map((row, ai) => {
        const aPath = [...oPath, "allocations", ai];
        const line: Fields = {};
        for (const [c, v] of ordered(row.values)) {
          if (c.level !== "allocation") continue;
          if (c.path[0] !== "partenaire") put(line, aPath, c, v);
          else {
            const p = resolvePartner(v.value, known);
            if ("id" in p) {
              put(line, aPath, c, { ...v, value: p.id });
              places.set(formatPath(aPath), v.place);
              comments.set(formatPath([...aPath, "partenaire"]), v.place.label);
            } else fail(v.place, "REFERENCE_INCONNUE", p.problem);
          }
        }
        return line;
      });
      liftPeriod(op, oPath, places);
      return reorder(op, OPERATION_KEYS);
    });
    return them;
  });
  return { value: { thematiques }, places, comments };
}

/** A period written identically on every line of an operation is the operation's. */
function liftPeriod(op: Fields, oPath: (string | number)[], places: Map<string, Place>): void {
  const lines = op.allocations as Fields[];
  const first = JSON.stringify(lines[0]?.periode);
  if (first === undefined || !lines.every((l) => JSON.stringify(l.periode) === first)) return;
  op.periode = lines[0]?.periode as Fields;
  for (const l of lines) delete l.periode;
  for (const key of ["", ".debut", ".fin", ".duree_mois"]) {
    const p = places.get(`${formatPath([...oPath, "allocations", 0])}.periode${key}`);
    if (p) places.set(`${formatPath(oPath)}.periode${key}`, p);
  }
}

/** An operation's keys in the model's order (the period may be lifted, the dispositif derived). */
const OPERATION_KEYS = [
  "numero",
  "intitule",
  "dispositif",
  "ligne",
  "acte",
  "periode",
  "allocations",
];

function reorder(fields: Fields, keys: readonly string[]): Fields {
  const out: Fields = {};
  for (const k of keys) if (fields[k] !== undefined) out[k] = fields[k];
  return out;
}

/** A row's values in the order of COLUMNS, which is the model's order of fields. */
function ordered<V>(values: ReadonlyMap<Column, V>): [Column, V][] {
  return [...values].sort(([a], [b]) => COLUMNS.indexOf(a) - COLUMNS.indexOf(b));
}
