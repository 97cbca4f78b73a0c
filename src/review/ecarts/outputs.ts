// The variance tables as a reviewer reads them: in a terminal (the values every act shares
// once, then the values that vary, act by act), as CSV for a spreadsheet, as one static HTML
// page, as JSON. The XLSX workbook is in xlsx.ts (exceljs is loaded only when asked for).
import { escapeHtml } from "../html.ts";
import type { Field } from "./fields.ts";
import type { VarianceTable } from "./variance.ts";

const KIND = { value: "", clause: " (clause)", list: " (liste)" } as const;
const header = (c: Field) => `${c.path}${KIND[c.kind]}`;

/** Columns whose value is the same in every act of the table, and the others. */
export function splitColumns(table: VarianceTable): { same: number[]; vary: number[] } {
  const same: number[] = [];
  const vary: number[] = [];
  table.columns.forEach((_, i) => {
    const first = table.rows[0]?.cells[i];
    (table.rows.every((r) => r.cells[i] === first) ? same : vary).push(i);
  });
  return { same, vary };
}

/** « 1 version », « 2 versions selon les clauses » and whether acts of the same clauses differ. */
export function fixedTextLine(table: VarianceTable): string {
  const { versions, sameClausesDiffer } = table.fixedText;
  const n = table.rows.length;
  const base =
    versions === 1
      ? `Texte fixe : identique dans ${n === 1 ? "l'acte" : `les ${n} actes`}`
      : `Texte fixe : ${versions} versions, selon les clauses présentes`;
  return sameClausesDiffer.length === 0
    ? `${base} ; aucun écart entre actes aux mêmes clauses`
    : `${base} ; DIFFÈRE entre actes aux mêmes clauses : ${sameClausesDiffer.join(", ")}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? "s" : ""}`;

export function terminalTables(tables: readonly VarianceTable[]): string {
  const out: string[] = [];
  for (const table of tables) {
    const { same, vary } = splitColumns(table);
    out.push(`${table.type} — ${plural(table.rows.length, "acte")}`, "");
    out.push(`Valeurs communes à tous les actes (${same.length}) :`);
    for (const i of same) {
      const c = table.columns[i] as Field;
      out.push(`  ${header(c)} : ${table.rows[0]?.cells[i] ?? ""}`);
    }
    out.push("", `Valeurs qui varient (${vary.length}), acte par acte :`);
    for (const row of table.rows) {
      out.push(`  ${row.id}`);
      for (const i of vary) {
        out.push(`    ${header(table.columns[i] as Field)} : ${row.cells[i] ?? ""}`);
      }
    }
    out.push("", `Constats (${table.findings.length}) :`, ...findingLines(table));
    out.push(fixedTextLine(table), "");
  }
  return `${out.join("\n")}`;
}

/**
 * Values to complete and clauses grouped by column — the same gap in every act is one line —,
 * every other finding act by act.
 */
function findingLines(table: VarianceTable): string[] {
  const grouped = new Map<string, { kind: string; acts: string[] }>();
  const others: string[] = [];
  for (const f of table.findings) {
    if ((f.kind === "gap" || f.kind === "clause") && f.column !== undefined) {
      const key = `${f.kind} ${f.column}`;
      const group = grouped.get(key) ?? { kind: f.kind, acts: [] };
      group.acts.push(f.act);
      grouped.set(key, group);
    } else others.push(`  ${f.act}  ${f.message}`);
  }
  const n = table.rows.length;
  const names = (acts: readonly string[]) => acts.map((a) => a.split("/").at(-1)).join(", ");
  const lines = [...grouped].map(([key, { kind, acts }]) => {
    const column = key.slice(kind.length + 1);
    if (kind === "clause") {
      const present = table.rows.filter(
        (r) => r.cells[table.columns.findIndex((c) => c.path === column)] === "oui",
      ).length;
      return `  clause « ${column} » présente dans ${present} des ${n} actes ; à part : ${names(acts)}`;
    }
    return acts.length === n
      ? `  à compléter dans ${n === 1 ? "l'acte" : `les ${n} actes`} : ${column}`
      : `  à compléter dans ${plural(acts.length, "acte")} : ${column} (${names(acts)})`;
  });
  return [...lines, ...others];
}

/**
 * Why « ; » and a BOM: the CSV a French Excel opens by a double click, accents intact. One file
 * for all the tables: a « type » column, then every column of every table.
 */
export function csvTables(tables: readonly VarianceTable[]): string {
  const columns = [...new Set(tables.flatMap((t) => t.columns.map(header)))];
  const lines = [["type", "acte", ...columns, "constats"]];
  for (const table of tables) {
    const at = new Map(table.columns.map((c, i) => [header(c), i]));
    for (const row of table.rows) {
      const findings = table.findings.filter((f) => f.act === row.id).map((f) => f.message);
      lines.push([
        table.type,
        row.id,
        ...columns.map((c) => {
          const i = at.get(c);
          return i === undefined ? "" : (row.cells[i] ?? "");
        }),
        findings.join(" | "),
      ]);
    }
  }
  return `\ufeff${lines.map((l) => l.map(csvCell).join(";")).join("\r\n")}\r\n`;
}

const csvCell = (text: string) => (/[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function jsonTables(tables: readonly VarianceTable[]): string {
  return `${JSON.stringify({ tables }, null, 2)}\n`;
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.2rem .4rem;vertical-align:top;text-align:left}
th{background:#f3f3f3;position:sticky;top:0}td.flag{background:#fff3bf}td.same{color:#666}
.wrap{overflow-x:auto}`;

/** The table section of one act type: common values, then the varying ones, flagged cells. */
export function htmlTable(table: VarianceTable): string {
  const { same, vary } = splitColumns(table);
  const flagged = new Map(table.findings.map((f) => [`${f.act}\u0000${f.column}`, f.message]));
  const head = vary.map((i) => `<th>${escapeHtml(header(table.columns[i] as Field))}</th>`);
  const body = table.rows.map((row) => {
    const cells = vary.map((i) => {
      const message = flagged.get(`${row.id}\u0000${table.columns[i]?.path}`);
      const text = escapeHtml(row.cells[i] ?? "");
      return message === undefined
        ? `<td>${text}</td>`
        : `<td class="flag" title="${escapeHtml(message)}">${text}</td>`;
    });
    return `<tr><th>${escapeHtml(row.id)}</th>${cells.join("")}</tr>`;
  });
  const common = same.map(
    (i) =>
      `<tr><th>${escapeHtml(header(table.columns[i] as Field))}</th><td class="same">${escapeHtml(table.rows[0]?.cells[i] ?? "")}</td></tr>`,
  );
  const findings = table.findings.map(
    (f) => `<li><strong>${escapeHtml(f.act)}</strong> ${escapeHtml(f.message)}</li>`,
  );
  return `<section id="ecarts-${escapeHtml(table.type)}">
<h2>${escapeHtml(table.type)} — ${plural(table.rows.length, "acte")}</h2>
<p>${escapeHtml(fixedTextLine(table))}</p>
<h3>Valeurs qui varient</h3>
<div class="wrap"><table><tr><th>acte</th>${head.join("")}</tr>
${body.join("\n")}</table></div>
<h3>Constats (${table.findings.length})</h3>
<ul>${findings.join("\n")}</ul>
<h3>Valeurs communes à tous les actes</h3>
<table>${common.join("\n")}</table>
</section>`;
}

export const ECARTS_STYLE = STYLE;

export function htmlTables(tables: readonly VarianceTable[], title: string): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${tables.map(htmlTable).join("\n")}
</body>
</html>
`;
}
