// Paragraph alignment: jsdiff matches identical paragraphs (lines of the canonical text); in
// each hunk between them, similar paragraphs are paired and redlined word by word.
import { diffArrays } from "diff";
import type { LineStyle, RedlineLine } from "./model.ts";
import { pairInOrder, type Step } from "./pairing.ts";
import { diffWords, similarity } from "./words.ts";

export type StyleOf = (line: string) => LineStyle;

/** Why: the redline of two runs of paragraphs, in reading order. */
export function alignLines(
  oldLines: readonly string[],
  newLines: readonly string[],
  styleOf: StyleOf,
): RedlineLine[] {
  const out: RedlineLine[] = [];
  let removed: string[] = [];
  const flush = (added: readonly string[]) => {
    for (const step of pairInOrder(removed, added, similarity)) out.push(lineOf(step, styleOf));
    removed = [];
  };
  for (const change of diffArrays([...oldLines], [...newLines])) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) flush(change.value);
    else {
      flush([]);
      for (const text of change.value) {
        out.push({ change: "equal", segments: seg("equal", text), style: styleOf(text) });
      }
    }
  }
  flush([]);
  return out;
}

function lineOf(step: Step<string>, styleOf: StyleOf): RedlineLine {
  if (step.old !== undefined && step.new !== undefined) {
    const segments = diffWords(step.old, step.new);
    const change = segments.every((s) => s.op === "equal") ? "equal" : "edit";
    return { change, segments, style: styleOf(step.new) };
  }
  if (step.old !== undefined) {
    return { change: "del", segments: seg("del", step.old), style: styleOf(step.old) };
  }
  const text = step.new ?? "";
  return { change: "ins", segments: seg("ins", text), style: styleOf(text) };
}

/** An empty paragraph has no segment: an empty run would only clutter the DOCX. */
const seg = (op: "equal" | "ins" | "del", text: string) => (text === "" ? [] : [{ op, text }]);
