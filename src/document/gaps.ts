// The values still to complete that a document shows ("[À COMPLÉTER : …]"): a document with
// any is a draft, never signature-ready.
import { GAP_TEXT } from "../model/gap.ts";
import type { Block, DocumentModel } from "./model.ts";

const GAP = new RegExp(`\\[${GAP_TEXT}[\\u00a0 ]: ([^\\]]*)\\]`, "g");

/** The labels of the gaps in the document, each once, in order of appearance. */
export function documentGaps(doc: DocumentModel): string[] {
  const found = new Set<string>();
  const visit = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.kind === "paragraph" || b.kind === "heading") {
        for (const m of b.runs
          .map((r) => r.text)
          .join("")
          .matchAll(GAP))
          found.add(m[1] ?? "");
      } else if (b.kind === "list") b.items.forEach(visit);
      else if (b.kind === "table")
        for (const row of b.rows) for (const cell of row) visit(cell.blocks);
      else if (b.kind === "signatures") b.columns.forEach(visit);
    }
  };
  visit(doc.blocks);
  for (const m of `${doc.title} ${doc.subject}`.matchAll(GAP)) found.add(m[1] ?? "");
  return [...found];
}
