// The redline as a Word document with real tracked changes (w:ins / w:del, author « actes », one
// fixed date): accepting every revision gives the new version's text, rejecting every one the
// old version's. Built on the engine's Word skeleton and run XML (src/render/docx), so it looks
// like the acts it compares; each paragraph is a paragraph of the canonical text, styled as its
// block in the document model (title, article heading).
import { DRAFT_MARK, DRAFT_WATERMARK } from "../../document/model.ts";
import { LOGO_MARK } from "../../render/docx/logo-xml.ts";
import { loadSkeleton, skeletonZip } from "../../render/docx/skeleton.ts";
import { escapeXml, runXml } from "../../render/docx/xml.ts";
import { fillSkeleton } from "../../render/docx.ts";
import { inVersion, type LineStyle, type RedlineLine, sideText } from "./model.ts";

export const REVISION_AUTHOR = "actes";
/** One date for every revision, so that two runs give the same bytes (the zip's own date). */
export const REVISION_DATE = "1980-01-01T00:00:00Z";

const STYLES: Readonly<Record<LineStyle, string | undefined>> = {
  normal: undefined,
  title: "Title",
  heading: "Heading1",
  subheading: "Heading2",
};

export interface RedlineDocx {
  /** « avenant-ag/ccas-arras » */
  readonly id: string;
  /** The two versions' labels, for the page header. */
  readonly old: string;
  readonly new: string;
  readonly lines: readonly RedlineLine[];
}

/** Why: one DOCX per changed act, for reviewers who work in Word (Review > Accept/Reject). */
export function renderRedlineDocx(redline: RedlineDocx): Buffer {
  const skeleton = loadSkeleton();
  const zip = skeletonZip({
    ...skeleton,
    // As in src/render/docx.ts: no logo, and the (unused, not a draft) watermark filled.
    "word/header1.xml": skeleton["word/header1.xml"]
      .replace('string="{watermark}"', `string="${escapeXml(DRAFT_WATERMARK)}"`)
      .replace(LOGO_MARK, ""),
  });
  const ids = { next: 1 };
  const body = wordLines(redline.lines)
    .map((line) => paragraph(line, ids))
    .join("");
  return fillSkeleton(zip, {
    title: `Comparaison — ${redline.id}`,
    subject: `${redline.old} → ${redline.new}`,
    letterhead: [`Comparaison : ${redline.old} → ${redline.new}`, redline.id],
    draft: false,
    draftMark: DRAFT_MARK,
    body,
  });
}

/**
 * Why: Word's revisions cannot say « moved and edited » in a way accept/reject resolves to each
 * version, so a moved article is deleted at its old place and inserted whole at its new one.
 */
function wordLines(lines: readonly RedlineLine[]): RedlineLine[] {
  return lines.flatMap((line): RedlineLine[] => {
    if (line.move?.role !== "to") return [line];
    if (!inVersion(line, "new")) return [];
    const text = sideText(line.segments, "new");
    return [{ ...line, change: "ins", segments: text === "" ? [] : [{ op: "ins", text }] }];
  });
}

function paragraph(line: RedlineLine, ids: { next: number }): string {
  const mark = (kind: "ins" | "del") =>
    `<w:${kind} w:id="${ids.next++}" w:author="${REVISION_AUTHOR}" w:date="${REVISION_DATE}"/>`;
  const style = STYLES[line.style];
  // The paragraph mark of a paragraph only in one version is itself a revision: accepting a
  // deleted paragraph, or rejecting an inserted one, removes the paragraph, not just its words.
  const pPr = [
    style === undefined ? "" : `<w:pStyle w:val="${style}"/>`,
    line.change === "ins" || line.change === "del" ? `<w:rPr>${mark(line.change)}</w:rPr>` : "",
  ].join("");
  const runs = line.segments.map((s) => {
    const run = runXml({ text: s.text });
    if (s.op === "equal") return run;
    const open = mark(s.op).replace("/>", ">");
    const inner = s.op === "del" ? run.replace(/<(\/?)w:t\b/g, "<$1w:delText") : run;
    return `${open}${inner}</w:${s.op}>`;
  });
  return `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}${runs.join("")}</w:p>`;
}
