// Pure printers of diagnostics: human (French, with code frames) and JSON.

import { codeFrame } from "./code-frame.ts";
import { CODES } from "./codes.ts";
import { type Diagnostic, sortDiagnostics } from "./diagnostic.ts";

const SEVERITY_FR = { error: "erreur", warning: "avertissement" } as const;

/** Where: "file:line:column" or just "file". */
export function location(d: Diagnostic): string {
  return d.start ? `${d.file}:${d.start.line}:${d.start.column}` : d.file;
}

/**
 * One block per diagnostic, then a summary line.
 * `sources` maps a file (as named in the diagnostic) to its text, for the code frame.
 */
export function formatHuman(
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, string>,
): string {
  const blocks = sortDiagnostics(diagnostics).map((d) => {
    const head = `${location(d)}  ${SEVERITY_FR[d.severity]}  ${d.code}  ${d.message}`;
    const lines = [head];
    const source = sources.get(d.file);
    if (source !== undefined && d.start) lines.push(codeFrame(source, d.start, d.end));
    if (d.field) lines.push(`  champ : ${d.field}`);
    if (d.expected !== undefined || d.found !== undefined) {
      const parts: string[] = [];
      if (d.expected !== undefined) parts.push(`attendu : ${d.expected}`);
      if (d.found !== undefined) parts.push(`trouvé : ${d.found}`);
      lines.push(`  ${parts.join(" ; ")}`);
    }
    lines.push(`  ${d.hint ?? CODES[d.code].hint}`);
    return lines.join("\n");
  });
  return blocks.join("\n\n");
}

/** "✖ 2 erreurs" / "✔ aucune erreur" with the French plural. */
export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (errors === 0 && warnings === 0) return "✔ aucune erreur";
  const parts: string[] = [];
  if (errors > 0) parts.push(`${errors} erreur${errors > 1 ? "s" : ""}`);
  if (warnings > 0) parts.push(`${warnings} avertissement${warnings > 1 ? "s" : ""}`);
  return `${errors > 0 ? "✖" : "⚠"} ${parts.join(", ")}`;
}

/** The same diagnostics as data, for tools: stable order, hint always present. */
export function toJson(diagnostics: readonly Diagnostic[]): unknown[] {
  return sortDiagnostics(diagnostics).map((d) => ({
    code: d.code,
    severity: d.severity,
    file: d.file,
    line: d.start?.line ?? null,
    column: d.start?.column ?? null,
    endLine: d.end?.line ?? null,
    endColumn: d.end?.column ?? null,
    field: d.field ?? null,
    message: d.message,
    expected: d.expected ?? null,
    found: d.found ?? null,
    hint: d.hint ?? CODES[d.code].hint,
  }));
}
