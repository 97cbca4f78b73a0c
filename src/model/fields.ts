// Field schemas: every scalar arrives as text (YAML failsafe) and is parsed here into its type,
// or reported with a code, what was expected and what was found. The only user of zod with model/.
// Each scalar also says how it looks to a person (a French name, an example: the README's
// table) and to an editor (a JSON Schema fragment: `actes schema`), so that neither can drift.
import { z } from "zod";
import { type PlainDate, parsePlainDate } from "../calendar/plain-date.ts";
import type { Code } from "../diagnostics/codes.ts";
import { type Decimal, MONEY_PATTERN, parseMoney } from "../money/money.ts";
import {
  BIC_PATTERN,
  compactSiret,
  isValidBic,
  isValidIban,
  isValidSiret,
  SIRET_WRITTEN,
  siretProblem,
} from "./checks/identifiers.ts";
import { GAP, GAP_TEXT, type Gap, isMisspeltGap, PLACEHOLDER_PATTERN } from "./gap.ts";

/** What zod carries in a custom issue's params, read back by issues.ts. */
export interface IssueParams {
  readonly code: Code;
  readonly message?: string;
  readonly expected?: string;
  readonly hint?: string;
  /** Why this value in particular is refused, after the message: « espaces mal placés ». */
  readonly detail?: string;
}

type JsonType = "string" | "number" | "integer";

/**
 * What an editor checks, as JSON Schema. Editors read YAML with its core schema, where 110 is
 * a number but 2022-553 is text: numeric kinds accept both. The engine reads every value as
 * text and stays the judge; a pattern here is the engine's own regex, or looser, never stricter.
 */
interface EditorView {
  readonly type: JsonType | readonly JsonType[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
}

interface ScalarSpec<T> {
  readonly code: Code;
  /** Short French description of the expected form, shown as « attendu : … ». */
  readonly expected: string;
  readonly parse: (text: string) => T | undefined;
  readonly hint?: string;
  /** A precise reason for a refused text, when there is one (see IssueParams.detail). */
  readonly detail?: (text: string) => string | undefined;
  /** The kind of value in French, as the README and editors name it: "montant". */
  readonly title: string;
  /** A value as written in data. */
  readonly example: string;
  readonly editor: EditorView;
}

/** A text field parsed by `spec`; the value "À COMPLÉTER" is rejected unless wrapped in orGap. */
function scalar<T>(spec: ScalarSpec<T>) {
  // On the text as written (not on the transform): JSON Schema describes the input side, and
  // zod drops the examples of a transform there.
  const written = z.string().meta({ title: spec.title, examples: [spec.example], ...spec.editor });
  return written.transform((text, ctx): T => {
    const value = spec.parse(text);
    if (value === undefined) {
      const detail = text === GAP_TEXT ? undefined : spec.detail?.(text);
      const params: IssueParams = {
        code: text === GAP_TEXT ? "VALEUR_INVALIDE" : spec.code,
        ...(text === GAP_TEXT ? { message: "cette valeur ne peut pas rester à compléter" } : {}),
        expected: spec.expected,
        ...(spec.hint === undefined ? {} : { hint: spec.hint }),
        ...(detail === undefined ? {} : { detail }),
      };
      ctx.addIssue({ code: "custom", input: text, params });
      return z.NEVER;
    }
    return value;
  });
}

/** Number fields: the engine's regex for text, the same bounds for a YAML number. */
const whole = (pattern: RegExp, minimum: number, maximum: number): EditorView => ({
  type: ["string", "integer"],
  pattern: pattern.source,
  minimum,
  maximum,
});

/** An id: lowercase ASCII words joined by hyphens ("ccas-arras"); a partner's file stem too. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const COUNT_PATTERN = /^[1-9][0-9]{0,5}$/;
const QUANTITY_PATTERN = /^(0|[1-9][0-9]{0,5})$/;
const PERCENT_PATTERN = /^(100|[1-9]?[0-9])$/;

/** Non-empty text that is not a mail-merge leftover ("XXXX", "N° X", "«Nom»"). */
export const text = (example = "Centre Communal d'Action Sociale d'Arras") =>
  scalar({
    code: "VALEUR_FICTIVE",
    expected: "un texte réel",
    parse: (t) =>
      t.trim() !== "" && !PLACEHOLDER_PATTERN.test(t) && !isMisspeltGap(t) ? t.trim() : undefined,
    title: "texte",
    example,
    // « rapport: 50 » is text to the engine, a number to an editor.
    editor: { type: ["string", "number"], minLength: 1 },
  });

export const money = (example = "13750.00") =>
  scalar<Decimal>({
    code: "MONTANT_INVALIDE",
    expected: "un montant en euros, point décimal, deux décimales au plus : 13750.00",
    parse: parseMoney,
    title: "montant",
    example,
    editor: { type: ["string", "number"], pattern: MONEY_PATTERN.source, minimum: 0 },
  });

export const count = (example = "55") =>
  scalar<number>({
    code: "NOMBRE_INVALIDE",
    expected: "un nombre entier positif : 55",
    parse: (t) => (COUNT_PATTERN.test(t) ? Number(t) : undefined),
    title: "nombre entier",
    example,
    editor: whole(COUNT_PATTERN, 1, 999_999),
  });

/** A number of people or things that may be none: « 0 animateur » (seed 003, annexe 7, Artois). */
export const quantity = (example = "0") =>
  scalar<number>({
    code: "NOMBRE_INVALIDE",
    expected: "un nombre entier, 0 ou plus : 0",
    parse: (t) => (QUANTITY_PATTERN.test(t) ? Number(t) : undefined),
    title: "nombre entier",
    example,
    editor: whole(QUANTITY_PATTERN, 0, 999_999),
  });

export const percent = (example = "80") =>
  scalar<number>({
    code: "TAUX_INVALIDE",
    expected: "un pourcentage entier de 0 à 100 : 80",
    parse: (t) => (PERCENT_PATTERN.test(t) ? Number(t) : undefined),
    title: "pourcentage",
    example,
    editor: whole(PERCENT_PATTERN, 0, 100),
  });

export const date = (example = "2022-12-01") =>
  scalar<PlainDate>({
    code: "DATE_INVALIDE",
    expected: "une date réelle AAAA-MM-JJ : 2022-12-01",
    parse: parsePlainDate,
    title: "date",
    example,
    // The shape only: whether the day exists is the engine's to say.
    editor: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
  });

export const identifier = (example = "ccas-arras") =>
  scalar<string>({
    code: "IDENTIFIANT_INVALIDE",
    expected: "un identifiant en minuscules : ccas-arras",
    parse: (t) => (ID_PATTERN.test(t) ? t : undefined),
    title: "identifiant",
    example,
    editor: { type: "string", pattern: ID_PATTERN.source },
  });

/** Kept as its 14 digits, whichever way it was written; grouped again when printed. */
export const siret = () =>
  scalar<string>({
    code: "SIRET_INVALIDE",
    expected: "14 chiffres avec une clé de Luhn valide",
    parse: (t) => {
      const digits = compactSiret(t);
      return digits !== undefined && isValidSiret(digits) ? digits : undefined;
    },
    detail: siretProblem,
    hint: "Recopiez le SIRET depuis l'avis de situation SIRENE : 14 chiffres d'un seul tenant (26620007200004) ou groupés comme sur l'avis (266 200 072 00004).",
    title: "SIRET",
    example: "266 200 072 00004",
    // A SIRET in one piece is a number to an editor.
    editor: { type: ["string", "integer"], pattern: SIRET_WRITTEN.source },
  });

export const iban = () =>
  scalar<string>({
    code: "IBAN_INVALIDE",
    expected: "un IBAN dont la clé modulo 97 est juste : FR76 3007 6023 …",
    parse: (t) => (isValidIban(t) ? t.replace(/ /g, "").replace(/(.{4})(?!$)/g, "$1 ") : undefined),
    title: "IBAN",
    example: "FR76 3007 6023 5211 2646 0020 085",
    // The shape only (the engine accepts spaces anywhere): letters, digits, spaces.
    editor: { type: "string", pattern: "^[A-Z0-9 ]+$" },
  });

export const bic = () =>
  scalar<string>({
    code: "BIC_INVALIDE",
    expected: "8 ou 11 caractères : NORDFRPP",
    parse: (t) => (isValidBic(t) ? t : undefined),
    title: "BIC",
    example: "NORDFRPP",
    editor: { type: "string", pattern: BIC_PATTERN.source },
  });

/** A value of `schema`, or "À COMPLÉTER" (→ GAP) when the seeds do not give it. */
export function orGap<T extends z.ZodType>(schema: T) {
  return z.union([z.literal(GAP_TEXT).transform((): Gap => GAP), schema]);
}

/** A closed set of French words, e.g. civilité "M." | "Mme". */
export function oneOf<const V extends readonly [string, ...string[]]>(values: V) {
  return z.enum(values);
}
