// A DOCX to paragraphs: word/document.xml read with a streaming XML parser, paragraphs in
// document order (a table's cells row by row, a list item as the paragraph it is), those with
// text numbered from 1 in that order (an empty paragraph is layout, not a place to report); the page headers and footers (header*.xml, footer*.xml) read
// apart, as furniture. Deleted text (w:delText), field codes (w:instrText) and the fallback
// copy of a drawing (mc:Fallback) are not text a reader sees.
import PizZip from "pizzip";
import { SaxesParser } from "saxes";
import { withoutListMarker } from "./layout.ts";
import { type Extracted, normalize, type Paragraph } from "./paragraph.ts";

/** The paragraphs of one WordprocessingML part, numbered from `first`. */
function readPart(xml: string, first: number): Paragraph[] {
  const parser = new SaxesParser();
  const out: Paragraph[] = [];
  // A text box holds paragraphs inside a paragraph: each one is a buffer on the stack.
  const open: string[] = [];
  let inText = false;
  let hidden = 0;
  parser.on("opentag", (tag) => {
    if (tag.name === "mc:Fallback") hidden++;
    if (hidden > 0) return;
    if (tag.name === "w:p") open.push("");
    else if (tag.name === "w:t") inText = true;
    else if (tag.name === "w:tab" || tag.name === "w:br" || tag.name === "w:cr") append(" ");
    else if (tag.name === "w:noBreakHyphen") append("-");
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "mc:Fallback") hidden--;
    if (hidden > 0) return;
    if (tag.name === "w:t") inText = false;
    else if (tag.name === "w:p") {
      const text = normalize(open.pop() ?? "");
      if (text !== "") {
        const origin = { paragraph: first + out.length };
        out.push(withoutListMarker({ text, marks: [{ offset: 0, origin }] }));
      }
    }
  });
  parser.on("text", (chunk) => {
    if (inText && hidden === 0) append(chunk);
  });
  parser.on("error", (error) => {
    throw error;
  });
  function append(text: string) {
    if (open.length > 0) open[open.length - 1] += text;
  }
  parser.write(xml).close();
  return out;
}

/** Paragraphs of a DOCX's body, and its headers and footers apart. Throws on a broken file. */
export function extractDocx(bytes: Uint8Array): Extracted {
  const zip = new PizZip(bytes);
  const body = zip.file("word/document.xml");
  if (body === null) throw new Error("word/document.xml absent : ce n'est pas un document Word");
  const furniture = zip
    .file(/^word\/(header|footer)\d*\.xml$/u)
    .sort((a, b) => a.name.localeCompare(b.name, "en"))
    .flatMap((part) => readPart(part.asText(), 1));
  return { paragraphs: readPart(body.asText(), 1), furniture };
}
