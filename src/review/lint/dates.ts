// Dates that contradict each other: a period ending before it starts, « N mois à compter du … »
// against a stated end, a bilan due before the end of the period it reports on, and the
// Commission Permanente of the act given two dates. Plain dates (src/calendar), never JS Date.
import { endOfDurationInMonths } from "../../calendar/arithmetic.ts";
import { compareDates, type PlainDate } from "../../calendar/plain-date.ts";
import { formatDateLong } from "../../format/fr/dates.ts";
import type { Finding, LintInput, Rule } from "./finding.ts";
import { parseNumberWords } from "./number-words.ts";
import { DATE_SOURCE, findDates } from "./parse.ts";

interface Period {
  readonly paragraph: number;
  readonly offset: number;
  readonly start: PlainDate;
  readonly end: PlainDate;
  readonly endOffset: number;
}

const PERIOD = new RegExp(
  String.raw`\b(?:du|de)\s+(${DATE_SOURCE})\s+(?:au|à|jusqu'au)\s+(${DATE_SOURCE})`,
  "giu",
);

function periods(input: LintInput, from = 0, to = input.paragraphs.length): Period[] {
  const out: Period[] = [];
  for (let i = from; i < to; i++) {
    for (const m of (input.paragraphs[i]?.text ?? "").matchAll(PERIOD)) {
      const [start] = findDates(m[1] ?? "");
      const [end] = findDates(m[2] ?? "");
      if (!start || !end) continue;
      const endOffset = m.index + m[0].length - (m[2] ?? "").length;
      out.push({ paragraph: i, offset: m.index, start: start.value, end: end.value, endOffset });
    }
  }
  return out;
}

const long = formatDateLong;

export const reversedPeriods: Rule = (input) =>
  periods(input)
    .filter((p) => compareDates(p.end, p.start) < 0)
    .map((p) => ({
      code: "DATE_FIN_AVANT_DEBUT",
      paragraph: p.paragraph,
      offset: p.offset,
      message: `la période finit le ${long(p.end)}, avant de commencer le ${long(p.start)}`,
    }));

const FROM = new RegExp(
  String.raw`\b(\d+|[a-zé-]+)(?:\s*\(\d+\))?\s+mois\s+à\s+compter\s+du\s+(${DATE_SOURCE})`,
  "giu",
);

/** « 12 mois à compter du 1er janvier 2023 » ends on 31 décembre 2023, not on any other day. */
export const durationAndEnd: Rule = (input) => {
  const out: Finding[] = [];
  for (const act of input.acts) {
    const stated = periods(input, act.start, act.end);
    for (let i = act.start; i < act.end; i++) {
      const text = input.paragraphs[i]?.text ?? "";
      for (const m of text.matchAll(FROM)) {
        const months = /^\d+$/u.test(m[1] ?? "") ? Number(m[1]) : parseNumberWords(m[1] ?? "");
        const [start] = findDates(m[2] ?? "");
        if (!months || !start) continue;
        const end = endOfDurationInMonths(start.value, months);
        const ends = [
          ...stated.filter((p) => compareDates(p.start, start.value) === 0),
          ...[...text.matchAll(new RegExp(String.raw`jusqu'au\s+(${DATE_SOURCE})`, "giu"))].flatMap(
            (j) =>
              findDates(j[1] ?? "").map((d) => ({
                paragraph: i,
                endOffset: j.index,
                end: d.value,
              })),
          ),
        ];
        for (const other of ends) {
          if (compareDates(other.end, end) === 0) continue;
          out.push({
            code: "DUREE_INCOHERENTE",
            paragraph: other.paragraph,
            offset: other.endOffset,
            message: `fin le ${long(other.end)}, mais ${months} mois à compter du ${long(start.value)} finissent le ${long(end)}`,
            expected: long(end),
            found: long(other.end),
          });
        }
      }
    }
  }
  return out;
};

const DUE = new RegExp(String.raw`(?:au plus tard le|avant le)\s+(${DATE_SOURCE})`, "giu");

/** A bilan due before the end of the period it reports on: the last period stated before it. */
export const bilanBeforeEnd: Rule = (input) => {
  const out: Finding[] = [];
  for (const act of input.acts) {
    const stated = periods(input, act.start, act.end);
    for (let i = act.start; i < act.end; i++) {
      const text = input.paragraphs[i]?.text ?? "";
      if (!/\bbilan/iu.test(text)) continue;
      for (const m of text.matchAll(DUE)) {
        const [due] = findDates(m[1] ?? "");
        const period = stated.filter((p) => p.paragraph <= i).at(-1);
        if (!due || !period || compareDates(due.value, period.end) >= 0) continue;
        out.push({
          code: "BILAN_AVANT_FIN",
          paragraph: i,
          offset: m.index,
          message: `bilan dû le ${long(due.value)}, avant la fin de la période qu'il couvre (${long(period.end)})`,
          expected: `une date après le ${long(period.end)}`,
          found: long(due.value),
        });
      }
    }
  }
  return out;
};

// The session that decides the act: « autorisé / habilité par délibération de la Commission
// Permanente [du conseil départemental …] en date du / du / réunie le D », « Vu : la
// délibération de la Commission Permanente … », and the deliberation's own « Réunion du D ».
// Other sessions (« le modèle validé par la délibération de la Commission Permanente du
// 27 septembre 2022 ») are other events.
const SESSION = new RegExp(
  String.raw`(?:(?:(?:autorisée?|habilitée?)\s+par\s+(?:la\s+)?|\bvu\s*:?\s+la\s+)délibération de la commission permanente\b[^.;]{0,70}?\s(?:en date du|du|réunie le)|^r[ée]union du)\s+(${DATE_SOURCE})`,
  "giu",
);

export const sessionDates: Rule = (input) => {
  const out: Finding[] = [];
  let first: { date: PlainDate; paragraph: number } | undefined;
  for (const [i, p] of input.paragraphs.entries()) {
    for (const m of p.text.matchAll(SESSION)) {
      const [date] = findDates(m[1] ?? "");
      if (!date) continue;
      if (first === undefined) first = { date: date.value, paragraph: i };
      else if (compareDates(first.date, date.value) !== 0) {
        out.push({
          code: "DATE_SEANCE_DIVERGENTE",
          paragraph: i,
          offset: m.index + m[0].length - (m[1] ?? "").length,
          message: `Commission Permanente du ${long(date.value)}, datée du ${long(first.date)} ${input.where(first.paragraph)}`,
          expected: long(first.date),
          found: long(date.value),
        });
      }
    }
  }
  return out;
};
