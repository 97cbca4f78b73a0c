// The styles and numbering of an exported model: one paragraph style per element Word has no
// notion of, named so that a legal editor recognises it (actes-article, actes-fin…), captions in
// grey, lists numbered by Word. Names, not ids, are what the reader trusts: Word and LibreOffice
// keep a style's name and may rename its id.
import { continuationStyle, listStyle, MAX_LIST_LEVEL, STYLES } from "./word.ts";

/** The character styles: captions (ignored when read back), annex references, page count. */
export const CHAR_STYLES = {
  label: "actes-etiquette",
  ref: "actes-renvoi-annexe",
  pagecount: "actes-nombre-de-pages",
} as const;

/** A style id Word accepts for a name: « actes-puce-1 » → « actespuce1 ». */
export const styleId = (name: string): string => name.replace(/[^A-Za-z0-9]/g, "");

const GREY = '<w:color w:val="7F7F7F"/><w:sz w:val="16"/><w:szCs w:val="16"/>';
const MARKER = `<w:pPr><w:keepNext/><w:spacing w:before="60" w:after="60"/><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:pPr><w:rPr><w:i/>${GREY}</w:rPr>`;

function paragraphStyle(name: string, body: string, next: string = STYLES.p): string {
  return `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${styleId(name)}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="${styleId(next)}"/><w:qFormat/>${body}</w:style>`;
}

function heading(size: number, level: number): string {
  return `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${level}"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
}

/** word/styles.xml of an exported model. */
export function stylesXml(): string {
  const styles = [
    paragraphStyle(STYLES.p, ""),
    paragraphStyle(STYLES.h1, heading(28, 0)),
    paragraphStyle(STYLES.h2, heading(24, 1)),
    paragraphStyle(STYLES.h3, heading(22, 2)),
    paragraphStyle(STYLES.titre, MARKER),
    paragraphStyle(STYLES.objet, MARKER),
    paragraphStyle(STYLES.articles, MARKER),
    paragraphStyle(STYLES.article, heading(22, 1)),
    paragraphStyle(STYLES.annexe, heading(24, 0)),
    paragraphStyle(STYLES.signatures, MARKER),
    paragraphStyle(STYLES.signature, MARKER),
    paragraphStyle(STYLES.fin, MARKER),
    paragraphStyle(STYLES.tableau, MARKER),
    paragraphStyle(STYLES.saut, MARKER),
    paragraphStyle(STYLES.commentaire, MARKER),
  ];
  for (let level = 1; level <= MAX_LIST_LEVEL; level++) {
    for (const ordered of [false, true]) {
      const name = listStyle(ordered, level);
      styles.push(
        paragraphStyle(
          name,
          `<w:pPr><w:numPr><w:ilvl w:val="${level - 1}"/><w:numId w:val="${ordered ? 2 : 1}"/></w:numPr><w:ind w:left="${360 * level}" w:hanging="360"/></w:pPr>`,
          name,
        ),
      );
    }
    styles.push(
      paragraphStyle(continuationStyle(level), `<w:pPr><w:ind w:left="${360 * level}"/></w:pPr>`),
    );
  }
  const charStyle = (name: string, rPr: string) =>
    `<w:style w:type="character" w:customStyle="1" w:styleId="${styleId(name)}"><w:name w:val="${name}"/><w:rPr>${rPr}</w:rPr></w:style>`;
  styles.push(
    charStyle(CHAR_STYLES.label, `<w:i/>${GREY}`),
    charStyle(CHAR_STYLES.ref, '<w:color w:val="1F4E79"/><w:u w:val="dotted"/>'),
    charStyle(CHAR_STYLES.pagecount, '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>'),
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:semiHidden/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>${styles.join("")}</w:styles>
`;
}

/** word/numbering.xml: 1 bullets, 2 decimal numbers, three levels each. */
export function numberingXml(): string {
  const levels = (ordered: boolean) =>
    Array.from({ length: MAX_LIST_LEVEL }, (_, i) =>
      ordered
        ? `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%${i + 1}."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`
        : `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${["•", "◦", "▪"][i]}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`,
    ).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${levels(false)}</w:abstractNum><w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>${levels(true)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>
`;
}
