// One cell → the text operations.yaml holds for its column (« 13750.00 », « 2022-12-01 »,
// « 55 »), or what was expected. The spreadsheet's ways are read: amounts as numbers or as text
// « 13 750,00 € » (spaces, no-break spaces, decimal comma), dates as date cells, Excel serial
// numbers or « 01/12/2022 », percentages as « 80 », « 80 % » or a cell formatted 0 %, codes with
// leading zeros kept (« 07001 », also from a number cell formatted 00000).
import { addDays } from "../calendar/arithmetic.ts";
import {
  formatIso,
  isValidDate,
  MAX_YEAR,
  MIN_YEAR,
  type PlainDate,
} from "../calendar/plain-date.ts";
import type { Code } from "../diagnostics/codes.ts";
import { GAP_TEXT } from "../model/gap.ts";
import { Decimal, MONEY_PATTERN, toCentString } from "../money/money.ts";
import type { RawValue } from "./grid.ts";
import { plainWords } from "./words.ts";

export type Kind = "text" | "count" | "money" | "percent" | "date";

export type CellResult =
  | { readonly value: string }
  | {
      readonly code: Code;
      readonly expected: string;
      readonly found: string;
      readonly hint: string;
    };

const EXPECTED: Record<Kind, { code: Code; expected: string; hint: string }> = {
  text: { code: "TYPE_INVALIDE", expected: "un texte", hint: "Écrivez un texte dans la cellule." },
  count: {
    code: "NOMBRE_INVALIDE",
    expected: "un nombre entier positif : 55",
    hint: "Écrivez un nombre entier dans la cellule : 55.",
  },
  money: {
    code: "MONTANT_INVALIDE",
    expected: "un montant en euros, deux décimales au plus : 13 750,00 € ou 13750.00",
    hint: "Écrivez un nombre, ou un montant comme 13 750,00 €, au centime près.",
  },
  percent: {
    code: "TAUX_INVALIDE",
    expected: "un pourcentage entier de 0 à 100 : 80 ou 80 %",
    hint: "Écrivez un pourcentage entier : 80.",
  },
  date: {
    code: "DATE_INVALIDE",
    expected: "une date réelle : 01/12/2022, 2022-12-01 ou une cellule date",
    hint: "Écrivez une date qui existe, jj/mm/aaaa, ou mettez la cellule au format date.",
  },
};

/** Spaces a spreadsheet puts in numbers: space, no-break space, narrow no-break space, thin space. */
const SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * Why: the one place where a cell becomes data. `gap`: the column accepts « À COMPLÉTER »
 * (written in any case, with or without accents).
 * @example cellText({ kind: "text", text: "13 750,00 €" }, "money") // { value: "13750.00" }
 */
export function cellText(raw: RawValue, kind: Kind, gap = false): CellResult {
  const found = describe(raw);
  const fail = (): CellResult => ({ ...EXPECTED[kind], found });
  if (raw.kind === "empty") return fail();
  if (gap && raw.kind === "text" && plainWords(raw.text) === "a completer")
    return { value: GAP_TEXT };
  const value = PARSERS[kind](raw);
  return value === undefined ? fail() : { value };
}

const PARSERS: Record<Kind, (raw: RawValue) => string | undefined> = {
  text: (raw) => {
    if (raw.kind === "text") return raw.text.trim();
    if (raw.kind === "number") return padded(raw.number, raw.numFmt);
    return undefined;
  },
  count: (raw) => {
    const text =
      raw.kind === "number"
        ? String(raw.number)
        : raw.kind === "text"
          ? raw.text.replace(SPACES, "")
          : "";
    return /^[1-9][0-9]*$/.test(text) ? text : undefined;
  },
  money: (raw) => {
    if (raw.kind === "number") return cents(String(raw.number), true);
    if (raw.kind !== "text") return undefined;
    let text = raw.text.replace(SPACES, "").replace(/(€|EUR|euros?)$/i, "");
    if (text.includes(",")) text = text.replace(/\.(?=[0-9]{3}(\.|,))/g, "").replace(",", ".");
    return cents(text, false);
  },
  percent: (raw) => {
    const n =
      raw.kind === "number"
        ? raw.numFmt?.includes("%")
          ? Math.round(raw.number * 1e6) / 1e4
          : raw.number
        : raw.kind === "text" && /^[0-9]{1,3}%?$/.test(raw.text.replace(SPACES, ""))
          ? Number.parseInt(raw.text.replace(SPACES, ""), 10)
          : Number.NaN;
    return Number.isInteger(n) && n >= 0 && n <= 100 ? String(n) : undefined;
  },
  date: (raw) => {
    const date =
      raw.kind === "date"
        ? raw.date
        : raw.kind === "number"
          ? fromSerial(raw.number)
          : raw.kind === "text"
            ? fromText(raw.text.trim())
            : undefined;
    return date &&
      date.year >= MIN_YEAR &&
      date.year <= MAX_YEAR &&
      isValidDate(date.year, date.month, date.day)
      ? formatIso(date)
      : undefined;
  },
};

/**
 * « 13750 » → « 13750.00 ». A number cell may carry the float noise of a formula
 * (0.1 + 0.2 = 0.30000000000000004): within a millionth of a cent it is that cent; a real third
 * decimal is refused, never rounded away.
 */
function cents(text: string, fromNumber: boolean): string | undefined {
  const pattern = fromNumber ? /^[0-9]+(\.[0-9]+)?(e[+-]?[0-9]+)?$/ : /^[0-9]+(\.[0-9]+)?$/;
  if (!pattern.test(text)) return undefined;
  const amount = new Decimal(text);
  const rounded = amount.toDecimalPlaces(2);
  const noise = fromNumber && amount.minus(rounded).abs().lessThan("0.00000001");
  if (!rounded.equals(amount) && !noise) return undefined;
  const out = toCentString(rounded);
  return MONEY_PATTERN.test(out) ? out : undefined;
}

/** A code in a number cell: « 7001 » formatted « 00000 » is « 07001 ». */
function padded(n: number, numFmt: string | undefined): string {
  const zeros = numFmt && /^0+$/.test(numFmt) ? numFmt.length : 0;
  return Number.isInteger(n) ? String(n).padStart(zeros, "0") : String(n);
}

/**
 * An Excel serial day (1900 system): 1 is 1900-01-01, and Excel counts a 29 February 1900 that
 * never was (serial 60), so from 61 on, day 0 is 1899-12-30. A time of day is dropped.
 */
export function fromSerial(serial: number): PlainDate | undefined {
  const day = Math.floor(serial);
  if (day < 1 || day === 60) return undefined;
  return addDays({ year: 1899, month: 12, day: day < 60 ? 31 : 30 }, day);
}

/** « 01/12/2022 », « 1/12/2022 », « 2022-12-01 », or a serial written as text. */
function fromText(text: string): PlainDate | undefined {
  const fr = /^([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})$/.exec(text);
  if (fr) return { year: Number(fr[3]), month: Number(fr[2]), day: Number(fr[1]) };
  const iso = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  return /^[0-9]{5}$/.test(text) ? fromSerial(Number(text)) : undefined;
}

/** A cell as « trouvé : … » shows it. */
export function describe(raw: RawValue): string {
  switch (raw.kind) {
    case "empty":
      return "une cellule vide";
    case "text":
      return `« ${raw.text} »`;
    case "number":
      return `le nombre ${String(raw.number).replace(".", ",")}`;
    case "date":
      return `la date ${formatIso(raw.date)}`;
  }
}
