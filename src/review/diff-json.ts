// The comparison as data (`--json`): everything the other outputs show, for a script or a CI.
import { type Comparison, countByStatus } from "./diff-compare.ts";

/** Why: stable keys and order (acts by id), two-space JSON with a final newline. */
export function jsonReport(comparison: Comparison): string {
  const report = {
    old: comparison.old,
    new: comparison.new,
    summary: { ...countByStatus(comparison), totals: comparison.totals ?? null },
    acts: comparison.acts.map((a) => ({
      id: a.id,
      type: a.type,
      status: a.status,
      partner: a.partner,
      amounts: { before: a.before ?? null, after: a.after ?? null },
      ...(a.status === "changed" ? { redline: a.lines } : {}),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
