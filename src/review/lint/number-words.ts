// French numbers in words to integers, to check an amount in words against its digits. It is
// lenient on spelling (traditional and 1990 hyphens, « cent »/« cents », « vingt »/« vingts »):
// the spelling is the writer's business (src/format/fr/words.ts), the value is the lint's.
// « vingt-sept mille cinq cents » → 27500; « un million deux cent mille » → 1200000.

const VALUES = new Map<string, number>([
  ["zéro", 0],
  ["un", 1],
  ["une", 1],
  ["deux", 2],
  ["trois", 3],
  ["quatre", 4],
  ["cinq", 5],
  ["six", 6],
  ["sept", 7],
  ["huit", 8],
  ["neuf", 9],
  ["dix", 10],
  ["onze", 11],
  ["douze", 12],
  ["treize", 13],
  ["quatorze", 14],
  ["quinze", 15],
  ["seize", 16],
  ["vingt", 20],
  ["vingts", 20],
  ["trente", 30],
  ["quarante", 40],
  ["cinquante", 50],
  ["soixante", 60],
]);
const SCALES = new Map<string, number>([
  ["mille", 1_000],
  ["million", 1_000_000],
  ["millions", 1_000_000],
  ["milliard", 1_000_000_000],
  ["milliards", 1_000_000_000],
]);

/** The integer the words say, or undefined when a word is not a number word. */
export function parseNumberWords(text: string): number | undefined {
  const tokens = text
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter((t) => t !== "" && t !== "et");
  if (tokens.length === 0) return undefined;
  let total = 0;
  let group = 0; // the part below one thousand being read
  let previous: string | undefined;
  for (const token of tokens) {
    const value = VALUES.get(token);
    const scale = SCALES.get(token);
    if (value === 20 && previous === "quatre")
      group += 80 - 4; // « quatre-vingt(s) »
    else if (value !== undefined) group += value;
    else if (token === "cent" || token === "cents") group = (group === 0 ? 1 : group) * 100;
    else if (scale !== undefined) {
      total += (group === 0 ? 1 : group) * scale;
      group = 0;
    } else return undefined;
    previous = token;
  }
  return total + group;
}

/**
 * An amount in words, in cents: « cinq cent mille euros » → 50000000,
 * « un million d'euros et un centime » → 100000001. Undefined when it is not one.
 */
export function parseAmountWords(text: string): number | undefined {
  const t = text.toLowerCase().replace(/[’']/gu, "'").trim();
  const match = /^(.*?)\s*(?:d'euros|euros?)(?:\s+et\s+(.*?)\s*centimes?)?$/u.exec(t);
  if (match === null) return undefined;
  const euros = parseNumberWords(match[1] ?? "");
  const cents = match[2] === undefined ? 0 : parseNumberWords(match[2]);
  if (euros === undefined || cents === undefined) return undefined;
  return euros * 100 + cents;
}
