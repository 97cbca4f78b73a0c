// `actes revue`: one static page per session for the legal reviewer — every act with its
// status (ready to sign, or draft and what it still lacks), its amounts, links to its files in
// the out folder, what the lint finds in its text; the variance tables of its act types; and,
// with --depuis, the redline of each act changed since that version. No script, no external
// resource: the page opens offline, from the out folder, next to the files it links to.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { centAmounts } from "../compute/figures.ts";
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
  /** What the page shows of each act, as data (`actes revue --json`). */
  readonly acts: readonly ActReview[];
}

export interface ActReview {
  readonly id: string;
  readonly partner: string;
  readonly status: "final" | "draft";
  /** What a draft still lacks, by the labels its document shows. */
  readonly missing: readonly string[];
  /** Cent strings: "13750.00". */
  readonly amounts: { readonly total: string; readonly advance: string; readonly balance: string };
  /** The act's files present in the out folder, relative to it. */
  readonly files: Partial<Record<Format, string>>;
  /** The lint of its text: « CODE : message ». */
  readonly lint: readonly string[];
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
  const reviews = new Map<string, ActReview>();
  for (const a of assessed) reviews.set(a.act.id, await actReview(a, outDir));
  return computed.data.seances.map((seance) => {
    const session = seance.id;
    const file = join(outDir, session, "revue.html");
    const mine = assessed
      .filter((a) => a.act.seance.id === session)
      .flatMap((a) => reviews.get(a.act.id) ?? []);
    const changes = since?.acts.filter((a) => a.id.startsWith(`${session}/`)) ?? [];
    const title = `Revue — Commission Permanente du ${formatDateLong(seance.date)} (${session})`;
    const ready = mine.filter((a) => a.status === "final").length;
    const body = [
      `<h1>${escapeHtml(title)}</h1>`,
      `<p>${mine.length} actes : ${ready} prêts à signer, ${mine.length - ready} projets. Délibération n°${escapeHtml(seance.deliberation)}.</p>`,
      `<nav><a href="#actes">Actes</a> · <a href="#ecarts">Écarts entre actes</a>${since ? ` · <a href="#depuis">Changements depuis ${escapeHtml(since.old)}</a>` : ""}</nav>`,
      `<h2 id="actes">Actes</h2>`,
      actsTable(mine, session),
      `<h2 id="ecarts">Écarts entre actes</h2>`,
      ...tables(session).map(htmlTable),
      ...(since ? sinceSection(since, changes) : []),
    ];
    return { session, file, html: page(title, body.join("\n")), acts: mine };
  });
}

/** Why: the page and `--json` show the same facts, read once per act. */
async function actReview(a: Assessment, outDir: string): Promise<ActReview> {
  const { act } = a;
  const files: Partial<Record<Format, string>> = {};
  for (const format of FORMATS) {
    const path = actFile(act.id, !a.ready, format);
    if (existsSync(join(outDir, path))) files[format] = path;
  }
  return {
    id: act.id,
    partner: act.partenaire.sigle ?? act.partenaire.nom,
    status: a.ready ? "final" : "draft",
    missing: a.ready ? [] : missing(a),
    amounts: centAmounts(act.figures),
    files,
    lint: await lintFindings(a),
  };
}

function actsTable(acts: readonly ActReview[], session: string): string {
  const euros = (cents: string) => escapeHtml(formatEuros(new Decimal(cents)));
  const rows = acts.map((a) => {
    const lacks = a.missing;
    const status =
      a.status === "final"
        ? `<td class="final">prêt à signer</td>`
        : `<td class="draft"><details><summary>projet — ${lacks.length === 0 ? "document non construit" : `${lacks.length} valeur${lacks.length > 1 ? "s" : ""} à compléter`}</summary><ul>${lacks.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul></details></td>`;
    const files = FORMATS.map((format) => {
      const path = a.files[format];
      if (path === undefined) return `<span class="absent">${format.toUpperCase()}</span>`;
      // The page is in <out>/<séance>/: the act's files are below it.
      const href = path.slice(session.length + 1);
      return `<a href="${escapeHtml(encodeURI(href))}">${format.toUpperCase()}</a>`;
    });
    const lint =
      a.lint.length === 0
        ? "aucun constat"
        : `<ul>${a.lint.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`;
    return `<tr id="${anchorOf(a.id)}"><th>${escapeHtml(a.id.split("/").slice(1).join("/"))}</th><td>${escapeHtml(a.partner)}</td>${status}<td class="n">${euros(a.amounts.total)}</td><td class="n">${euros(a.amounts.advance)}</td><td class="n">${euros(a.amounts.balance)}</td><td>${files.join(" ")}</td><td>${lint}</td></tr>`;
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
