// The rules, in one list, run on the paragraphs of one document.
import { type Origin, originAt, type Paragraph } from "../extract/paragraph.ts";
import { splitActs } from "./acts.ts";
import { amountInWords, partsAndTotal, percentages } from "./amounts.ts";
import { annexReferences, articleNumbering } from "./articles.ts";
import { bilanBeforeEnd, durationAndEnd, reversedPeriods, sessionDates } from "./dates.ts";
import { durations } from "./durations.ts";
import type { Finding, Rule } from "./finding.ts";
import { personNames, signatories } from "./persons.ts";
import { placeholders } from "./placeholders.ts";

export const RULES: readonly Rule[] = [
  placeholders,
  articleNumbering,
  annexReferences,
  amountInWords,
  partsAndTotal,
  percentages,
  reversedPeriods,
  durationAndEnd,
  bilanBeforeEnd,
  sessionDates,
  personNames,
  signatories,
  durations,
];

/** « ligne 6 », « page 2 », « paragraphe 3 ». */
export function describeOrigin(origin: Origin): string {
  if ("line" in origin) return `ligne ${origin.line}`;
  if ("page" in origin) return `page ${origin.page}`;
  return `paragraphe ${origin.paragraph}`;
}

/** Every finding of every rule on one document, with the origin of each. */
export function lintParagraphs(
  paragraphs: readonly Paragraph[],
  final: boolean,
): (Finding & { origin: Origin })[] {
  const where = (i: number, offset = 0) => {
    const p = paragraphs[i];
    return p ? describeOrigin(originAt(p, offset)) : "";
  };
  const input = { paragraphs, acts: splitActs(paragraphs), final, where };
  return RULES.flatMap((rule) => rule(input)).map((f) => {
    const p = paragraphs[f.paragraph];
    return { ...f, origin: p ? originAt(p, f.offset) : { line: 0 } };
  });
}
