// The redline of one act: its canonical text's paragraphs (lines), each marked as kept,
// inserted, deleted or edited word by word. Every output (terminal, HTML, DOCX, JSON) renders
// this one structure, so they cannot disagree on what changed.

export type Op = "equal" | "ins" | "del";

/** A stretch of text that is in both versions, only in the new one, or only in the old one. */
export interface Segment {
  readonly op: Op;
  readonly text: string;
}

/** Paragraph style carried from the document model (a heading stays a heading in the DOCX). */
export type LineStyle = "normal" | "title" | "heading" | "subheading";

/** Where an article that moved is, seen from its other position (its heading there). */
export interface Move {
  /** "from": the old place (all deleted); "to": the new place (redlined against the old). */
  readonly role: "from" | "to";
  readonly other: string;
}

export interface RedlineLine {
  /** "edit": the paragraph is in both versions and its words changed. */
  readonly change: "equal" | "ins" | "del" | "edit";
  readonly segments: readonly Segment[];
  readonly style: LineStyle;
  readonly move?: Move;
}

/** The text a line has in one version: NEW keeps ins, OLD keeps del. */
export function sideText(segments: readonly Segment[], side: "old" | "new"): string {
  const dropped: Op = side === "new" ? "del" : "ins";
  return segments
    .filter((s) => s.op !== dropped)
    .map((s) => s.text)
    .join("");
}

/**
 * The canonical text of one version, rebuilt from the redline (what the round trip checks).
 * A moved article is in OLD at its old place only, in NEW at its new place only.
 */
export function inVersion(line: RedlineLine, side: "old" | "new"): boolean {
  if (side === "old") return line.change !== "ins" && line.move?.role !== "to";
  return line.change !== "del";
}

export function versionText(lines: readonly RedlineLine[], side: "old" | "new"): string {
  const kept = lines.filter((l) => inVersion(l, side)).map((l) => sideText(l.segments, side));
  return `${kept.join("\n")}\n`;
}
