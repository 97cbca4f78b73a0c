// A diagnostic is data: what went wrong, where, what was expected and found, and how to fix it.
// Stages return diagnostics instead of throwing; only bugs throw. Printing is elsewhere (print.ts).
import type { Code } from "./codes.ts";

/** 1-based line and column, as editors show them. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Diagnostic {
  readonly code: Code;
  readonly severity: "error" | "warning";
  /** Path of the file as the user named it (relative to the data folder's parent when possible). */
  readonly file: string;
  readonly start?: Position;
  readonly end?: Position;
  /** Field path inside the file, e.g. "thematiques[0].operations[1].allocations[3].places". */
  readonly field?: string;
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
  readonly hint?: string;
}

/** Stable order for printing and tests: by file, then position, then code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file, "en") ||
      (a.start?.line ?? 0) - (b.start?.line ?? 0) ||
      (a.start?.column ?? 0) - (b.start?.column ?? 0) ||
      a.code.localeCompare(b.code, "en"),
  );
}

/** Whether anything stops the run: a warning (an ignored file) never does. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
