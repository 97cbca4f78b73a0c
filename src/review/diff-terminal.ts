// The comparison for a terminal: the summary, then each changed act's changed paragraphs with
// their line number in the new version. Colour on a TTY; elsewhere `[-old-]{+new+}`, which
// survives a pipe, a log or an e-mail.
import type { Comparison } from "./diff-compare.ts";
import { moveNote, summaryLines } from "./diff-summary.ts";
import { inVersion, type RedlineLine, type Segment } from "./redline/model.ts";

const ANSI = {
  del: "\x1b[31;9m",
  ins: "\x1b[32;4m",
  head: "\x1b[1m",
  reset: "\x1b[0m",
} as const;

/** Why: the default output of `actes diff`; `color` only when stdout is a terminal. */
export function terminalReport(comparison: Comparison, color: boolean): string {
  const out = [`Comparaison : ${comparison.old} → ${comparison.new}`, ...summaryLines(comparison)];
  for (const act of comparison.acts) {
    if (act.status === "unchanged") continue;
    const title = `${act.id} — ${act.partner}`;
    out.push("", color ? `${ANSI.head}${title}${ANSI.reset}` : title);
    if (act.status !== "changed") {
      out.push(act.status === "added" ? "  acte ajouté" : "  acte supprimé");
      continue;
    }
    out.push(...changedLines(act.lines, color));
  }
  return `${out.join("\n")}\n`;
}

/** Changed paragraphs only, numbered as in the new text (an old-only one: « l. 12 avant »). */
function changedLines(lines: readonly RedlineLine[], color: boolean): string[] {
  const out: string[] = [];
  let oldNo = 0;
  let newNo = 0;
  for (const line of lines) {
    if (inVersion(line, "old")) oldNo++;
    if (inVersion(line, "new")) newNo++;
    if (line.move?.role === "from") {
      // A moved article is read at its new place; its old place is only named.
      if (line.style === "heading")
        out.push(`  l. ${oldNo} avant  ${moveNote("from", line.move.other)}`);
      continue;
    }
    const note =
      line.move && line.style === "heading" ? `  ${moveNote("to", line.move.other)}` : "";
    if (line.change === "equal" && note === "") continue;
    const where = inVersion(line, "new") ? `l. ${newNo}` : `l. ${oldNo} avant`;
    out.push(`  ${where}  ${segmentsText(line.segments, color)}${note}`);
  }
  return out;
}

function segmentsText(segments: readonly Segment[], color: boolean): string {
  return segments
    .map((s) => {
      if (s.op === "equal") return s.text;
      if (color) return `${ANSI[s.op]}${s.text}${ANSI.reset}`;
      return s.op === "del" ? `[-${s.text}-]` : `{+${s.text}+}`;
    })
    .join("");
}
