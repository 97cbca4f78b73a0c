// One act → its document model: the template's markup with the act's values, parsed.
import type { Act } from "../compute/acts.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Departement } from "../model/departement.ts";
import { actContext } from "./context.ts";
import { parseMarkup } from "./markup.ts";
import type { DocumentModel } from "./model.ts";
import { expressionAt, type Template } from "./templates.ts";

/** Renders the template; a missing value or bad output is a diagnostic naming the template line. */
export function buildDocument(
  act: Act,
  template: Template,
  departement: Departement,
  draft: boolean,
): { value?: DocumentModel; diagnostics: Diagnostic[] } {
  const error = (message: string, line?: number, column?: number): Diagnostic => ({
    code: "MODELE_INVALIDE",
    severity: "error",
    file: template.file,
    ...(line === undefined ? {} : { start: { line, column: column ?? 1 } }),
    message: `${act.id} : ${message}`,
  });
  let markup: string;
  try {
    markup = template.render(actContext(act, departement));
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
      letterhead: [departement.pole, departement.direction],
      blocks: parsed.value.blocks,
      draft,
    },
    diagnostics: [],
  };
}
