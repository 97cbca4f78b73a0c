// Document model → DOCX bytes: docxtemplater + pizzip fill the Word skeleton of templates/word/
// (the only users of both). Letterhead, metadata and the draft marker go through tags; the body
// is WordprocessingML built from the blocks, put where the raw XML tag `{@body}` stands.
// Deterministic: fixed zip dates, no date in docProps, DEFLATE at pizzip's default level.
import Docxtemplater from "docxtemplater";
import type PizZip from "pizzip";
import { type DocumentModel, DRAFT_MARK, DRAFT_WATERMARK } from "../document/model.ts";
import { bodyXml } from "./docx/body-xml.ts";
import { documentXmlProblem } from "./docx/check.ts";
import { addLogoParts, LOGO_MARK, logoRunXml } from "./docx/logo-xml.ts";
import { withOrderedLists } from "./docx/numbering.ts";
import {
  entryOrder,
  loadSkeleton,
  pinDates,
  type Skeleton,
  skeletonZip,
  textWidth,
} from "./docx/skeleton.ts";
import { escapeXml } from "./docx/xml.ts";
import { letterheadLogo } from "./logo.ts";

/** The values the skeleton's tags ask for, one key per tag. */
export interface DocxTags {
  readonly title: string;
  readonly subject: string;
  readonly letterhead: readonly string[];
  readonly draft: boolean;
  /** The draft's header line (model.ts), shown only in a draft. */
  readonly draftMark: string;
  /** Raw WordprocessingML, already escaped. */
  readonly body: string;
}

/**
 * Why: a tag without a value is a bug upstream (the model is complete by construction), so it
 * throws instead of printing docxtemplater's default "undefined" or an empty string.
 */
function missingValue(part: { value?: unknown }): never {
  throw new Error(`aucune valeur pour la balise {${String(part.value)}} du squelette`);
}

/**
 * Why: the one entry point of the Word side; the same model gives the same bytes, in any TZ.
 * Example: writeFileSync("acte.docx", renderDocx(doc)).
 */
export function renderDocx(doc: DocumentModel): Buffer {
  return renderDocxWith(loadSkeleton(), doc);
}

/** The same with the skeleton's parts given: checkSkeleton (docx/check.ts) tries a skeleton. */
export function renderDocxWith(skeleton: Skeleton, doc: DocumentModel): Buffer {
  const logo = doc.logo === undefined ? undefined : letterheadLogo(doc.logo);
  const body = bodyXml(doc.blocks, textWidth(skeleton["word/document.xml"]));
  const zip = skeletonZip({
    ...skeleton,
    "word/numbering.xml": withOrderedLists(skeleton["word/numbering.xml"], body.orderedLists),
    // docxtemplater fills tags in text only: the watermark's text is an attribute of its shape,
    // the logo a run in a paragraph that has a style (a raw XML tag would replace the paragraph).
    "word/header1.xml": skeleton["word/header1.xml"]
      .replace('string="{watermark}"', `string="${escapeXml(DRAFT_WATERMARK)}"`)
      .replace(LOGO_MARK, logo === undefined ? "" : logoRunXml(logo)),
  });
  if (logo !== undefined) addLogoParts(zip, logo);
  const tags: DocxTags = {
    title: doc.title,
    subject: doc.subject,
    letterhead: doc.letterhead,
    draft: doc.draft,
    draftMark: DRAFT_MARK,
    body: body.xml,
  };
  return fillSkeleton(zip, tags);
}

/**
 * Why a mark: docxtemplater encodes what it renders to UTF-8 one character at a time in
 * JavaScript (its postrender.js), and the body is nearly all of document.xml. Its raw tag
 * `{@body}` gets this comment instead, and the body takes the comment's place afterwards: the
 * same XML, hence the same bytes (test/output-hashes.test.ts).
 */
const BODY_MARK = "<!--actes:corps-->";

function withBody(rendered: string, body: string): string {
  // The mark stands in for the tag's value: docxtemplater's missing-value check no longer sees it.
  if (typeof body !== "string")
    throw new Error("aucune valeur pour la balise {@body} du squelette");
  const at = rendered.indexOf(BODY_MARK);
  if (at < 0 || rendered.indexOf(BODY_MARK, at + 1) >= 0)
    throw new Error("docx : le squelette doit contenir la balise {@body} une fois");
  return rendered.slice(0, at) + body + rendered.slice(at + BODY_MARK.length);
}

/** Why: exported so a test can fill the skeleton with chosen tags (a missing one must throw). */
export function fillSkeleton(zip: PizZip, tags: DocxTags): Buffer {
  const template = new Docxtemplater(zip, {
    paragraphLoop: true,
    linebreaks: false,
    nullGetter: missingValue,
    // Its errors reach the user once, in French (docx/check.ts), not as JSON on the console.
    errorLogging: false,
  });
  template.render({ ...tags, body: BODY_MARK });
  const rendered: PizZip = template.getZip();
  const document = withBody(rendered.file("word/document.xml")?.asText() ?? "", tags.body);
  // What Word requires and docxtemplater does not check: a broken file is never written.
  const problem = documentXmlProblem(document);
  if (problem) throw new Error(`docx : ${problem}`);
  rendered.file("word/document.xml", document);
  pinDates(rendered);
  return rendered.generate({
    type: "nodebuffer",
    compression: "DEFLATE",
    fileOrder: () => entryOrder(rendered),
  });
}
