// `actes revue`: one static page per session for the legal reviewer — every act with its
// status (ready to sign, or draft and what it still lacks), its amounts, links to its files in
// the out folder, what the lint finds in its text; the variance tables of its act types; and,
// with --depuis, the redline of each act changed since that version. No script, no external
// resource: the page opens offline, from the out folder, next to the files it links to.
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { formatDateLong } from "../format/fr/dates.ts";
import { formatEuros } from "../format/fr/index.ts";
import { Decimal, sum } from "../money/money.ts";
import type { Assessment, Computed } from "../pipeline.ts";
import { renderFormats } from "../render/formats.ts";
import { actFile, type Format } from "../write/manifest.ts";
import type { Comparison } from "./diff-compare.ts";
import { actSection, anchorOf, DIFF_STYLE } from "./diff-html.ts";
import { summaryLines } from "./diff-summary.ts";
import { ECARTS_STYLE, htmlTable } from "./ecarts/outputs.ts";
import type { VarianceTable } from "./ecarts/variance.ts";
import { extractTxt } from "./extract/txt.ts";
import { escapeHtml } from "./html.ts";
import { lintParagraphs } from "./lint/lint.ts";

export { REVUE_HELP } from "./help.ts";

const FORMATS: readonly Format[] = ["docx", "pdf", "txt"];

export interface SessionPage {
  readonly session: string;
  /** Where the page goes: <out>/<séance>/revue.html. */
  readonly file: string;
  readonly html: string;
}

/**
 * Why one page per session: a Commission Permanente is what a reviewer signs off. `since` is
 * the comparison with an earlier version (--depuis), for every act; only this session's show.
 */
export async function sessionPages(
  computed: Computed,
  assessed: readonly Assessment[],
  tables: (session: string) => readonly VarianceTable[],
  outDir: string,
  since?: Comparison,
): Promise<SessionPage[]> {
  const findings = new Map<string, string[]>();
  for (const a of assessed) findings.set(a.act.id, await lintFindings(a));
  return computed.data.seances.map((seance) => {
    const session = seance.id;
    const file = join(outDir, session, "revue.html");
    const mine = assessed.filter((a) => a.act.seance.id === session);
    const changes = since?.acts.filter((a) => a.id.startsWith(`${session}/`)) ?? [];
    const title = `Revue — Commission Permanente du ${formatDateLong(seance.date)} (${session})`;
    const ready = mine.filter((a) => a.ready).length;
    const body = [
      `<h1>${escapeHtml(title)}</h1>`,
      `<p>${mine.length} actes : ${ready} prêts à signer, ${mine.length - ready} projets. Délibération n°${escapeHtml(seance.deliberation)}.</p>`,
      `<nav><a href="#actes">Actes</a> · <a href="#ecarts">Écarts entre actes</a>${since ? ` · <a href="#depuis">Changements depuis ${escapeHtml(since.old)}</a>` : ""}</nav>`,
      `<h2 id="actes">Actes</h2>`,
      actsTable(mine, outDir, session, findings),
      `<h2 id="ecarts">Écarts entre actes</h2>`,
      ...tables(session).map(htmlTable),
      ...(since ? sinceSection(since, changes) : []),
    ];
    return { session, file, html: page(title, body.join("\n")) };
  });
}

function actsTable(
  assessed: readonly Assessment[],
  outDir: string,
  session: string,
  lint: ReadonlyMap<string, readonly string[]>,
): string {
  const rows = assessed.map((a) => {
    const { act } = a;
    const f = act.figures;
    const lacks = missing(a);
    const status = a.ready
      ? `<td class="final">prêt à signer</td>`
      : `<td class="draft"><details><summary>projet — ${lacks.length === 0 ? "document non construit" : `${lacks.length} valeur${lacks.length > 1 ? "s" : ""} à compléter`}</summary><ul>${lacks.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul></details></td>`;
    const files = FORMATS.map((format) => {
      const path = actFile(act.id, !a.ready, format);
      if (!existsSync(join(outDir, path)))
        return `<span class="absent">${format.toUpperCase()}</span>`;
      const href = relative(join(outDir, session), join(outDir, path)).split("\\").join("/");
      return `<a href="${escapeHtml(encodeURI(href))}">${format.toUpperCase()}</a>`;
    });
    const findings = lint.get(act.id) ?? [];
    return `<tr id="${anchorOf(act.id)}"><th>${escapeHtml(act.id.split("/").slice(1).join("/"))}</th><td>${escapeHtml(act.partenaire.sigle ?? act.partenaire.nom)}</td>${status}<td class="n">${escapeHtml(formatEuros(f.total))}</td><td class="n">${escapeHtml(formatEuros(f.advance))}</td><td class="n">${escapeHtml(formatEuros(f.balance))}</td><td>${files.join(" ")}</td><td>${findings.length === 0 ? "aucun constat" : `<ul>${findings.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`}</td></tr>`;
  });
  return `<div class="wrap"><table class="acts"><tr><th>acte</th><th>partenaire</th><th>statut</th><th>total</th><th>avance</th><th>solde</th><th>fichiers</th><th>lint</th></tr>
${rows.join("\n")}
</table></div>`;
}

/** What a draft lacks, by the labels its document shows (one apostrophe for all). */
function missing(a: Assessment): string[] {
  const labels = [...a.documentGaps, ...a.failure.map((d) => d.message)];
  return [...new Set(labels.map((l) => l.replace(/’/g, "'")))];
}

/**
 * The lint on the act's canonical text (rendered as generate renders it: an act that states its
 * page count needs its PDF laid out), as a draft or as final by its status.
 */
async function lintFindings(a: Assessment): Promise<string[]> {
  if (!a.doc) return [];
  const { txt } = await renderFormats(a.doc, ["txt"]);
  const { paragraphs } = extractTxt(new TextDecoder().decode(txt));
  return lintParagraphs(paragraphs, a.ready).map((f) => `${f.code} : ${f.message}`);
}

function sinceSection(since: Comparison, changes: Comparison["acts"]): string[] {
  const changed = changes.filter((a) => a.status === "changed");
  const others = changes.filter((a) => a.status === "added" || a.status === "removed");
  return [
    `<h2 id="depuis">Changements depuis ${escapeHtml(since.old)}</h2>`,
    `<div class="summary">${summaryLines({ ...since, acts: changes, totals: totalsOf(changes) })
      .map((l) => `<p>${escapeHtml(l)}</p>`)
      .join("\n")}</div>`,
    ...others.map(
      (a) =>
        `<p>${escapeHtml(a.id)} : ${a.status === "added" ? "acte ajouté" : "acte supprimé"}</p>`,
    ),
    ...(changed.length === 0 ? ["<p>Aucun acte de la séance n'a changé.</p>"] : []),
    ...changed.map(actSection),
  ];
}

/** The session's totals before and after: the sum of its acts' totals in each version. */
function totalsOf(acts: Comparison["acts"]): NonNullable<Comparison["totals"]> {
  const total = (side: "before" | "after") =>
    sum(acts.map((a) => new Decimal(a[side]?.total ?? "0"))).toFixed(2);
  return { before: total("before"), after: total("after") };
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${DIFF_STYLE}
${ECARTS_STYLE}
body{max-width:none}td.final{color:#14532d}td.draft{color:#8a4b00}td.n{text-align:right;white-space:nowrap}
.absent{color:#999;text-decoration:line-through}table.acts ul{margin:0;padding-left:1rem}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
