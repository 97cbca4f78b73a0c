// Field schemas: every scalar arrives as text (YAML failsafe) and is parsed here into its type,
// or reported with a code, what was expected and what was found. The only user of zod with model/.
import { z } from "zod";
import { type PlainDate, parsePlainDate } from "../calendar/plain-date.ts";
import type { Code } from "../diagnostics/codes.ts";
import { type Decimal, parseMoney } from "../money/money.ts";
import { isValidBic, isValidIban, isValidSiret } from "./checks/identifiers.ts";
import { GAP, GAP_TEXT, type Gap, isMisspeltGap, PLACEHOLDER_PATTERN } from "./gap.ts";

/** What zod carries in a custom issue's params, read back by issues.ts. */
export interface IssueParams {
  readonly code: Code;
  readonly message?: string;
  readonly expected?: string;
  readonly hint?: string;
}

interface ScalarSpec<T> {
  readonly code: Code;
  /** Short French description of the expected form, shown as « attendu : … ». */
  readonly expected: string;
  readonly parse: (text: string) => T | undefined;
  readonly hint?: string;
}

/** A text field parsed by `spec`; the value "À COMPLÉTER" is rejected unless wrapped in orGap. */
function scalar<T>(spec: ScalarSpec<T>) {
  return z.string().transform((text, ctx): T => {
    const value = spec.parse(text);
    if (value === undefined) {
      const params: IssueParams = {
        code: text === GAP_TEXT ? "VALEUR_INVALIDE" : spec.code,
        ...(text === GAP_TEXT ? { message: "cette valeur ne peut pas rester à compléter" } : {}),
        expected: spec.expected,
        ...(spec.hint === undefined ? {} : { hint: spec.hint }),
      };
      ctx.addIssue({ code: "custom", input: text, params });
      return z.NEVER;
    }
    return value;
  });
}

/** An id: lowercase ASCII words joined by hyphens ("ccas-arras"); a partner's file stem too. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Non-empty text that is not a mail-merge leftover ("XXXX", "N° X", "«Nom»"). */
export const text = () =>
  scalar({
    code: "VALEUR_FICTIVE",
    expected: "un texte réel",
    parse: (t) =>
      t.trim() !== "" && !PLACEHOLDER_PATTERN.test(t) && !isMisspeltGap(t) ? t.trim() : undefined,
  });

export const money = () =>
  scalar<Decimal>({
    code: "MONTANT_INVALIDE",
    expected: "un montant en euros, point décimal, deux décimales au plus : 13750.00",
    parse: parseMoney,
  });

export const count = () =>
  scalar<number>({
    code: "NOMBRE_INVALIDE",
    expected: "un nombre entier positif : 55",
    parse: (t) => (/^[1-9][0-9]{0,5}$/.test(t) ? Number(t) : undefined),
  });

export const percent = () =>
  scalar<number>({
    code: "TAUX_INVALIDE",
    expected: "un pourcentage entier de 0 à 100 : 80",
    parse: (t) => (/^(100|[1-9]?[0-9])$/.test(t) ? Number(t) : undefined),
  });

export const date = () =>
  scalar<PlainDate>({
    code: "DATE_INVALIDE",
    expected: "une date réelle AAAA-MM-JJ : 2022-12-01",
    parse: parsePlainDate,
  });

export const identifier = () =>
  scalar<string>({
    code: "IDENTIFIANT_INVALIDE",
    expected: "un identifiant en minuscules : ccas-arras",
    parse: (t) => (ID_PATTERN.test(t) ? t : undefined),
  });

export const siret = () =>
  scalar<string>({
    code: "SIRET_INVALIDE",
    expected: "14 chiffres avec une clé de Luhn valide",
    parse: (t) => (isValidSiret(t) ? t : undefined),
  });

export const iban = () =>
  scalar<string>({
    code: "IBAN_INVALIDE",
    expected: "un IBAN dont la clé modulo 97 est juste : FR76 3007 6023 …",
    parse: (t) => (isValidIban(t) ? t.replace(/ /g, "").replace(/(.{4})(?!$)/g, "$1 ") : undefined),
  });

export const bic = () =>
  scalar<string>({
    code: "BIC_INVALIDE",
    expected: "8 ou 11 caractères : NORDFRPP",
    parse: (t) => (isValidBic(t) ? t : undefined),
  });

/** A value of `schema`, or "À COMPLÉTER" (→ GAP) when the seeds do not give it. */
export function orGap<T extends z.ZodType>(schema: T) {
  return z.union([z.literal(GAP_TEXT).transform((): Gap => GAP), schema]);
}

/** A closed set of French words, e.g. civilité "M." | "Mme". */
export function oneOf<const V extends readonly [string, ...string[]]>(values: V) {
  return z.enum(values);
}
