// One-line forms of lint diagnostics that tests compare, as a reviewer reads them.
import type { Diagnostic } from "../../src/diagnostics/diagnostic.ts";
import { extractTxt } from "../../src/review/extract/txt.ts";
import { lintParagraphs } from "../../src/review/lint/lint.ts";

/** "file:line CODE message" (or "file:page N CODE message"), without the folder. */
export function line(d: Diagnostic): string {
  const file = d.file.split("/").at(-1);
  return `${file}${d.start ? `:${d.start.line}` : ""} ${d.code} ${d.message}`;
}

/** Lints a text given inline: "line CODE message" for each finding. */
export function lintText(text: string, final = true): string[] {
  return lintParagraphs(extractTxt(text).paragraphs, final).map(
    (f) => `${"line" in f.origin ? f.origin.line : "?"} ${f.code} ${f.message}`,
  );
}
