// One act → its document model: the template's markup with the act's values, parsed.
import type { Act } from "../compute/acts.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { frenchTypography } from "../format/fr/typography.ts";
import type { Origin } from "../model/dataset.ts";
import type { Departement } from "../model/departement.ts";
import { logoPath } from "../model/rules/logo.ts";
import { actContext, gapText, type Value } from "./context.ts";
import { parseMarkup } from "./markup.ts";
import type { Block, DocumentModel, Run } from "./model.ts";
import { expressionAt, type Template } from "./templates.ts";

/** Renders the template; a missing value or bad output is a diagnostic naming the template line. */
export function buildDocument(
  act: Act,
  template: Template,
  departement: Departement & { readonly origin?: Origin },
  draft: boolean,
): { value?: DocumentModel; diagnostics: Diagnostic[] } {
  return buildFromContext(act.id, template, actContext(act, departement), departement, draft);
}

/**
 * One template with its values → a document model. `id` names the document in errors (an act's
 * id, « délibération n°2022-298 »); the letterhead is the Département's pole and direction
 * unless told otherwise (a délibération is the assembly's, under no direction's letterhead).
 */
export function buildFromContext(
  id: string,
  template: Template,
  context: { [key: string]: Value },
  departement: Departement & { readonly origin?: Origin },
  draft: boolean,
  letterhead: readonly string[] = [departement.pole, departement.direction],
): { value?: DocumentModel; diagnostics: Diagnostic[] } {
  // Checked at validation (model/rules/logo.ts): here only resolved for the renderers.
  const logo = logoPath(departement);
  const error = (message: string, line?: number, column?: number): Diagnostic => ({
    code: "MODELE_INVALIDE",
    severity: "error",
    file: template.file,
    ...(line === undefined ? {} : { start: { line, column: column ?? 1 } }),
    message: `${id} : ${message}`,
  });
  let markup: string;
  try {
    markup = template.render(context);
  } catch (e) {
    const ex = e as { message: string; lineNumber?: number; column?: number };
    const missing = /^"([^"]+)" not defined/.exec(ex.message);
    const expression =
      ex.lineNumber === undefined
        ? undefined
        : expressionAt(template.source, ex.lineNumber, ex.column ?? 0);
    const message = missing
      ? `valeur inconnue « ${expression ?? missing[1]} » dans le modèle`
      : ex.message;
    return { diagnostics: [error(message, ex.lineNumber, (ex.column ?? 0) + 1)] };
  }
  // Leftovers of a value that was not text; whole words only, so real prose is not caught.
  const leftover = /\bundefined\b|\bNaN\b|\[object Object\]/.exec(markup);
  if (leftover) return { diagnostics: [error(`« ${leftover[0]} » dans le document produit`)] };
  const parsed = parseMarkup(markup);
  if (!parsed.value) {
    return {
      diagnostics: parsed.errors.map((m) =>
        error(`${m.message} (ligne ${m.line} du document produit)`),
      ),
    };
  }
  return {
    value: {
      title: parsed.value.title,
      subject: parsed.value.subject,
      letterhead: letterhead.map(frenchTypography),
      blocks: markGaps(parsed.value.blocks),
      draft,
      ...(logo === undefined ? {} : { logo }),
    },
    diagnostics: [],
  };
}

// « [À COMPLÉTER : label] » as context.ts writes it (gapText), whatever the label.
const [GAP_OPEN = "", GAP_CLOSE = ""] = gapText("\u0000").split("\u0000");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const GAP = new RegExp(`(${escapeRegExp(GAP_OPEN)}[^\\]]*${escapeRegExp(GAP_CLOSE)})`, "u");

/** Why: each value to complete becomes a run of its own, marked `gap`, for the highlight. */
function markGaps(blocks: readonly Block[]): Block[] {
  const runs = (list: readonly Run[]): Run[] =>
    list.flatMap((run) =>
      run.text
        .split(GAP)
        .map((text, i) => (i % 2 === 1 ? { ...run, text, gap: true } : { ...run, text }))
        .filter((piece) => piece.text !== ""),
    );
  const paragraph = <T extends { readonly runs: readonly Run[] }>(p: T): T => ({
    ...p,
    runs: runs(p.runs),
  });
  return blocks.map((block): Block => {
    switch (block.kind) {
      case "paragraph":
      case "heading":
        return paragraph(block);
      case "list":
        return { ...block, items: block.items.map(markGaps) };
      case "table":
        return {
          ...block,
          rows: block.rows.map((row) =>
            row.map((cell) => ({ ...cell, blocks: markGaps(cell.blocks) })),
          ),
        };
      case "signatures":
        return { ...block, columns: block.columns.map((column) => column.map(paragraph)) };
      default:
        return block; // a page break has no text
    }
  });
}
