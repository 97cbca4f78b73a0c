// Amounts that contradict each other: digits and words, parts and their total, a share and its
// percentage. All sums in decimals (money.ts), never floats.
import { Decimal, roundToCent, sum } from "../../money/money.ts";
import type { Finding, LintInput, Rule } from "./finding.ts";
import { parseAmountWords } from "./number-words.ts";
import { euros, findAmounts } from "./parse.ts";

/** « 27 500,00 € (vingt-sept mille cinq cents euros) »: both must say the same. */
export const amountInWords: Rule = (input) => {
  const out: Finding[] = [];
  for (const [i, p] of input.paragraphs.entries()) {
    for (const amount of findAmounts(p.text)) {
      const after = /^\s*\(([^()]+)\)/u.exec(p.text.slice(amount.index + amount.text.length));
      const cents = after ? parseAmountWords(after[1] ?? "") : undefined;
      if (cents === undefined || new Decimal(cents).div(100).equals(amount.value)) continue;
      out.push({
        code: "MONTANT_EN_LETTRES",
        paragraph: i,
        offset: amount.index,
        message: `${amount.text} écrit en lettres « ${after?.[1]} », qui font ${euros(new Decimal(cents).div(100))}`,
        expected: euros(amount.value),
        found: euros(new Decimal(cents).div(100)),
      });
    }
  }
  return out;
};

const amountsOf = (input: LintInput, i: number) => findAmounts(input.paragraphs[i]?.text ?? "");

/**
 * A total and its parts: « coût total … de 30 000 € décliné comme suit : » followed by one
 * amount a paragraph; or a table's « Total » row after its rows, column by column.
 */
export const partsAndTotal: Rule = (input) => {
  const out: Finding[] = [];
  const check = (i: number, total: Decimal, parts: Decimal[], offset: number) => {
    if (parts.length < 2 || sum(parts).equals(total)) return;
    out.push({
      code: "SOMME_INCOHERENTE",
      paragraph: i,
      offset,
      message: `total de ${euros(total)} pour des parts qui font ${euros(sum(parts))}`,
      expected: euros(sum(parts)),
      found: euros(total),
    });
  };
  for (const [i, p] of input.paragraphs.entries()) {
    const amounts = amountsOf(input, i);
    const first = amounts[0];
    if (first === undefined) continue;
    if (/\btotal\b/iu.test(p.text) && /:\s*$/u.test(p.text) && amounts.length === 1) {
      const parts: Decimal[] = [];
      for (let j = i + 1; amountsOf(input, j).length > 0; j++)
        parts.push(amountsOf(input, j)[0]?.value ?? new Decimal(0));
      check(i, first.value, parts, first.index);
    }
    // Only rows of a table read as one (« a | b | c »): a wrapped text's table is not rows.
    const row = (j: number) => (input.paragraphs[j]?.text ?? "").includes(" | ");
    if (/^total\b/iu.test(p.text) && row(i)) {
      for (let column = 0; column < amounts.length; column++) {
        const parts: Decimal[] = [];
        for (
          let j = i - 1;
          j >= 0 &&
          row(j) &&
          !/\btotal\b/iu.test(input.paragraphs[j]?.text ?? "") &&
          amountsOf(input, j).length === amounts.length;
          j--
        ) {
          parts.push(amountsOf(input, j)[column]?.value ?? new Decimal(0));
        }
        const total = amounts[column];
        if (total) check(i, total.value, parts, total.index);
      }
    }
  }
  return out;
};

/** « (80 %) » right after an amount: the amount is that share of another. */
const SHARE = /^\s*\((\d{1,3}(?:,\d+)?)\s?%\)/u;

/**
 * « une avance de 22 000,00 € (80 %) »: 80 % of an amount of the act. The base is not named, so
 * any amount of the act will do; none does → the share is wrong, and the message says what it
 * would be of the nearest larger amount before it that is not itself a share.
 */
export const percentages: Rule = (input) => {
  const out: Finding[] = [];
  for (const act of input.acts) {
    const all: { paragraph: number; value: Decimal; share: boolean }[] = [];
    for (let i = act.start; i < act.end; i++) {
      const text = input.paragraphs[i]?.text ?? "";
      for (const a of amountsOf(input, i)) {
        const share = SHARE.test(text.slice(a.index + a.text.length));
        all.push({ paragraph: i, value: a.value, share });
      }
    }
    for (let i = act.start; i < act.end; i++) {
      const text = input.paragraphs[i]?.text ?? "";
      for (const share of findAmounts(text)) {
        const rest = text.slice(share.index + share.text.length);
        const m = SHARE.exec(rest);
        if (m === null) continue;
        const rate = new Decimal((m[1] ?? "0").replace(",", ".")).div(100);
        const of = (base: Decimal) => roundToCent(base.mul(rate));
        if (all.some((a) => of(a.value).equals(share.value))) continue;
        const base = all
          .filter((a) => a.paragraph <= i && !a.share && a.value.greaterThan(share.value))
          .at(-1);
        if (base === undefined) continue;
        out.push({
          code: "POURCENTAGE_FAUX",
          paragraph: i,
          offset: share.index,
          message: `${share.text} ne fait pas ${m[1]} % de ${euros(base.value)} ni d'aucun montant de l'acte`,
          expected: euros(of(base.value)),
          found: euros(share.value),
        });
      }
    }
  }
  return out;
};
