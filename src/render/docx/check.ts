// Checks on the Word side before anything is written: the skeleton's parts (templates/word/)
// are well-formed UTF-8 XML whose tags docxtemplater accepts and the renderer fills, and every
// generated word/document.xml holds the structure Word requires. A broken skeleton is one
// French error naming the part, its line and column — not a broken DOCX, nor a stack trace
// printed once per act.
import { fileURLToPath } from "node:url";
import { SaxesParser } from "saxes";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import type { DocumentModel } from "../../document/model.ts";
import { readSource } from "../../load/source.ts";
import { SKELETON_DIR, SKELETON_PARTS, type Skeleton, type SkeletonPart } from "./skeleton.ts";

/** Why: run once before a run that writes DOCX; empty when the skeleton is sound. */
export async function checkSkeleton(dir = fileURLToPath(SKELETON_DIR)): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const parts: Partial<Record<SkeletonPart, string>> = {};
  for (const part of SKELETON_PARTS) {
    const file = `${dir}${part}`;
    const read = readSource(file, file);
    if ("code" in read) {
      diagnostics.push(read);
      continue;
    }
    parts[part] = read.text;
    const error = xmlError(read.text);
    if (error) {
      diagnostics.push({
        code: "MODELE_INVALIDE",
        severity: "error",
        file,
        start: { line: error.line, column: error.column },
        message: `squelette Word : XML mal formé (${error.message})`,
      });
    }
  }
  if (diagnostics.length > 0) return diagnostics;
  // The tags: docxtemplater compiles the parts (unclosed, unopened, doubled tags, a raw {@tag}
  // not alone in its paragraph) and the renderer fills them (a tag it has no value for).
  const { renderDocxWith } = await import("../docx.ts");
  try {
    // Every part was read (a part that could not be is reported above).
    renderDocxWith(parts as Skeleton, SAMPLE);
  } catch (error) {
    diagnostics.push({
      code: "MODELE_INVALIDE",
      severity: "error",
      file: `${dir}word/`,
      message: `squelette Word : ${tagErrors(error)}`,
    });
  }
  return diagnostics;
}

/** A document that fills every tag of the skeleton (a draft: the watermark and draft mark too). */
const SAMPLE: DocumentModel = {
  title: "Titre",
  subject: "Objet",
  letterhead: ["Pôle", "Direction"],
  draft: true,
  blocks: [{ kind: "paragraph", runs: [{ text: "Texte." }] }],
};

function xmlError(xml: string): { line: number; column: number; message: string } | undefined {
  const parser = new SaxesParser({ position: true });
  let found: { line: number; column: number; message: string } | undefined;
  parser.on("error", (e) => {
    found ??= { line: parser.line, column: parser.column, message: e.message.split("\n")[0] ?? "" };
  });
  try {
    parser.write(xml).close();
  } catch {
    // Reported through the error handler.
  }
  return found;
}

/** docxtemplater's errors in French: each tag at fault with docxtemplater's explanation. */
function tagErrors(error: unknown): string {
  const e = error as {
    message?: string;
    properties?: { errors?: { properties?: { explanation?: string; xtag?: string } }[] };
  };
  const list = e.properties?.errors ?? [];
  if (list.length === 0) return e.message ?? String(error);
  return list
    .map((x) => `balise « ${x.properties?.xtag ?? "?"} » : ${x.properties?.explanation ?? ""}`)
    .join(" ; ");
}

/**
 * Why: the structure Word checks and docxtemplater does not — well-formed XML, a body that
 * ends with its section properties, every table cell ending with a paragraph. Returns what is
 * wrong, in French; undefined when sound.
 */
export function documentXmlProblem(xml: string): string | undefined {
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  /** For each open w:tc, the name of its last child element. */
  const lastChild: (string | undefined)[] = [];
  let problem: string | undefined;
  let bodyLast: string | undefined;
  parser.on("error", (e) => {
    problem ??= `word/document.xml mal formé, ligne ${parser.line} : ${e.message.split("\n")[0]}`;
  });
  parser.on("opentag", (tag) => {
    const parent = stack.at(-1);
    if (parent === "w:tc") lastChild[lastChild.length - 1] = tag.name;
    if (parent === "w:body") bodyLast = tag.name;
    stack.push(tag.name);
    if (tag.name === "w:tc") lastChild.push(undefined);
  });
  parser.on("closetag", (tag) => {
    stack.pop();
    if (tag.name === "w:tc" && lastChild.pop() !== "w:p") {
      problem ??= "une cellule de tableau ne finit pas par un paragraphe (Word refuse le fichier)";
    }
  });
  try {
    parser.write(xml).close();
  } catch {
    // Reported through the error handler.
  }
  if (problem) return problem;
  if (bodyLast !== "w:sectPr") return "le corps du document ne finit pas par w:sectPr";
  return undefined;
}
