// A model's paragraphs and tables → the bytes of a .docx the legal team opens in Word or
// LibreOffice: values highlighted yellow, section tags blue, shared blocks green, captions grey.
// Same model, same bytes (fixed zip dates).
import PizZip from "pizzip";
import { zipDate } from "../render/docx/skeleton.ts";
import { escapeXml } from "../render/docx/xml.ts";
import { CHAR_STYLES, numberingXml, styleId, stylesXml } from "./docx-styles.ts";
import type { WordBlock, WordCell, WordModel, WordParagraph, WordRun, WordTable } from "./word.ts";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const JC = { left: "left", center: "center", right: "right", justify: "both" } as const;

/** Why: the one writer of model documents; `actes modele exporter` and the tests call it. */
export function modelDocx(model: WordModel, title: string): Uint8Array {
  const zip = new PizZip();
  const date = zipDate();
  const parts: Record<string, string> = {
    "[Content_Types].xml": contentTypes(),
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
`,
    "docProps/core.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(title)}</dc:title><cp:keywords>${model.type === undefined ? "" : `actes-modele:${escapeXml(model.type)}`}</cp:keywords></cp:coreProperties>
`,
    "word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${R}/numbering" Target="numbering.xml"/></Relationships>
`,
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${blocksXml(model.blocks)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>
`,
    "word/styles.xml": stylesXml(),
    "word/numbering.xml": numberingXml(),
  };
  for (const [name, text] of Object.entries(parts)) zip.file(name, text, { date });
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}

function contentTypes(): string {
  const main = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${main}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${main}.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="${main}.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
`;
}

function blocksXml(blocks: readonly WordBlock[]): string {
  return blocks.map((b) => (b.kind === "table" ? tableXml(b) : paragraphXml(b))).join("");
}

function paragraphXml(p: WordParagraph): string {
  const pPr = [
    `<w:pStyle w:val="${styleId(p.style)}"/>`,
    p.spaceBefore ? '<w:spacing w:before="240"/>' : "",
    p.align ? `<w:jc w:val="${JC[p.align]}"/>` : "",
  ].join("");
  const brk = p.pageBreak ? '<w:r><w:br w:type="page"/></w:r>' : "";
  return `<w:p><w:pPr>${pPr}</w:pPr>${p.runs.map(runXml).join("")}${brk}</w:p>`;
}

const HIGHLIGHT = { tag: "yellow", section: "cyan" } as const;

function runXml(run: WordRun): string {
  const style =
    run.role === "label"
      ? CHAR_STYLES.label
      : run.role === "ref"
        ? CHAR_STYLES.ref
        : run.role === "pagecount"
          ? CHAR_STYLES.pagecount
          : undefined;
  const highlight =
    run.role === "tag" || run.role === "section"
      ? run.text.startsWith("{>")
        ? "green"
        : HIGHLIGHT[run.role]
      : undefined;
  const props = [
    style ? `<w:rStyle w:val="${styleId(style)}"/>` : "",
    run.marks.bold ? "<w:b/><w:bCs/>" : "",
    run.marks.italic ? "<w:i/><w:iCs/>" : "",
    run.marks.underline ? '<w:u w:val="single"/>' : "",
    highlight ? `<w:highlight w:val="${highlight}"/>` : "",
  ].join("");
  const texts = run.text
    .split("\n")
    .map((t) => `<w:t xml:space="preserve">${escapeXml(t)}</w:t>`)
    .join("<w:br/>");
  return `<w:r>${props === "" ? "" : `<w:rPr>${props}</w:rPr>`}${texts}</w:r>`;
}

function tableXml(t: WordTable): string {
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
    .join("");
  const grid = t.grid.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const rows = t.rows.map((row) => `<w:tr>${cellsXml(row, t.grid)}</w:tr>`).join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

function cellsXml(row: readonly WordCell[], grid: readonly number[]): string {
  let column = 0;
  return row
    .map((cell) => {
      const span = cell.colSpan ?? 1;
      const width = grid.slice(column, column + span).reduce((n, w) => n + w, 0);
      column += span;
      const tcPr = [
        `<w:tcW w:w="${width}" w:type="dxa"/>`,
        span > 1 ? `<w:gridSpan w:val="${span}"/>` : "",
        cell.header ? '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' : "",
      ].join("");
      // A cell ends with a paragraph (Word's rule); an exported cell always does.
      return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${blocksXml(cell.blocks) || "<w:p/>"}</w:tc>`;
    })
    .join("");
}
