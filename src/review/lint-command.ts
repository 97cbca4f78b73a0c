// `actes lint FICHIER…` as a function: the CLI (src/cli.ts) prints what it returns. Each file
// is read (TXT, DOCX, PDF), its paragraphs checked by the rules of lint/, and each finding
// reported where a reader finds it: `fichier.txt:12:1`, `fichier.pdf:page 3`,
// `fichier.docx:paragraphe 40` (Diagnostic has lines only; the page or paragraph goes with the
// file name, so that print.ts shows it as it is).
import { availableParallelism } from "node:os";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { sortDiagnostics } from "../diagnostics/diagnostic.ts";
import { extractFile, fileKind } from "./extract/index.ts";
import { extractPdfsTogether } from "./extract/pdf.ts";
import { describeOrigin, lintParagraphs } from "./lint/lint.ts";

export { LINT_HELP } from "./help.ts";

type Extraction = Awaited<ReturnType<typeof extractFile>> | Error | undefined;

/**
 * Reads the files a few at a time: pdftotext runs as a child process, so two PDFs are read on
 * two cores while this one lints; the order of the results is the order of the paths.
 */
async function extractAll(paths: readonly string[]): Promise<Extraction[]> {
  const results: Extraction[] = new Array(paths.length);
  // The PDFs first, read together (one pdftotext call per core); one by one below if that fails.
  const pdfs = paths.flatMap((p, i) => (fileKind(p) === "pdf" ? [i] : []));
  if (pdfs.length > 1) {
    const size = Math.ceil(pdfs.length / Math.min(availableParallelism(), 4));
    const chunks = Array.from({ length: Math.ceil(pdfs.length / size) }, (_, c) =>
      pdfs.slice(c * size, (c + 1) * size),
    );
    await Promise.all(
      chunks.map(async (chunk) => {
        const together = await extractPdfsTogether(chunk.map((i) => paths[i] ?? "")).catch(
          () => undefined,
        );
        together?.forEach((extracted, k) => {
          results[chunk[k] ?? 0] = extracted;
        });
      }),
    );
  }
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      const path = paths[i] ?? "";
      const kind = fileKind(path);
      if (kind === undefined || results[i] !== undefined) continue;
      results[i] = await extractFile(path, kind).catch((error: unknown) =>
        error instanceof Error ? error : new Error(String(error)),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, availableParallelism() + 1) }, worker));
  return results;
}

/** Lints each file; a file that cannot be read is a diagnostic of its own (FICHIER_ILLISIBLE). */
export async function lintFiles(
  paths: string[],
  options: { final: boolean },
): Promise<{ diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const extracted = await extractAll(paths);
  for (const [i, path] of paths.entries()) {
    const result = extracted[i];
    if (result === undefined) {
      diagnostics.push({
        code: "FICHIER_ILLISIBLE",
        severity: "error",
        file: path,
        message: "type de fichier non pris en charge : .txt, .docx ou .pdf attendu",
        hint: "Donnez un fichier texte, Word (.docx) ou PDF.",
      });
      continue;
    }
    if (result instanceof Error) {
      diagnostics.push({
        code: "FICHIER_ILLISIBLE",
        severity: "error",
        file: path,
        message: `lecture impossible (${result.message})`,
      });
      continue;
    }
    for (const f of lintParagraphs(result.paragraphs, options.final)) {
      const located =
        "line" in f.origin
          ? { file: path, start: { line: f.origin.line, column: 1 } }
          : { file: `${path}:${describeOrigin(f.origin)}` };
      diagnostics.push({
        code: f.code,
        severity: "error",
        ...located,
        message: f.message,
        ...(f.expected !== undefined ? { expected: f.expected } : {}),
        ...(f.found !== undefined ? { found: f.found } : {}),
      });
    }
  }
  return { diagnostics: sortDiagnostics(diagnostics) };
}
