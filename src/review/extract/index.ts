// One entry for the review tools: any TXT, DOCX or PDF file to its paragraphs, by extension.
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { extractDocx } from "./docx.ts";
import type { Extracted } from "./paragraph.ts";
import { extractPdf } from "./pdf.ts";
import { extractTxt } from "./txt.ts";

export type FileKind = "txt" | "docx" | "pdf";

/** The kind of a file from its extension; undefined for anything else. */
export function fileKind(path: string): FileKind | undefined {
  const ext = extname(path).toLowerCase();
  return ext === ".txt" ? "txt" : ext === ".docx" ? "docx" : ext === ".pdf" ? "pdf" : undefined;
}

/** Reads a file and extracts its paragraphs; throws when it cannot be read or parsed. */
export async function extractFile(path: string, kind: FileKind): Promise<Extracted> {
  if (kind === "pdf") return extractPdf(path);
  const bytes = await readFile(path);
  return kind === "docx" ? extractDocx(bytes) : extractTxt(new TextDecoder().decode(bytes));
}
