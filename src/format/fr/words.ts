// Integers in French words, traditional spelling (not the 1990 all-hyphens reform):
// hyphens only between tens and units below 100, « et » in 21…71, « quatre-vingts » and
// « deux cents » plural only when they end the number or precede million/milliard (nouns),
// « mille » invariable. Acts write some amounts in words, which must agree with the figures:
// « cent quatre-vingt-dix-huit mille euros », « un million d'euros et un centime ».
import { type Decimal, roundToCent } from "../../money/money.ts";
import { APOSTROPHE } from "./typography.ts";

const UNITS: readonly string[] = [
  ..."zéro un deux trois quatre cinq six sept huit neuf".split(" "),
  ..."dix onze douze treize quatorze quinze seize".split(" "),
];
// From twenty: TENS[0] is « vingt » (below twenty the units say it all).
const TENS: readonly string[] = ["vingt", "trente", "quarante", "cinquante", "soixante"];
const MAX = 999_999_999_999n;

function unitWord(n: number): string {
  const word = UNITS[n];
  // Stryker disable next-line all: callers pass 0–16 only; the guard keeps a wrong call loud
  if (word === undefined) throw new RangeError(`no unit word for ${n}`);
  return word;
}

/** 1–19: what follows « quatre-vingt- », « vingt et », « trente- »… */
function belowTwenty(n: number): string {
  return n <= 16 ? unitWord(n) : `dix-${unitWord(n - 10)}`;
}

/** 0–99; `final` says whether nothing follows (then 80 → "quatre-vingts"). */
function belowHundred(n: number, final: boolean): string {
  if (n < 20) return belowTwenty(n);
  if (n >= 80) {
    const rest = n - 80;
    if (rest === 0) return final ? "quatre-vingts" : "quatre-vingt";
    return `quatre-vingt-${belowTwenty(rest)}`;
  }
  // 70–79 is « soixante-dix… »: soixante and a rest of 10–19.
  const tensIndex = n >= 70 ? 6 : Math.floor(n / 10);
  // Stryker disable next-line StringLiteral: tensIndex is 2–6 here, always in TENS
  const tens = TENS[tensIndex - 2] ?? "";
  const rest = n - tensIndex * 10;
  if (rest === 0) return tens;
  if (rest === 1 || rest === 11) return `${tens} et ${belowTwenty(rest)}`;
  return `${tens}-${belowTwenty(rest)}`;
}

/** 1–999; `final` false before « mille » (« deux cent mille », « quatre-vingt mille »). */
function belowThousand(n: number, final: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return belowHundred(rest, final);
  const cent = hundreds === 1 ? "cent" : `${unitWord(hundreds)} cent`;
  if (rest !== 0) return `${cent} ${belowHundred(rest, final)}`;
  return hundreds > 1 && final ? `${cent}s` : cent;
}

/** « un million », « deux millions », « quatre-vingts millions » (million is a noun). */
function scale(n: number, noun: string): string {
  return `${belowThousand(n, true)} ${noun}${n > 1 ? "s" : ""}`;
}

/**
 * An integer from 0 to 999 999 999 999 in words: 71 → "soixante et onze",
 * 198000 → "cent quatre-vingt-dix-huit mille", 2000000 → "deux millions".
 * Out of range or not an integer is a bug of the caller: RangeError.
 */
export function integerInWords(n: bigint | number): string {
  if (typeof n === "number" && !Number.isSafeInteger(n)) {
    throw new RangeError(`not a safe integer: ${n}`);
  }
  const value = BigInt(n);
  if (value < 0n || value > MAX) throw new RangeError(`out of range for words: ${value}`);
  if (value === 0n) return "zéro";
  const milliards = Number(value / 1_000_000_000n);
  const millions = Number((value / 1_000_000n) % 1000n);
  const thousands = Number((value / 1000n) % 1000n);
  const rest = Number(value % 1000n);
  const parts: string[] = [];
  if (milliards > 0) parts.push(scale(milliards, "milliard"));
  if (millions > 0) parts.push(scale(millions, "million"));
  if (thousands > 0) {
    parts.push(thousands === 1 ? "mille" : `${belowThousand(thousands, false)} mille`);
  }
  if (rest > 0) parts.push(belowThousand(rest, true));
  return parts.join(" ");
}

/** « d'euros » after a number ending in million(s)/milliard(s) (nouns), else « euros ». */
function euroNoun(euros: bigint, words: string): string {
  if (euros <= 1n) return "euro"; // « zéro euro », « un euro »
  return /(million|milliard)s?$/.test(words) ? `d${APOSTROPHE}euros` : "euros";
}

/**
 * An amount in words, rounded half up to the cent first:
 * 1 → "un euro", 0.01 → "un centime", 1000000 → "un million d'euros",
 * 13750.5 → "treize mille sept cent cinquante euros et cinquante centimes".
 * A negative amount or one beyond 999 999 999 999,99 € is a bug: RangeError.
 */
export function amountInWords(d: Decimal): string {
  const rounded = roundToCent(d);
  if (rounded.isNegative() && !rounded.isZero()) {
    throw new RangeError(`no words for a negative amount: ${rounded.toFixed(2)}`);
  }
  const totalCents = BigInt(rounded.abs().times(100).toFixed(0));
  const euros = totalCents / 100n;
  const cents = totalCents % 100n;
  const centPart = cents === 0n ? "" : `${integerInWords(cents)} centime${cents > 1n ? "s" : ""}`;
  if (euros === 0n && centPart !== "") return centPart;
  const words = integerInWords(euros);
  const euroPart = `${words} ${euroNoun(euros, words)}`;
  return centPart === "" ? euroPart : `${euroPart} et ${centPart}`;
}
