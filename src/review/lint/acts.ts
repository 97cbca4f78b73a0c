// A file may hold several acts: a deliberation with its conventions and avenants in annexe (the
// seeds). Rules that compare parts of an act (parties and signatories, dates, durations) must
// not compare two acts. An act starts at its preamble, « Entre … » (or « … conclue entre : »);
// a second « Entre » before the act's first « Vu », article or « Il est convenu » is the same
// preamble going on.
import type { Paragraph } from "../extract/paragraph.ts";
import type { Span } from "./finding.ts";

// Case matters: « entre le conseiller et le demandeur » may start a line of a wrapped text.
export const PREAMBLE =
  /^(?:Entre\b|ENTRE\b|Cet avenant est conclu entre|La présente convention est conclue entre|LA PRESENTE CONVENTION EST CONCLUE ENTRE)/u;
const BODY = /^(?:vu\b|article\s|il (?:est|a été) convenu)/iu;

/** The spans of the acts; what comes before the first preamble is an act of its own. */
export function splitActs(paragraphs: readonly Paragraph[]): Span[] {
  const starts = [0];
  let inPreamble = false;
  for (const [i, p] of paragraphs.entries()) {
    if (PREAMBLE.test(p.text)) {
      if (!inPreamble && i > 0) starts.push(i);
      inPreamble = true;
    } else if (BODY.test(p.text)) inPreamble = false;
  }
  return starts.map((start, k) => ({ start, end: starts[k + 1] ?? paragraphs.length }));
}
