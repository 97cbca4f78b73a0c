// `actes lint FICHIER…` as a function: the CLI (src/cli.ts) prints what it returns. Each file
// is read (TXT, DOCX, PDF), its paragraphs checked by the rules of lint/, and each finding
// reported where a reader finds it: `fichier.txt:12:1`, `fichier.pdf:page 3`,
// `fichier.docx:paragraphe 40` (Diagnostic has lines only; the page or paragraph goes with the
// file name, so that print.ts shows it as it is).
import { availableParallelism } from "node:os";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { sortDiagnostics } from "../diagnostics/diagnostic.ts";
import { extractFile, fileKind } from "./extract/index.ts";
import { describeOrigin, lintParagraphs } from "./lint/lint.ts";

export const LINT_HELP = `Usage : actes lint FICHIER… [--final] [--json]

Vérifie la cohérence d'actes de toute origine (générés ou faits à la main), en texte (.txt),
Word (.docx) ou PDF (.pdf) : valeurs à compléter laissées, numérotation des articles et renvois
aux annexes, montants en chiffres et en lettres, parts et total, pourcentages, périodes et
durées, date d'un bilan, date de la Commission Permanente, personnes nommées de deux façons,
signataires absents du préambule. Chaque constat donne le fichier et la ligne (texte), le
paragraphe (Word) ou la page (PDF), un code et un message.

Options :
  --final   le document est présenté comme définitif : toute valeur à compléter
            (XX, N°X, «Champ», ……, [À COMPLÉTER …]) est une erreur
  --json    les constats sous forme de données

Codes de sortie : 0 aucun constat, 1 au moins une erreur trouvée,
2 usage (aucun fichier, fichier illisible ou d'un type non pris en charge).`;

type Extraction = Awaited<ReturnType<typeof extractFile>> | Error | undefined;

/**
 * Reads the files a few at a time: pdftotext runs as a child process, so two PDFs are read on
 * two cores while this one lints; the order of the results is the order of the paths.
 */
async function extractAll(paths: readonly string[]): Promise<Extraction[]> {
  const results: Extraction[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      const path = paths[i] ?? "";
      const kind = fileKind(path);
      if (kind === undefined) continue;
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
