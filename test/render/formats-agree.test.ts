// The three formats cannot disagree: for every act of the embedded data, the words of the DOCX
// body (word/document.xml) and of the PDF (as pdftotext reads it) are the canonical text's words,
// in the same order. A dropped clause, a missing glyph or an extra word fails the act, with the
// place of the first difference.
//
// A word is a maximal run of letters and digits after NFC: punctuation, bullets, table pipes and
// spacing (U+202F, U+00A0, line breaks) only separate words, so each format may lay the words out
// as it likes. What is not a word of the body is removed precisely, and checked where it is
// removed: the draft line, the page furniture of the PDF and the ordered-list numbers.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { SaxesParser } from "saxes";
import { afterAll, assert, beforeAll, describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build.ts";
import {
  type Block,
  type DocumentModel,
  DRAFT_MARK,
  DRAFT_WATERMARK,
} from "../../src/document/model.ts";
import { loadTemplates } from "../../src/document/templates.ts";
import { computeFolder } from "../../src/pipeline.ts";
import { BULLET_NUM_ID } from "../../src/render/docx/numbering.ts";
import { renderFormats } from "../../src/render/formats.ts";
import type { Format } from "../../src/write/manifest.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const TEMPLATES = join(import.meta.dirname, "..", "..", "templates");
const HAS_PDFTOTEXT = spawnSync("sh", ["-c", "command -v pdftotext"]).status === 0;

/** The draft mark: first line of the text, a line of the DOCX and PDF page headers. */
const DRAFT_LINE = DRAFT_MARK;
/** The draft's diagonal watermark on every page of the PDF (and of the DOCX). */
const WATERMARK = DRAFT_WATERMARK;

const words = (text: string): string[] => text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];

// ---------------------------------------------------------------------------------------------
// Ordered-list numbers. The model has no numbers: each renderer writes its own. Numbers are
// digits, hence words, so they are taken out of the text and the PDF — but only where the model
// has an ordered list item, in the model's order, and every one of them must be found:
// - a line that starts with "n." is a number only if n is the next number the model expects;
//   anything else (a paragraph starting with "3.") stays a word;
// - if a body word were ever taken for a number, that word would be missing and the real number
//   left over as an extra word: the comparison fails, it never hides a difference.
// The DOCX has no number in its text (Word numbers the paragraphs that carry a w:numPr): its
// numbered paragraphs are counted instead.

/** Numbers of the ordered lists at any depth, in document order (pdfmake numbers every `ol`). */
function allOrderedNumbers(blocks: readonly Block[]): number[] {
  return blocks.flatMap((block): number[] => {
    switch (block.kind) {
      case "list":
        return block.items.flatMap((item, i) => [
          ...(block.ordered ? [i + 1] : []),
          ...allOrderedNumbers(item),
        ]);
      case "table":
        return block.rows.flat().flatMap((cell) => allOrderedNumbers(cell.blocks));
      default:
        return [];
    }
  });
}

/**
 * Numbers the canonical text writes: "n. " before the items of the top-level ordered lists only;
 * a list inside a list item or a table cell is written inline, with "•" (text.ts `inline`).
 */
const topLevelOrderedNumbers = (doc: DocumentModel): number[] =>
  doc.blocks.flatMap((b) => (b.kind === "list" && b.ordered ? b.items.map((_, i) => i + 1) : []));

interface ListCounts {
  ordered: number;
  bulleted: number;
  orderedLists: number;
}

/**
 * Every list item, ordered or not: each one's first paragraph carries a w:numPr in the DOCX; and
 * every ordered list, which has a numId of its own so that Word restarts it at 1.
 */
function listCounts(blocks: readonly Block[]): ListCounts {
  const total = { ordered: 0, bulleted: 0, orderedLists: 0 };
  for (const block of blocks) {
    const inner =
      block.kind === "list"
        ? block.items.flat()
        : block.kind === "table"
          ? block.rows.flat().flatMap((cell) => cell.blocks)
          : [];
    if (block.kind === "list") total[block.ordered ? "ordered" : "bulleted"] += block.items.length;
    if (block.kind === "list" && block.ordered) total.orderedLists++;
    const nested = listCounts(inner);
    total.ordered += nested.ordered;
    total.bulleted += nested.bulleted;
    total.orderedLists += nested.orderedLists;
  }
  return total;
}

/** Removes the expected list numbers from the starts of lines; throws if one is missing. */
function withoutListNumbers(
  lines: readonly string[],
  expected: readonly number[],
  where: string,
): string[] {
  let next = 0;
  const out = lines.map((line) => {
    const number = /^(\d+)\.(?=\s|$)/u.exec(line);
    if (number === null || Number(number[1]) !== expected[next]) return line;
    next++;
    return line.slice(number[0].length);
  });
  if (next < expected.length) {
    throw new Error(
      `${where}: list number « ${expected[next]}. » not found at the start of a line ` +
        `(ordered item ${next + 1} of ${expected.length} in the model)`,
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The three readings.

/**
 * The canonical words: the .txt without its draft line and its list numbers. The draft line is
 * the draft mark, not a clause: the DOCX writes the same sentence in its page header
 * (header1.xml, checked below) and the PDF marks every page with a « PROJET » watermark (checked
 * where the PDF's furniture is removed). So it is compared with those marks, not with the body.
 */
function canonicalWords(id: string, doc: DocumentModel, txt: string): string[] {
  const prefix = `${DRAFT_LINE}\n\n`;
  if (doc.draft && !txt.startsWith(prefix)) {
    throw new Error(`${id}: the draft's text does not start with « ${DRAFT_LINE} »`);
  }
  if (!doc.draft && txt.includes(DRAFT_LINE)) {
    throw new Error(`${id}: a final act's text says « ${DRAFT_LINE} »`);
  }
  const body = doc.draft ? txt.slice(prefix.length) : txt;
  const lines = withoutListNumbers(body.split("\n"), topLevelOrderedNumbers(doc), `${id} txt`);
  return words(lines.join("\n"));
}

interface WordXml {
  /** One line per paragraph; tabs and breaks become spaces. */
  readonly text: string;
  /** The numId of each paragraph that carries a w:numPr, in order. */
  readonly numIds: readonly number[];
}

/** The text of a WordprocessingML part: its `w:t` elements in document order. */
function readWordXml(xml: string): WordXml {
  const parser = new SaxesParser();
  let text = "";
  let inText = false;
  let inNumPr = false;
  const numIds: number[] = [];
  parser.on("opentag", (tag) => {
    if (tag.name === "w:t") inText = true;
    else if (tag.name === "w:tab" || tag.name === "w:br" || tag.name === "w:cr") text += " ";
    else if (tag.name === "w:noBreakHyphen") text += "-";
    else if (tag.name === "w:numPr") inNumPr = true;
    else if (tag.name === "w:numId" && inNumPr) numIds.push(Number(tag.attributes["w:val"]));
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "w:t") inText = false;
    else if (tag.name === "w:numPr") inNumPr = false;
    else if (tag.name === "w:p") text += "\n";
  });
  parser.on("text", (chunk) => {
    if (inText) text += chunk;
  });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
  return { text, numIds };
}

/**
 * The body words of the PDF as pdftotext -raw reads it. Raw mode keeps the content stream's
 * order, which is pdfmake's layout order: side-by-side signature columns and table cells come
 * one after the other, as in the text; and unlike the default mode it does not join a word
 * broken after a hyphen at a line end with the next line ("Pas-" / "de-Calais" would become
 * "Pasde-Calais"). A limit: a table row whose cells all cross a page break would come out
 * interleaved, page by page, and fail here though no word is missing (no act of the embedded
 * data has one).
 *
 * pdfmake draws each page's furniture after its body: the letterhead lines, a draft's mark,
 * « Page n / N », then
 * the watermark (which pdftotext writes one letter a line, as it does diagonal text). Exactly
 * that is removed from the end of each page, and each piece must be there: a page without its
 * letterhead, its number or (for a draft) its watermark fails. Nothing else is removed, so a
 * body line equal to a letterhead line still counts.
 */
function pdfBodyLines(id: string, doc: DocumentModel, pdfText: string): string[] {
  const pages = pdfText.split("\f");
  if (pages.at(-1)?.trim() === "") pages.pop();
  const body: string[] = [];
  for (const [index, page] of pages.entries()) {
    const where = `${id} pdf, page ${index + 1}`;
    const lines = page.split("\n").map((line) => line.normalize("NFC").trim());
    while (lines.at(-1) === "") lines.pop();
    const take = (expected: string, what: string) => {
      const line = lines.pop();
      if (line !== expected) {
        throw new Error(`${where}: ${what} « ${expected} » expected at the end, found « ${line} »`);
      }
    };
    if (doc.draft) {
      let mark = "";
      while (mark !== WATERMARK) {
        const line = lines.pop() ?? "";
        mark = line + mark;
        if (line === "" || !WATERMARK.endsWith(mark)) {
          throw new Error(`${where}: no « ${WATERMARK} » watermark at the end of the page`);
        }
      }
    }
    take(`Page ${index + 1} / ${pages.length}`, "footer");
    if (doc.draft) take(DRAFT_LINE, "draft mark");
    for (const line of [...doc.letterhead].reverse()) take(line.normalize("NFC"), "letterhead");
    body.push(...lines);
  }
  return body;
}

// ---------------------------------------------------------------------------------------------
// Reporting: the first differing word, with context on both sides.

function disagreement(
  id: string,
  format: string,
  canonical: readonly string[],
  other: readonly string[],
): string | undefined {
  let i = 0;
  while (i < canonical.length && i < other.length && canonical[i] === other[i]) i++;
  if (i === canonical.length && i === other.length) return undefined;
  const around = (list: readonly string[]) =>
    [
      i > 10 ? "…" : "",
      ...list.slice(Math.max(0, i - 10), i),
      `⟦${list[i] ?? "(end)"}⟧`,
      ...list.slice(i + 1, i + 11),
      i + 11 < list.length ? "…" : "",
    ]
      .filter((w) => w !== "")
      .join(" ");
  // A guess at the kind of difference: the fewest words (200 at most) to skip in the text, in
  // the format or in both, after which the two agree again for 5 words (or both end).
  const aligned = (skipText: number, skipOther: number) => {
    const x = canonical.slice(i + skipText, i + skipText + 5);
    const y = other.slice(i + skipOther, i + skipOther + 5);
    return x.length === y.length && x.every((w, j) => w === y[j]);
  };
  const quote = (list: readonly string[], k: number) =>
    `« ${list.slice(i, i + Math.min(k, 12)).join(" ")}${k > 12 ? " …" : ""} »`;
  const plural = (k: number) => `${k} word${k > 1 ? "s" : ""}`;
  let hint = "no realignment within 200 words";
  search: for (let sum = 1; sum <= 200; sum++) {
    for (let a = 0; a <= sum; a++) {
      const b = sum - a;
      if (!aligned(a, b)) continue;
      if (b === 0) hint = `the ${format} lacks ${plural(a)}: ${quote(canonical, a)}`;
      else if (a === 0) hint = `the ${format} adds ${plural(b)}: ${quote(other, b)}`;
      else hint = `the ${format} has ${quote(other, b)} where the text has ${quote(canonical, a)}`;
      break search;
    }
  }
  return [
    `${id}: the ${format} disagrees with the canonical text at word ${i + 1} (${hint}; ` +
      `txt ${canonical.length} words, ${format} ${other.length})`,
    `  txt:  ${around(canonical)}`,
    `  ${format}: ${around(other)}`,
  ].join("\n");
}

function expectSameWords(id: string, format: string, canonical: string[], other: string[]) {
  const message = disagreement(id, format, canonical, other);
  if (message !== undefined) assert.fail(message);
}

// ---------------------------------------------------------------------------------------------
// Rendering every act once, in this process.

interface Rendered {
  readonly doc: DocumentModel;
  readonly txt: string;
  readonly docx: PizZip;
  /** pdftotext's output; undefined when pdftotext is not installed. */
  readonly pdfText?: string;
}

// The acts are known when the tests are collected, so that each act is a test of its own.
const computed = computeFolder(DEFAULT_DATA);
const data = computed.value?.data;
const acts = computed.value?.acts ?? [];
const ids = acts.map((act) => act.id);
const rendered = new Map<string, Rendered>();
const tmp = mkdtempSync(join(tmpdir(), "actes-formats-agree-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Runs pdftotext on each PDF path it is given, one after the other, and writes each text next
 * to its PDF (`x.pdf.txt`). Why a shell: spawning from this process forks its large heap, and
 * the copy-on-write page faults that follow slowed the rendering by half (measured); one small
 * shell spawns poppler on the other core while this one renders.
 */
function pdftotextQueue(): { add: (pdf: string) => void; close: () => Promise<void> } {
  const script =
    'while IFS= read -r pdf; do pdftotext -raw -enc UTF-8 "$pdf" "$pdf.txt" || exit 1; done';
  const shell = spawn("sh", ["-c", script], { stdio: ["pipe", "ignore", "pipe"] });
  let stderr = "";
  shell.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<void>((resolve, reject) => {
    shell.on("error", reject);
    shell.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`pdftotext failed (exit ${code}): ${stderr}`)),
    );
  });
  return {
    add: (pdf) => shell.stdin.write(`${pdf}\n`),
    close: () => {
      shell.stdin.end();
      return done;
    },
  };
}

// The calls `generate` makes for a batch this size (one thread: renderMany only starts workers
// for 40 documents a worker), but keeping each document model, which the normalisations need.
beforeAll(async () => {
  const templates = loadTemplates(TEMPLATES).value;
  if (!data || !templates) throw new Error("the embedded data or the templates do not load");
  const formats: Format[] = HAS_PDFTOTEXT ? ["docx", "pdf", "txt"] : ["docx", "txt"];
  const pdftotext = HAS_PDFTOTEXT ? pdftotextQueue() : undefined;
  const pdfs = new Map<string, string>();
  try {
    for (const [index, act] of acts.entries()) {
      const template = templates.get(act.type);
      if (!template) throw new Error(`no template for ${act.type}`);
      const doc = buildDocument(act, template, data.departement, true).value;
      if (!doc) throw new Error(`${act.id}: no document model`);
      const files = await renderFormats(doc, formats);
      if (!files.docx || !files.txt) throw new Error(`${act.id}: a format was not rendered`);
      const txt = new TextDecoder().decode(files.txt);
      rendered.set(act.id, { doc, txt, docx: new PizZip(files.docx) });
      if (files.pdf && pdftotext) {
        const pdf = join(tmp, `${index}.pdf`);
        writeFileSync(pdf, files.pdf);
        pdftotext.add(pdf);
        pdfs.set(act.id, pdf);
      }
    }
  } finally {
    await pdftotext?.close();
  }
  for (const [id, pdf] of pdfs) {
    const act = rendered.get(id);
    if (act) rendered.set(id, { ...act, pdfText: readFileSync(`${pdf}.txt`, "utf8") });
  }
});

function renderedAct(id: string): Rendered & { canonical: string[] } {
  const act = rendered.get(id);
  if (!act) throw new Error(`${id} was not rendered`);
  return { ...act, canonical: canonicalWords(id, act.doc, act.txt) };
}

describe("the three formats of each act say the same words", () => {
  it("the embedded data has its 39 acts, rendered as drafts", () => {
    expect(computed.diagnostics).toEqual([]);
    expect(ids).toHaveLength(39);
    expect(rendered.size).toBe(39);
    expect([...rendered.values()].every((r) => r.doc.draft)).toBe(true);
  });

  describe("DOCX: word/document.xml", () => {
    it.each(ids)("%s", (id) => {
      const { doc, docx, canonical } = renderedAct(id);
      const body = readWordXml(docx.file("word/document.xml")?.asText() ?? "");
      expectSameWords(id, "docx", canonical, words(body.text));
      // The numbers Word writes: one numbered paragraph per list item, ordered or bulleted.
      const ordered = body.numIds.filter((n) => n !== BULLET_NUM_ID);
      expect(
        {
          ordered: ordered.length,
          bulleted: body.numIds.filter((n) => n === BULLET_NUM_ID).length,
          orderedLists: new Set(ordered).size,
        },
        `${id}: numbered paragraphs of the DOCX`,
      ).toEqual(listCounts(doc.blocks));
      // The page header: the letterhead, then the canonical text's draft line.
      const header = readWordXml(docx.file("word/header1.xml")?.asText() ?? "");
      expect(
        header.text.split("\n").filter((line) => line !== ""),
        `${id}: DOCX header`,
      ).toEqual([...doc.letterhead, ...(doc.draft ? [DRAFT_LINE] : [])]);
    });
  });

  describe.skipIf(!HAS_PDFTOTEXT)(
    HAS_PDFTOTEXT ? "PDF: pdftotext -raw" : "PDF — skipped: pdftotext (poppler-utils) is missing",
    () => {
      it.each(ids)("%s", (id) => {
        const { doc, pdfText, canonical } = renderedAct(id);
        if (pdfText === undefined) throw new Error(`${id}: pdftotext gave no text`);
        const lines = withoutListNumbers(
          pdfBodyLines(id, doc, pdfText),
          allOrderedNumbers(doc.blocks),
          `${id} pdf`,
        );
        expectSameWords(id, "pdf", canonical, words(lines.join("\n")));
      });
    },
  );
});
