// WordprocessingML for one paragraph and its runs: the leaves every block kind is made of.
// Text is escaped here, once: docxtemplater inserts the body as raw XML and escapes nothing.
import { type Align, PAGE_COUNT_PENDING, type Run } from "../../document/model.ts";

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

// Code points XML 1.0 cannot hold at all, even escaped (control characters, lone surrogates).
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Why: the body reaches Word as raw XML, so « A & B <c> » must become `A &amp; B &lt;c&gt;`
 * here. A character XML cannot hold is a bug upstream: it throws rather than corrupt the file.
 */
export function escapeXml(text: string): string {
  const bad = NOT_XML.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
    throw new Error(`docx: U+${code} cannot be written in XML (in ${JSON.stringify(text)})`);
  }
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Why: the PDF breaks lines as Unicode says (UAX #14: never inside « 6-4 » or « 2018-2022 »),
 * Word and LibreOffice break after any hyphen; a non-breaking hyphen between digits makes them
 * break alike, hence paginate alike.
 */
const DIGIT_HYPHEN = /(?<=\d)-(?=\d)/;

/**
 * Why: one run per emphasis change; `xml:space="preserve"` keeps the spaces around words. A value
 * to complete is highlighted yellow, as the PDF shows it.
 */
export function runXml(run: Run, forceBold = false): string {
  const props = [
    run.bold || forceBold ? "<w:b/><w:bCs/>" : "",
    run.italic ? "<w:i/><w:iCs/>" : "",
    run.underline ? '<w:u w:val="single"/>' : "",
    run.gap ? '<w:highlight w:val="yellow"/>' : "",
  ].join("");
  const rPr = props === "" ? "" : `<w:rPr>${props}</w:rPr>`;
  if (run.pageCount) return pageCountXml(run, rPr);
  const texts = run.text
    .split(DIGIT_HYPHEN)
    .map((text) => `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`);
  return `<w:r>${rPr}${texts.join("<w:noBreakHyphen/>")}</w:r>`;
}

/**
 * Why: the page count is Word's NUMPAGES field, so Word shows its own count; the field's cached
 * result is the PDF's count (the model's text), which a reader that updates no field shows.
 */
function pageCountXml(run: Run, rPr: string): string {
  if (run.text === PAGE_COUNT_PENDING) throw new Error("docx: the page count was never counted");
  const r = (inner: string) => `<w:r>${rPr}${inner}</w:r>`;
  return [
    r('<w:fldChar w:fldCharType="begin"/>'),
    r('<w:instrText xml:space="preserve"> NUMPAGES </w:instrText>'),
    r('<w:fldChar w:fldCharType="separate"/>'),
    r(`<w:t>${escapeXml(run.text)}</w:t>`),
    r('<w:fldChar w:fldCharType="end"/>'),
  ].join("");
}

/** What a paragraph may carry besides its runs; each maps to one element of `w:pPr`. */
export interface ParagraphProps {
  readonly style?: string;
  readonly numbering?: { readonly numId: number; readonly level: number };
  readonly spaceBefore?: boolean;
  /** Left indent in twips, for the later paragraphs of a list item. */
  readonly indent?: number;
  readonly align?: Align;
  /** Header cells: every run bold. */
  readonly bold?: boolean;
  /** On the page of the next block (the closing lines before the signatures). */
  readonly keepNext?: boolean;
  /** Starts a page (an annex's heading): Word adds no blank page when the last one is full. */
  readonly pageBreakBefore?: boolean;
}

const JC: Readonly<Record<Align, string>> = {
  left: "left",
  center: "center",
  right: "right",
  justify: "both",
};

// Space before a "Vu :"-like paragraph, in twips (12 pt).
const SPACE_BEFORE = 240;

/**
 * Why: `w:pPr` children must follow the schema's order (pStyle, keepNext, keepLines, numPr,
 * spacing, ind, jc).
 */
export function paragraphXml(runs: readonly Run[], props: ParagraphProps = {}): string {
  const { style, numbering, spaceBefore, indent, align } = props;
  const pPr = [
    style === undefined ? "" : `<w:pStyle w:val="${style}"/>`,
    props.keepNext ? "<w:keepNext/><w:keepLines/>" : "",
    props.pageBreakBefore ? "<w:pageBreakBefore/>" : "",
    numbering === undefined
      ? ""
      : `<w:numPr><w:ilvl w:val="${numbering.level}"/><w:numId w:val="${numbering.numId}"/></w:numPr>`,
    spaceBefore ? `<w:spacing w:before="${SPACE_BEFORE}"/>` : "",
    indent === undefined ? "" : `<w:ind w:left="${indent}"/>`,
    align === undefined ? "" : `<w:jc w:val="${JC[align]}"/>`,
  ].join("");
  const body = runs.map((run) => runXml(run, props.bold)).join("");
  return `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}${body}</w:p>`;
}

/** Why: Word's own page break (Ctrl+Enter) is a paragraph holding one `w:br` of type page. */
export const PAGE_BREAK_XML = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
