// A reader of French numbers and amounts in words, for the round-trip tests of
// src/format/fr/words.ts. It shares no table or code with the implementation: a shared table
// would let a wrong word agree with itself. It accepts only the traditional spelling of the
// acts and rejects the near misses (« quatre-vingt » or « deux cent » ending a number,
// « un mille », « cents mille », « un millions »), so that a round trip checks the spelling,
// not just the value.

/** A spelling the acts must never contain. */
export class SpellingError extends Error {
  override name = "SpellingError";
}

function fail(message: string): never {
  throw new SpellingError(message);
}

/**
 * Where a group of at most three digits stands, which decides the plural of vingt and cent:
 * at the end of the number or before million(s)/milliard(s), which are nouns
 * (« quatre-vingts », « deux cents millions »), or before « mille », an invariable adjective
 * that keeps them singular (« quatre-vingt mille », « deux cent mille »).
 */
type Position = "end" | "beforeMille";

const ONE_TO_SIXTEEN = new Map<string, number>(
  [
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
  ].map((word, i) => [word, i + 1]),
);

const TENS = new Map<string, number>([
  ["vingt", 20],
  ["trente", 30],
  ["quarante", 40],
  ["cinquante", 50],
  ["soixante", 60],
]);

/** 1–19 from the parts of a hyphenated word: ["seize"] → 16, ["dix", "sept"] → 17. */
function oneToNineteen(parts: readonly string[]): number | undefined {
  const [first, second] = parts;
  if (first === undefined) return undefined;
  if (parts.length === 1) return ONE_TO_SIXTEEN.get(first);
  if (parts.length === 2 && first === "dix" && second !== undefined) {
    const unit = ONE_TO_SIXTEEN.get(second);
    if (unit !== undefined && unit >= 7 && unit <= 9) return 10 + unit;
  }
  return undefined;
}

/** 1–99 written as one word, hyphens included: « quatre-vingt-dix-sept » → 97. */
function hyphenatedWord(word: string, position: Position): number {
  const parts = word.split("-");
  const [first, second] = parts;
  if (first === undefined || parts.includes("")) fail(`stray hyphen in « ${word} »`);
  if (first === "quatre" && (second === "vingt" || second === "vingts")) {
    if (parts.length === 2) {
      // « quatre-vingts » ends a number; before « mille » it stays « quatre-vingt ».
      if (second === (position === "end" ? "vingts" : "vingt")) return 80;
      fail(
        `« ${word} » where ${position === "end" ? "« quatre-vingts »" : "« quatre-vingt »"} is due`,
      );
    }
    if (second === "vingts") fail(`« ${word} »: vingt takes no s when followed by a number`);
    const rest = oneToNineteen(parts.slice(2));
    if (rest === undefined) fail(`« ${word} »: not 81–99`);
    return 80 + rest; // « quatre-vingt-un » and « quatre-vingt-onze » take no « et »
  }
  const tens = TENS.get(first);
  if (tens !== undefined) {
    if (parts.length === 1) return tens;
    const rest = oneToNineteen(parts.slice(1));
    // 21, 31… 61 and 71 take « et » (« vingt et un », « soixante et onze »), never a hyphen.
    const allowed =
      rest !== undefined && (tens === 60 ? rest >= 2 && rest !== 11 : rest >= 2 && rest <= 9);
    if (!allowed) fail(`« ${word} » is not a French number`);
    return tens + rest;
  }
  const small = oneToNineteen(parts);
  if (small === undefined) fail(`« ${word} » is not a French number`);
  return small;
}

/** 1–99 as tokens: one hyphenated word, or « vingt et un » … « soixante et onze ». */
function belowHundred(tokens: readonly string[], position: Position): number {
  const [first, second, third] = tokens;
  if (tokens.length === 1 && first !== undefined) return hyphenatedWord(first, position);
  if (tokens.length === 3 && first !== undefined && second === "et") {
    const tens = TENS.get(first);
    if (tens !== undefined && third === "un") return tens + 1;
    if (tens === 60 && third === "onze") return 71;
  }
  return fail(`« ${tokens.join(" ")} » is not a French number below one hundred`);
}

/** 1–999: « cent », « deux cents », « deux cent un », « neuf cent quatre-vingt-dix-neuf ». */
function belowThousand(tokens: readonly string[], position: Position): number {
  if (tokens.length === 0) fail("a multiplier is missing before a scale word");
  const text = tokens.join(" ");
  const centAt = tokens.findIndex((t) => t === "cent" || t === "cents");
  let hundreds = 0;
  let rest = tokens;
  if (centAt === 0) {
    if (tokens[0] === "cents") fail(`« ${text} »: a lone « cent » takes no s`);
    hundreds = 1;
    rest = tokens.slice(1);
  } else if (centAt === 1) {
    const multiplier = ONE_TO_SIXTEEN.get(tokens[0] ?? "");
    if (multiplier === undefined || multiplier < 2 || multiplier > 9) {
      fail(`« ${text} »: « cent » must follow deux … neuf, or stand alone`);
    }
    hundreds = multiplier;
    rest = tokens.slice(2);
    // « deux cents » ends a number or precedes million(s)/milliard(s); else « deux cent ».
    const plural = rest.length === 0 && position === "end";
    if ((tokens[1] === "cents") !== plural) {
      fail(`« ${text} »: « cent${plural ? "s" : ""} » is due ${plural ? "here" : "before more"}`);
    }
  } else if (centAt > 1) {
    fail(`« ${text} »: « cent » misplaced`);
  }
  return hundreds * 100 + (rest.length === 0 ? 0 : belowHundred(rest, position));
}

const SCALES = new Map<string, { value: bigint; plural: boolean }>([
  ["milliard", { value: 1_000_000_000n, plural: false }],
  ["milliards", { value: 1_000_000_000n, plural: true }],
  ["million", { value: 1_000_000n, plural: false }],
  ["millions", { value: 1_000_000n, plural: true }],
]);

/**
 * An integer written in French words, traditional spelling: « soixante et onze » → 71n,
 * « deux cent mille » → 200000n, « un million » → 1000000n. Throws SpellingError for anything
 * else, a misspelt number included (« quatre-vingt », « deux cent », « un mille »).
 */
export function parseFrenchInteger(text: string): bigint {
  if (text === "zéro") return 0n;
  const tokens = text.split(" ");
  if (tokens.includes("")) fail(`« ${text} »: empty word (stray or double space)`);
  let total = 0n;
  let lastScale = 10n ** 15n; // scales must come in decreasing order, each at most once
  let group: string[] = [];
  const addGroup = (count: bigint, scale: bigint) => {
    if (scale >= lastScale) fail(`« ${text} »: scale words out of order`);
    lastScale = scale;
    total += count * scale;
    group = [];
  };
  for (const token of tokens) {
    const scale = SCALES.get(token);
    if (scale !== undefined) {
      // million and milliard are nouns: « un million », « deux millions », never « million » alone.
      const count = belowThousand(group, "end");
      if (scale.plural !== count > 1) fail(`« ${text} »: « ${token} » after ${count}`);
      addGroup(BigInt(count), scale.value);
    } else if (token === "mille") {
      // « mille » alone is 1000; « un mille » is wrong; « mille » never takes an s.
      const count = group.length === 0 ? 1 : belowThousand(group, "beforeMille");
      if (group.length > 0 && count === 1) fail(`« ${text} »: « un mille »`);
      addGroup(BigInt(count), 1000n);
    } else {
      group.push(token);
    }
  }
  if (group.length > 0) addGroup(BigInt(belowThousand(group, "end")), 1n);
  return total;
}

const EURO_NOUNS = new Set(["euro", "euros", "d'euros", "d\u2019euros"]);
const SCALE_WORDS = new Set(["million", "millions", "milliard", "milliards"]);

/**
 * An amount in words → cents: « un million d'euros et un centime » → 100000001n.
 * Accepts « zéro euro », « un euro », « … euros », « … d'euros » (after million(s) or
 * milliard(s) only, with either apostrophe) optionally followed by « et … centime(s) », or
 * « … centime(s) » alone for less than one euro. Throws SpellingError for anything else.
 */
export function parseFrenchAmount(text: string): bigint {
  const tokens = text.split(" ");
  const nounAt = tokens.findIndex((t) => EURO_NOUNS.has(t));
  let euros = 0n;
  let centTokens = tokens;
  if (nounAt !== -1) {
    const euroTokens = tokens.slice(0, nounAt);
    euros = parseFrenchInteger(euroTokens.join(" "));
    const noun = tokens[nounAt] ?? "";
    const expected =
      euros <= 1n ? "euro" : SCALE_WORDS.has(euroTokens.at(-1) ?? "") ? "d'euros" : "euros";
    if (noun.replace("\u2019", "'") !== expected) fail(`« ${text} »: « ${expected} » is due`);
    const after = tokens.slice(nounAt + 1);
    if (after.length === 0) return euros * 100n;
    if (after[0] !== "et") fail(`« ${text} »: « et » is due after the euros`);
    if (euros === 0n) fail(`« ${text} »: less than one euro is said in centimes alone`);
    centTokens = after.slice(1);
  }
  const unit = centTokens.at(-1);
  if (unit !== "centime" && unit !== "centimes") fail(`« ${text} »: no euro nor centime`);
  const cents = parseFrenchInteger(centTokens.slice(0, -1).join(" "));
  if (cents < 1n || cents > 99n) fail(`« ${text} »: ${cents} centimes`);
  if ((unit === "centimes") !== cents > 1n) fail(`« ${text} »: « ${unit} » after ${cents}`);
  return euros * 100n + cents;
}
