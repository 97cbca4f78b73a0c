// Shows the lines around a diagnostic with a caret under the faulty text, as compilers do.
import type { Position } from "./diagnostic.ts";

/** Two lines of context before, the faulty line, and carets from start to end (same line). */
export function codeFrame(source: string, start: Position, end?: Position): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, start.line - 1);
  const last = Math.min(lines.length, start.line);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    out.push(`  ${String(n).padStart(width)} | ${lines[n - 1] ?? ""}`);
  }
  const line = lines[start.line - 1] ?? "";
  const stop =
    end && end.line === start.line && end.column > start.column
      ? end.column
      : Math.max(start.column + 1, line.length + 1);
  const carets = "^".repeat(Math.max(1, stop - start.column));
  out.push(`  ${" ".repeat(width)} | ${" ".repeat(start.column - 1)}${carets}`);
  return out.join("\n");
}
