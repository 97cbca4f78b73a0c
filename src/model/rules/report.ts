// Builds a diagnostic pointing at a field of a located entity.
import { CODES, type Code } from "../../diagnostics/codes.ts";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { formatPath } from "../../load/tree.ts";
import type { Located } from "../dataset.ts";

export type Rule = (dataset: import("../dataset.ts").Dataset) => Diagnostic[];

export function report(
  entity: Located,
  field: readonly (string | number)[],
  code: Code,
  details: Partial<Pick<Diagnostic, "message" | "expected" | "found" | "hint">> = {},
  onKey = false,
): Diagnostic {
  const path = [...entity.origin.path, ...field];
  const span = entity.origin.source.locate(path, onKey);
  return {
    code,
    severity: "error",
    file: entity.origin.source.file,
    ...(span ?? {}),
    field: formatPath(path),
    message: details.message ?? CODES[code].title,
    ...(details.expected === undefined ? {} : { expected: details.expected }),
    ...(details.found === undefined ? {} : { found: details.found }),
    ...(details.hint === undefined ? {} : { hint: details.hint }),
  };
}
