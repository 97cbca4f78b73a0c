// Two versions → the comparison every output of `actes diff` prints: acts matched by id, their
// status and amounts, and for each changed act the redline of its canonical text.
import { Decimal, sum } from "../money/money.ts";
import type { ActVersion, Amounts, Version } from "./diff-source.ts";
import type { LineStyle, RedlineLine } from "./redline/model.ts";
import { ARTICLE_HEADING, redlineText } from "./redline/sections.ts";

export type Status = "added" | "removed" | "changed" | "unchanged";

export interface ActDiff {
  readonly id: string;
  readonly type: string;
  readonly status: Status;
  readonly partner: string;
  readonly before?: Amounts;
  readonly after?: Amounts;
  /** The redline of a changed act; empty otherwise. */
  readonly lines: readonly RedlineLine[];
}

export interface Comparison {
  readonly old: string;
  readonly new: string;
  /** Every act of either version, by id. */
  readonly acts: readonly ActDiff[];
  /**
   * The sum of the acts' totals in each version, as cent strings; absent when two documents of
   * any origin are compared (`actes compare`), whose amounts are not known.
   */
  readonly totals?: { readonly before: string; readonly after: string };
}

/** Why: the one place that decides what changed; outputs only print it. */
export function compareVersions(old: Version, next: Version): Comparison {
  const ids = [...new Set([...old.acts.keys(), ...next.acts.keys()])].sort();
  const acts = ids.map((id) => actDiff(id, old.acts.get(id), next.acts.get(id)));
  return {
    old: old.label,
    new: next.label,
    acts,
    totals: { before: totalOf(old), after: totalOf(next) },
  };
}

function actDiff(id: string, before?: ActVersion, after?: ActVersion): ActDiff {
  const partner = (after ?? before)?.partner ?? "";
  const type = (after ?? before)?.type ?? "";
  const amounts = {
    ...(before ? { before: before.amounts } : {}),
    ...(after ? { after: after.amounts } : {}),
  };
  if (!before || !after)
    return { id, type, status: before ? "removed" : "added", partner, ...amounts, lines: [] };
  const same = before.text === after.text && sameAmounts(before.amounts, after.amounts);
  if (same) return { id, type, status: "unchanged", partner, ...amounts, lines: [] };
  const lines = redlineText(before.text, after.text, styleOf(after, before));
  return { id, type, status: "changed", partner, ...amounts, lines };
}

const sameAmounts = (a: Amounts, b: Amounts) =>
  a.total === b.total && a.advance === b.advance && a.balance === b.balance;

/** Why: a heading keeps its model style; text-only versions know an article by its wording. */
function styleOf(...versions: ActVersion[]): (line: string) => LineStyle {
  return (line) => {
    for (const v of versions) {
      const style = v.styles?.get(line);
      if (style) return style;
    }
    return ARTICLE_HEADING.test(line) ? "heading" : "normal";
  };
}

function totalOf(version: Version): string {
  return sum([...version.acts.values()].map((a) => new Decimal(a.amounts.total))).toFixed(2);
}

/** Counts by status, for the summary line. */
export function countByStatus(comparison: Comparison): Record<Status, number> {
  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const act of comparison.acts) counts[act.status]++;
  return counts;
}

/** Why: exit code 1 — whether the reviewer has anything to read. */
export function hasDifferences(comparison: Comparison): boolean {
  return comparison.acts.some((a) => a.status !== "unchanged");
}
