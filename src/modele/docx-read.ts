// A .docx (exported here and edited in Word or LibreOffice, or an old mail-merge model) → its
// paragraphs and tables. Styles are known by name (styles.xml), tracked deletions are left out
// and insertions kept, text boxes and drawings skipped; a merge field (MERGEFIELD, simple or
// complex) becomes a run naming its field.
import PizZip from "pizzip";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { CHAR_STYLES } from "./docx-styles.ts";
import { alignOf } from "./to-template.ts";
import type { WordBlock, WordCell, WordModel, WordParagraph, WordRun } from "./word.ts";

/** The model inside `bytes`; throws a French message when it is no Word document. */
export function readModelDocx(bytes: Uint8Array): WordModel {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw new Error("ce fichier n’est pas un document Word (.docx)");
  }
  const document = zip.file("word/document.xml")?.asText();
  if (document === undefined) throw new Error("ce fichier n’a pas de word/document.xml");
  const names = styleNames(zip.file("word/styles.xml")?.asText() ?? "");
  const keywords = /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(
    zip.file("docProps/core.xml")?.asText() ?? "",
  )?.[1];
  const type = /actes-modele[:\s]+([\w-]+)/.exec(keywords ?? "")?.[1];
  return { ...(type === undefined ? {} : { type }), blocks: readBody(document, names) };
}

function styleNames(xml: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const name = /<w:name w:val="([^"]+)"/.exec(m[2] ?? "")?.[1];
    if (name !== undefined) names.set(m[1] ?? "", name);
  }
  return names;
}

// Whatever is inside these is not the body's text.
export const SKIPPED = new Set([
  "w:del",
  "w:moveFrom",
  "mc:AlternateContent",
  "w:drawing",
  "w:pict",
  "w:object",
  "w:sectPr",
]);

interface Para {
  style: string;
  align?: NonNullable<WordParagraph["align"]>;
  spaceBefore?: true;
  pageBreak?: true;
  listLevel?: number;
  runs: WordRun[];
}

interface Run {
  style?: string;
  marks: { bold?: true; italic?: true; underline?: true };
  text: string;
}

interface Table {
  grid: number[];
  rows: WordCell[][];
  cell?: { header: boolean; colSpan?: number; blocks: WordBlock[] };
}

function readBody(xml: string, names: Map<string, string>): WordBlock[] {
  const body: WordBlock[] = [];
  const tables: Table[] = [];
  let skip = 0;
  let para: Para | undefined;
  let run: Run | undefined;
  let inPPr = false;
  let inText = false;
  // A complex field: its instruction, then (past « separate ») its shown result, which a merge
  // field replaces by the field itself.
  let field: { instr: string; result: boolean; merge?: string } | undefined;
  let inInstr = false;
  let simpleField: string | undefined;
  const target = (): WordBlock[] => tables[tables.length - 1]?.cell?.blocks ?? body;
  const on = (v: string | undefined) => v === undefined || !["0", "false", "none"].includes(v);
  const flushRun = () => {
    if (run && para && run.text !== "" && simpleField === undefined && !hidden()) {
      const role =
        run.style === CHAR_STYLES.label
          ? "label"
          : run.style === CHAR_STYLES.ref
            ? "ref"
            : run.style === CHAR_STYLES.pagecount
              ? "pagecount"
              : undefined;
      para.runs.push({ text: run.text, marks: run.marks, ...(role ? { role } : {}) });
    }
    if (run) run.text = "";
  };
  const hidden = () => field?.result === true && field.merge !== undefined;
  const mergeField = (instr: string) => /^\s*MERGEFIELD\s+"?([^\s"\\]+)/i.exec(instr)?.[1];

  const parser = new SaxesParser();
  parser.on("opentag", (tag: SaxesTagPlain) => {
    if (skip > 0 || SKIPPED.has(tag.name)) {
      skip++;
      return;
    }
    const a = tag.attributes as Record<string, string>;
    const val = a["w:val"];
    switch (tag.name) {
      case "w:tbl":
        tables.push({ grid: [], rows: [] });
        break;
      case "w:gridCol": {
        const t = tables[tables.length - 1];
        if (t && !t.cell) t.grid.push(Number(a["w:w"] ?? 0));
        break;
      }
      case "w:tr":
        tables[tables.length - 1]?.rows.push([]);
        break;
      case "w:tc": {
        const t = tables[tables.length - 1];
        if (t) t.cell = { header: false, blocks: [] };
        break;
      }
      case "w:gridSpan": {
        const cell = tables[tables.length - 1]?.cell;
        if (cell && !para) cell.colSpan = Number(val ?? 1);
        break;
      }
      case "w:shd": {
        const cell = tables[tables.length - 1]?.cell;
        const fill = (a["w:fill"] ?? "auto").toUpperCase();
        if (cell && !para && !["AUTO", "FFFFFF", ""].includes(fill)) cell.header = true;
        break;
      }
      case "w:p":
        para = { style: "", runs: [] };
        break;
      case "w:pPr":
        inPPr = true;
        break;
      case "w:pStyle":
        if (para && inPPr) para.style = names.get(val ?? "") ?? val ?? "";
        break;
      case "w:jc": {
        const align = alignOf(val);
        if (para && inPPr && align) para.align = align;
        break;
      }
      case "w:spacing":
        if (para && inPPr && Number(a["w:before"] ?? 0) > 0) para.spaceBefore = true;
        break;
      case "w:ilvl":
        if (para && inPPr) para.listLevel = Number(val ?? 0) + 1;
        break;
      case "w:r":
        run = { marks: {}, text: "" };
        break;
      case "w:rStyle":
        if (run && val !== undefined) run.style = names.get(val) ?? val;
        break;
      case "w:b":
        if (run && !inPPr && on(val)) run.marks.bold = true;
        break;
      case "w:i":
        if (run && !inPPr && on(val)) run.marks.italic = true;
        break;
      case "w:u":
        if (run && !inPPr && on(val)) run.marks.underline = true;
        break;
      case "w:t":
        inText = true;
        break;
      case "w:tab":
        if (run && !inPPr) run.text += "\t";
        break;
      case "w:noBreakHyphen":
        if (run) run.text += "-";
        break;
      case "w:br":
        if (a["w:type"] === "page") {
          if (para) para.pageBreak = true;
        } else if (run) run.text += "\n";
        break;
      case "w:fldSimple": {
        const name = mergeField(a["w:instr"] ?? "");
        if (name !== undefined && para) para.runs.push({ text: "", marks: {}, field: name });
        if (name !== undefined) simpleField = name;
        break;
      }
      case "w:fldChar": {
        const kind = a["w:fldCharType"];
        if (kind === "begin") field = { instr: "", result: false };
        else if (kind === "separate" && field) {
          field.result = true;
          const name = mergeField(field.instr);
          if (name !== undefined && para) {
            para.runs.push({ text: "", marks: run?.marks ?? {}, field: name });
            field.merge = name;
          }
        } else if (kind === "end") field = undefined;
        break;
      }
      case "w:instrText":
        inInstr = true;
        break;
    }
  });
  parser.on("text", (text) => {
    if (skip > 0) return;
    if (inInstr && field) field.instr += text;
    else if (inText && run) run.text += text;
  });
  parser.on("closetag", (tag) => {
    if (skip > 0) {
      skip--;
      return;
    }
    switch (tag.name) {
      case "w:instrText":
        inInstr = false;
        break;
      case "w:t":
        inText = false;
        break;
      case "w:pPr":
        inPPr = false;
        break;
      case "w:r":
        flushRun();
        run = undefined;
        break;
      case "w:fldSimple":
        simpleField = undefined;
        break;
      case "w:p":
        if (para) {
          const { style, runs, ...rest } = para;
          target().push({ kind: "paragraph", style, runs, ...rest });
        }
        para = undefined;
        break;
      case "w:tc": {
        const t = tables[tables.length - 1];
        if (t?.cell) {
          const { header, colSpan, blocks } = t.cell;
          t.rows[t.rows.length - 1]?.push({
            header,
            ...(colSpan && colSpan > 1 ? { colSpan } : {}),
            blocks,
          });
        }
        if (t) delete t.cell;
        break;
      }
      case "w:tbl": {
        const t = tables.pop();
        if (t) target().push({ kind: "table", grid: t.grid, rows: t.rows });
        break;
      }
    }
  });
  parser.write(xml).close();
  return body;
}
