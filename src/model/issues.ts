// zod issues → diagnostics with file:line:column, field path, expected and found, in French.
import type { z } from "zod";
import { CODES, type Code } from "../diagnostics/codes.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { closest } from "../diagnostics/suggest.ts";
import type { ParsedFile } from "../load/parse-yaml.ts";
import { formatPath, type TreePath } from "../load/tree.ts";
import type { IssueParams } from "./fields.ts";
import { knownKeys, knownValues, misspeltKeys, valueAt } from "./misspelt-keys.ts";

type Issue = z.core.$ZodIssue;

const KIND_FR: Record<string, string> = {
  string: "un texte",
  object: "des champs (clé: valeur)",
  array: "une liste (lignes « - … »)",
};

/** Describes a raw YAML value for « trouvé : … ». */
export function describeFound(input: unknown): string {
  if (input === undefined) return "rien";
  if (typeof input === "string") return input === "" ? "une valeur vide" : `« ${input} »`;
  if (Array.isArray(input)) return input.length === 0 ? "une liste vide" : "une liste";
  if (typeof input === "object") return "des champs (clé: valeur)";
  return String(input);
}

/** All diagnostics for the issues of one file's validation against `schema`. */
export function issuesToDiagnostics(
  issues: readonly Issue[],
  parsed: ParsedFile,
  schema: z.ZodType,
): Diagnostic[] {
  return issues.flatMap((issue) => convert(issue, [], parsed, schema));
}

function convert(
  issue: Issue,
  prefix: TreePath,
  parsed: ParsedFile,
  schema: z.ZodType,
): Diagnostic[] {
  const path: TreePath = [...prefix, ...(issue.path as (string | number)[])];
  const make = (code: Code, where: TreePath, extra: Partial<Diagnostic>, key = false) => {
    const span = parsed.locate(where, key);
    return {
      code,
      severity: "error" as const,
      file: parsed.file,
      ...(span ?? {}),
      field: formatPath(where),
      message: CODES[code].title,
      ...extra,
    } satisfies Diagnostic;
  };
  const field = String(path[path.length - 1] ?? "");
  const missing = (): Diagnostic => {
    // A key written with a typo next to it: say so here too, where the key is missing.
    const parent = path.slice(0, -1);
    const typo = [...misspeltKeys(schema, parsed.tree, parent)].find(([, k]) => k === field)?.[0];
    const line = typo && parsed.locate([...parent, typo], true)?.start.line;
    return make("CHAMP_MANQUANT", path, {
      message: `champ obligatoire « ${field} » absent${typo ? ` — « ${typo} »${line ? ` (ligne ${line})` : ""} est-il ce champ mal orthographié ?` : ""}`,
      ...(typo ? { hint: `Renommez « ${typo} » en « ${field} ».` } : {}),
    });
  };
  switch (issue.code) {
    case "unrecognized_keys": {
      const misspelt = misspeltKeys(schema, parsed.tree, path);
      const allowed = `un des champs ${knownKeys(schema, path).join(", ")}`;
      return issue.keys.map((k) => {
        const near = misspelt.get(k);
        return make(
          "CHAMP_INCONNU",
          [...path, k],
          {
            message: `champ inconnu « ${k} »${near ? ` — voulez-vous dire « ${near} » ?` : ""}`,
            expected: allowed,
            found: k,
            ...(near ? { hint: `Renommez « ${k} » en « ${near} ».` } : {}),
          },
          true,
        );
      });
    }
    case "invalid_union": {
      // A declared act whose type is unknown (actes.yaml): no branch was tried.
      if ("discriminator" in issue && issue.errors.length === 0) {
        const key = String(issue.discriminator);
        // zod puts the discriminator at the end of the issue's path: the entry is before it.
        const entry = path.at(-1) === key ? path.slice(0, -1) : path;
        const options = knownValues(schema, entry, key);
        const found = valueAt(parsed.tree, [...entry, key]);
        const near = typeof found === "string" ? closest(found, options) : undefined;
        return [
          make(found === undefined ? "CHAMP_MANQUANT" : "VALEUR_INVALIDE", [...entry, key], {
            message:
              found === undefined
                ? `champ obligatoire « ${key} » absent`
                : `type d'acte inconnu « ${String(found)} »${near ? ` — voulez-vous dire « ${near} » ?` : ""}`,
            expected: options.join(", "),
            ...(found === undefined ? {} : { found: describeFound(found) }),
          }),
        ];
      }
      // orGap(x) = union(["À COMPLÉTER", x]): report what is wrong against x.
      const branch = issue.errors[issue.errors.length - 1] ?? [];
      return branch.flatMap((sub) => convert(sub, path, parsed, schema));
    }
    case "invalid_type": {
      if (!("input" in issue) || issue.input === undefined) return [missing()];
      return [
        make("TYPE_INVALIDE", path, {
          expected: KIND_FR[issue.expected] ?? issue.expected,
          found: describeFound(issue.input),
        }),
      ];
    }
    case "invalid_key":
      // Only the budget tables have keys with a form of their own (codes opération).
      return [
        make(
          "IDENTIFIANT_INVALIDE",
          path,
          {
            message: `code opération invalide « ${field} »`,
            expected: "un code opération : C02-566A05",
            found: `« ${field} »`,
          },
          true,
        ),
      ];
    case "invalid_value":
      // A missing key whose model is a list of words (civilité): missing, not a wrong word.
      if (issue.input === undefined) return [missing()];
      return [
        make("VALEUR_INVALIDE", path, {
          message: `valeur non permise pour « ${field} »`,
          expected: issue.values.map((v) => String(v)).join(", "),
          found: describeFound(issue.input),
        }),
      ];
    case "too_small":
      // A list the model wants filled (« actes: [] », « allocations: [] »).
      if (issue.origin === "array") {
        return [
          make("VALEUR_INVALIDE", path, {
            message: `liste vide pour « ${field} »`,
            expected: `au moins ${issue.minimum} élément${Number(issue.minimum) > 1 ? "s" : ""} (lignes « - … »)`,
            found: describeFound(issue.input),
            hint: "Ajoutez les éléments de la liste, ou supprimez le champ (le fichier, pour actes.yaml) s'il n'y en a aucun.",
          }),
        ];
      }
      return [
        make("VALEUR_INVALIDE", path, {
          message: `valeur invalide pour « ${field} »`,
          found: describeFound(issue.input),
        }),
      ];
    case "custom": {
      const params = issue.params as IssueParams | undefined;
      const code = params?.code ?? "VALEUR_INVALIDE";
      return [
        make(code, path, {
          message: `${params?.message ?? CODES[code].title} pour « ${field} »${params?.detail ? ` : ${params.detail}` : ""}`,
          ...(params?.expected === undefined ? {} : { expected: params.expected }),
          found: describeFound(issue.input),
          ...(params?.hint === undefined ? {} : { hint: params.hint }),
        }),
      ];
    }
    default:
      return [
        make("VALEUR_INVALIDE", path, {
          message: `valeur invalide pour « ${field} »`,
          found: describeFound("input" in issue ? issue.input : undefined),
        }),
      ];
  }
}
