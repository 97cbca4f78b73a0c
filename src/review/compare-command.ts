// `actes compare A B`: two documents of any origin — the avenant we generated and the one that
// came back signed and retyped, a DOCX and its PDF — compared word for word, layout ignored
// (extract/ reads each into paragraphs; redline/reflow.ts compares their words). Prints and
// writes like `actes diff`.
import { basename } from "node:path";
import { type DiffResult, failure, parseOptions, reportComparison } from "./diff-command.ts";
import type { Comparison } from "./diff-compare.ts";
import { extractFile, fileKind } from "./extract/index.ts";
import { COMPARE_HELP } from "./help.ts";
import { redlineDocuments } from "./redline/reflow.ts";

export const COMPARE_OPTIONS = {
  html: { type: "string" },
  docx: { type: "string" },
  json: { type: "boolean" },
} as const;

/** Why: the whole command as a function, so tests and the CLI run the same thing in-process. */
export async function compareMain(argv: readonly string[], isTTY: boolean): Promise<DiffResult> {
  let parsed: ReturnType<typeof parseOptions<typeof COMPARE_OPTIONS>>;
  try {
    parsed = parseOptions(argv, COMPARE_OPTIONS);
  } catch (error) {
    return failure(`actes compare : ${(error as Error).message}\n\n${COMPARE_HELP}`);
  }
  const { values, positionals } = parsed;
  const [a, b, ...extra] = positionals;
  if (a === undefined || b === undefined || extra.length > 0) {
    return failure(`actes compare : deux documents attendus, A et B\n\n${COMPARE_HELP}`);
  }
  const old = await paragraphsOf(a);
  if ("error" in old) return failure(`actes compare : ${old.error}`);
  const next = await paragraphsOf(b);
  if ("error" in next) return failure(`actes compare : ${next.error}`);
  return await reportComparison(
    compareDocuments(a, old.paragraphs, b, next.paragraphs),
    {
      ...(values.html === undefined ? {} : { html: values.html }),
      ...(values.docx === undefined ? {} : { docx: values.docx }),
      json: values.json === true,
      color: isTTY && values.json !== true,
    },
    "compare",
  );
}

/** Two documents as a Comparison of one « act », B, whose amounts are not known. */
export function compareDocuments(
  oldPath: string,
  oldParagraphs: readonly string[],
  newPath: string,
  newParagraphs: readonly string[],
): Comparison {
  const lines = redlineDocuments(oldParagraphs, newParagraphs);
  const changed = lines.some((l) => l.change !== "equal");
  return {
    old: oldPath,
    new: newPath,
    acts: [
      {
        id: basename(newPath),
        type: "document",
        status: changed ? "changed" : "unchanged",
        partner: `comparé à ${basename(oldPath)}`,
        lines: changed ? lines : [],
      },
    ],
  };
}

async function paragraphsOf(
  path: string,
): Promise<{ readonly paragraphs: string[] } | { readonly error: string }> {
  const kind = fileKind(path);
  if (kind === undefined) {
    return { error: `« ${path} » : type de fichier non pris en charge (.txt, .docx ou .pdf)` };
  }
  try {
    return { paragraphs: (await extractFile(path, kind)).paragraphs.map((p) => p.text) };
  } catch (error) {
    return { error: `« ${path} » illisible (${(error as Error).message})` };
  }
}

export { COMPARE_HELP };
