// The summary of a comparison in French, line by line: shared by the terminal and the HTML page.
import { formatEuros } from "../format/fr/amount.ts";
import { Decimal } from "../money/money.ts";
import { type ActDiff, type Comparison, countByStatus } from "./diff-compare.ts";
import type { Amounts } from "./diff-source.ts";

const euros = (cents: string) => formatEuros(new Decimal(cents));
/** French agreement of a past participle with its count (0 and 1 are singular). */
const agreed = (n: number, word: string) => `${n} ${word}${n > 1 ? "s" : ""}`;

const LABELS: Readonly<Record<keyof Amounts, string>> = {
  total: "total",
  advance: "avance",
  balance: "solde",
};

/** Example: ["Actes : 1 modifié, 0 ajouté, 0 supprimé, 32 inchangés (33 au total)", …]. */
export function summaryLines(comparison: Comparison): string[] {
  const { totals } = comparison;
  if (totals === undefined) return documentSummary(comparison);
  const c = countByStatus(comparison);
  const lines = [
    `Actes : ${agreed(c.changed, "modifié")}, ${agreed(c.added, "ajouté")}, ${agreed(c.removed, "supprimé")}, ${agreed(c.unchanged, "inchangé")} (${comparison.acts.length} au total)`,
    `Total des actes : ${euros(totals.before)} → ${euros(totals.after)}`,
  ];
  const moved = comparison.acts.flatMap(amountLine);
  if (moved.length > 0) lines.push("Montants :", ...moved.map((l) => `  ${l}`));
  return lines;
}

/** Two documents of any origin (`actes compare`): what changed in their words, by paragraph. */
function documentSummary(comparison: Comparison): string[] {
  const lines = comparison.acts.flatMap((a) => a.lines);
  const count = (change: string) => lines.filter((l) => l.change === change).length;
  if (lines.every((l) => l.change === "equal")) {
    return ["Mêmes mots, dans le même ordre (la mise en page n'est pas comparée)"];
  }
  return [
    `Paragraphes : ${agreed(count("edit"), "modifié")}, ${agreed(count("ins"), "ajouté")}, ${agreed(count("del"), "supprimé")} (la mise en page n'est pas comparée)`,
  ];
}

/** One line per act whose amounts are not the same in both versions. */
function amountLine(act: ActDiff): string[] {
  if (act.status === "added" && act.after) {
    return [`${act.id} (ajouté) : total ${euros(act.after.total)}`];
  }
  if (act.status === "removed" && act.before) {
    return [`${act.id} (supprimé) : total ${euros(act.before.total)}`];
  }
  const { before, after } = act;
  if (!before || !after) return [];
  const changes = (Object.keys(LABELS) as (keyof Amounts)[])
    .filter((k) => before[k] !== after[k])
    .map((k) => `${LABELS[k]} ${euros(before[k])} → ${euros(after[k])}`);
  return changes.length === 0 ? [] : [`${act.id} : ${changes.join(", ")}`];
}

/** The place of a moved article, in words: « déplacé, était « Article 3 : Durée » ». */
export function moveNote(role: "from" | "to", other: string): string {
  return role === "from"
    ? `(article déplacé plus loin : « ${other} »)`
    : `déplacé, était « ${other} »`;
}
