// The lint on an act the engine is about to write: its canonical text, read back as any text
// would be, through the same rules as `actes lint`. A generated act that fails it is an error
// (generate writes nothing for it): the template or the data says something inconsistent.
import { type DocumentModel, hasPageCount, withPageCount } from "../../document/model.ts";
import { renderText } from "../../render/text.ts";
import type { Origin } from "../extract/paragraph.ts";
import { extractTxt } from "../extract/txt.ts";
import type { Finding } from "./finding.ts";
import { lintParagraphs } from "./lint.ts";

/**
 * Why a page count of 1: the count is the PDF's, known only once it is laid out, and no rule
 * reads it; the text is otherwise the one written. Final acts are linted as final (a value
 * left to complete is an error), drafts as drafts.
 */
export function lintDocument(doc: DocumentModel): (Finding & { origin: Origin })[] {
  const text = renderText(hasPageCount(doc) ? withPageCount(doc, 1) : doc);
  return lintParagraphs(extractTxt(text).paragraphs, !doc.draft);
}
