// One file: read → parse YAML → validate with its schema. Returns the typed value (if valid).
import type { z } from "zod";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { DataFile } from "../load/data-folder.ts";
import { type ParsedFile, parseYaml } from "../load/parse-yaml.ts";
import { readSource } from "../load/source.ts";
import { issuesToDiagnostics } from "./issues.ts";

export interface ValidatedFile<T> {
  readonly parsed?: ParsedFile;
  readonly value?: T;
  readonly diagnostics: Diagnostic[];
}

export function validateFile<S extends z.ZodType>(
  dataFile: DataFile,
  schema: S,
): ValidatedFile<z.output<S>> {
  const source = readSource(dataFile.path, dataFile.file, dataFile.root);
  if ("code" in source) return { diagnostics: [source] };
  const { value: parsed, diagnostics } = parseYaml(source);
  if (parsed.tree === undefined) {
    if (diagnostics.length === 0) {
      diagnostics.push({
        code: "TYPE_INVALIDE",
        severity: "error",
        file: parsed.file,
        start: { line: 1, column: 1 },
        message: "fichier vide",
        expected: "des champs (clé: valeur)",
        found: "un fichier vide",
      });
    }
    return { parsed, diagnostics };
  }
  const result = schema.safeParse(parsed.tree, { reportInput: true });
  if (!result.success)
    diagnostics.push(...issuesToDiagnostics(result.error.issues, parsed, schema));
  return result.success && diagnostics.length === 0
    ? { parsed, value: result.data, diagnostics }
    : { parsed, diagnostics };
}
