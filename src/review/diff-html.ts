// The comparison as one static HTML page: no script, no external resource (styles inline), a
// list of the acts to jump to, then each changed act's whole text with <del>/<ins> inline.

import type { ActDiff, Comparison } from "./diff-compare.ts";
import { moveNote, summaryLines } from "./diff-summary.ts";
import { escapeHtml } from "./html.ts";
import type { RedlineLine } from "./redline/model.ts";

const STATUS: Readonly<Record<ActDiff["status"], string>> = {
  added: "ajouté",
  removed: "supprimé",
  changed: "modifié",
  unchanged: "inchangé",
};

export const DIFF_STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
del{background:#fde2e2;color:#9b1c1c}ins{background:#dcf5e3;color:#14532d;text-decoration:underline}
.title,.heading{font-weight:bold}.title{font-size:1.2em}.moved{color:#555;font-style:italic}
p{margin:.2rem 0}p.ins{background:#f0fbf3}p.del{background:#fdf1f1}.summary p{margin:0}
nav li.unchanged{color:#777}`;

/** An act's anchor: ids hold « / », which a fragment may hold, but a plain one reads better. */
export const anchorOf = (id: string) => `acte-${id.replace(/[^\w-]/g, "-")}`;

/** Why: a reviewer without a terminal opens one file, offline, and can print it. */
export function htmlReport(comparison: Comparison): string {
  const title = `Comparaison ${comparison.old} → ${comparison.new}`;
  const nav = comparison.acts.map((a) => {
    const label = `${escapeHtml(a.id)} — ${STATUS[a.status]}`;
    const link = a.status === "changed" ? `<a href="#${anchorOf(a.id)}">${label}</a>` : label;
    return `<li class="${a.status}">${link}</li>`;
  });
  const acts = comparison.acts.filter((a) => a.status === "changed").map(actSection);
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${DIFF_STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<div class="summary">${summaryLines(comparison)
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join("\n")}</div>
<nav><h2>Actes</h2><ul>
${nav.join("\n")}
</ul></nav>
${acts.join("\n")}
</body>
</html>
`;
}

/** One changed act: its heading and its whole text with <del>/<ins> (the review page uses it too). */
export function actSection(act: ActDiff): string {
  const body = act.lines.flatMap(lineHtml).join("\n");
  return `<section id="${anchorOf(act.id)}">
<h2>${escapeHtml(`${act.id} — ${act.partner}`)}</h2>
${body}
</section>`;
}

function lineHtml(line: RedlineLine): string[] {
  if (line.move?.role === "from") {
    const note = escapeHtml(moveNote("from", line.move.other));
    return line.style === "heading" ? [`<p class="moved">${note}</p>`] : [];
  }
  const text = line.segments
    .map((s) => {
      const t = escapeHtml(s.text);
      return s.op === "equal" ? t : `<${s.op}>${t}</${s.op}>`;
    })
    .join("");
  const note =
    line.move && line.style === "heading"
      ? ` <span class="moved">${escapeHtml(moveNote("to", line.move.other))}</span>`
      : "";
  const classes = [line.style, line.change === "ins" || line.change === "del" ? line.change : ""];
  return [`<p class="${classes.join(" ").trim()}">${text === "" ? "<br>" : text}${note}</p>`];
}
