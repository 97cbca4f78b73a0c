// A PDF to paragraphs, with poppler's pdftotext rather than pdfjs-dist. Why: it is installed
// here and by .ci/run, the suite already trusts it to read our PDFs (formats-agree), it costs no
// dependency (pdfjs-dist is 30 MB and wants a DOM-less worker setup under Node), and one call
// reads the whole file. `-raw -bbox` gives each word with its box in the order of the content
// stream, which is the writer's reading order (pdfmake draws a signature column after the
// other, not line by line across both as the layout mode would), and the boxes tell lines,
// paragraphs and pages apart. Found here and not in the body:
// - a page's headers and footers: lines in the top or bottom eighth of the page whose text
//   (digits aside) comes back on at least half of the pages, and page numbers there;
// - a diagonal watermark, which comes out one or two letters a line, each line shifted both
//   ways from the last.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { SaxesParser } from "saxes";
import {
  isListMarker,
  isPageNumber,
  joinLines,
  type Vocabulary,
  vocabulary,
  withoutListMarker,
} from "./layout.ts";
import { type Extracted, normalize, type Paragraph } from "./paragraph.ts";

interface Word {
  readonly text: string;
  readonly page: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

interface Line {
  text: string;
  readonly page: number;
  readonly xMin: number;
  readonly yMin: number;
  xMax: number;
  readonly yMax: number;
}

interface Page {
  readonly height: number;
  readonly lines: Line[];
}

/** The words of pdftotext's -bbox XHTML, page by page. */
function readBbox(xhtml: string): { pages: number[]; words: Word[] } {
  const parser = new SaxesParser();
  const pages: number[] = [];
  const words: Word[] = [];
  let current: Omit<Word, "text"> | undefined;
  let text = "";
  parser.on("opentag", (tag) => {
    const n = (name: string) => Number(tag.attributes[name]);
    if (tag.name === "page") pages.push(n("height"));
    else if (tag.name === "word") {
      const page = pages.length;
      current = { page, xMin: n("xMin"), yMin: n("yMin"), xMax: n("xMax"), yMax: n("yMax") };
      text = "";
    }
  });
  parser.on("text", (chunk) => {
    if (current) text += chunk;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "word" && current) {
      words.push({ ...current, text });
      current = undefined;
    }
  });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xhtml).close();
  return { pages, words };
}

/** Words in stream order into lines: a new line when the baseline moves or x goes back. */
function toLines(words: readonly Word[]): Line[] {
  const lines: Line[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    const height = word.yMax - word.yMin;
    const sameLine =
      last !== undefined &&
      last.page === word.page &&
      Math.abs(last.yMin - word.yMin) < height * 0.3 &&
      word.xMin >= last.xMax - 1;
    if (sameLine) {
      last.text += ` ${word.text}`;
      last.xMax = word.xMax;
    } else lines.push({ ...word });
  }
  return lines;
}

/** Runs of three or more one- or two-letter lines stepping diagonally: a watermark. */
function watermarkLines(lines: readonly Line[]): Set<Line> {
  const marked = new Set<Line>();
  let run: Line[] = [];
  const close = () => {
    if (run.length >= 3) for (const line of run) marked.add(line);
    run = [];
  };
  for (const line of lines) {
    const short = normalize(line.text).length <= 2;
    const previous = run.at(-1);
    const diagonal =
      previous !== undefined &&
      previous.page === line.page &&
      line.xMin !== previous.xMin &&
      line.yMin !== previous.yMin;
    if (!short) close();
    else if (previous === undefined || diagonal) run.push(line);
    else {
      close();
      run.push(line);
    }
  }
  close();
  return marked;
}

const masked = (text: string) => normalize(text).replace(/\d+/gu, "#");

/** Headers, footers and page numbers: in the top or bottom eighth, repeated or a number. */
function furnitureLines(pages: readonly Page[]): Set<Line> {
  const inMargin = (line: Line, height: number) =>
    line.yMax <= height / 8 || line.yMin >= (height * 7) / 8;
  const seenOn = new Map<string, Set<number>>();
  for (const [index, page] of pages.entries()) {
    for (const line of page.lines) {
      if (!inMargin(line, page.height)) continue;
      const key = masked(line.text);
      seenOn.set(key, (seenOn.get(key) ?? new Set()).add(index));
    }
  }
  const repeated = (line: Line) => {
    const count = seenOn.get(masked(line.text))?.size ?? 0;
    return count >= 2 && count * 2 >= pages.length;
  };
  const out = new Set<Line>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (inMargin(line, page.height) && (repeated(line) || isPageNumber(line.text))) {
        out.add(line);
      }
    }
  }
  return out;
}

/**
 * Lines into paragraphs: a new paragraph on a new page, when the next line is above the last
 * (another column, another cell) or when the gap between two lines exceeds half a line — the
 * spacing within a paragraph is the font's leading, between paragraphs it is more.
 */
function toParagraphs(lines: readonly Line[], vocab: Vocabulary): Paragraph[] {
  const groups: Line[][] = [];
  for (const line of lines) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    const height = line.yMax - line.yMin;
    const follows =
      last !== undefined &&
      last.page === line.page &&
      line.yMin > last.yMin &&
      line.yMin - last.yMax < height * 0.5;
    if (group && follows) group.push(line);
    else groups.push([line]);
  }
  return groups.map((group) =>
    withoutListMarker(
      joinLines(
        group.map((l) => ({ text: l.text, origin: { page: l.page } })),
        vocab,
      ),
    ),
  );
}

/** Paragraphs of pdftotext's -raw -bbox output for one file. */
export function paragraphsOfBbox(xhtml: string): Extracted {
  const { pages: heights, words } = readBbox(xhtml);
  const lines = toLines(words);
  const pages: Page[] = heights.map((height) => ({ height, lines: [] }));
  for (const line of lines) pages[line.page - 1]?.lines.push(line);
  const aside = new Set([...watermarkLines(lines), ...furnitureLines(pages)]);
  for (const line of lines) if (isListMarker(line.text)) aside.add(line);
  const body = lines.filter((l) => !aside.has(l));
  const vocab = vocabulary(body.map((l) => l.text));
  const furniture = lines
    .filter((l) => aside.has(l))
    .map((l) => ({ text: normalize(l.text), marks: [{ offset: 0, origin: { page: l.page } }] }));
  return { paragraphs: toParagraphs(body, vocab), furniture };
}

const run = promisify(execFile);

const PDFTOTEXT = ["-raw", "-bbox", "-enc", "UTF-8"];
const MAX_BUFFER = 256 * 1024 * 1024;

/** Paragraphs of a PDF file: one pdftotext call for the whole file. */
export async function extractPdf(path: string): Promise<Extracted> {
  const { stdout } = await run("pdftotext", [...PDFTOTEXT, path, "-"], { maxBuffer: MAX_BUFFER });
  return paragraphsOfBbox(stdout);
}

/**
 * Paragraphs of several PDF files with one pdftotext call: qpdf puts their pages in one file
 * and the pages are dealt back by each file's page count. Why: poppler's start-up is most of
 * what a call costs on a short act (≈ 75 ms a file, ≈ 10 ms a file merged: 33 acts in 0.5 s
 * instead of 2.5 s). Throws when qpdf is missing or refuses a file: the caller then reads the
 * files one by one, which names the file at fault.
 */
export async function extractPdfsTogether(paths: readonly string[]): Promise<Extracted[]> {
  const dir = await mkdtemp(join(tmpdir(), "actes-pdf-"));
  try {
    const counts = await Promise.all(paths.map(pageCount));
    const merged = join(dir, "lot.pdf");
    // Absolute paths: a file named « -x.pdf » is not an option.
    const pages = paths.flatMap((p) => [resolve(p), "1-z"]);
    await run("qpdf", ["--empty", "--pages", ...pages, "--", merged]);
    const { stdout } = await run("pdftotext", [...PDFTOTEXT, merged, "-"], {
      maxBuffer: MAX_BUFFER,
    });
    const all = stdout.match(/<page\b[\s\S]*?<\/page>/g) ?? [];
    if (all.length !== counts.reduce((a, b) => a + b, 0)) {
      throw new Error(`${all.length} pages lues, ${counts.join(" + ")} attendues`);
    }
    let at = 0;
    return counts.map((n) => {
      const pages = all.slice(at, at + n);
      at += n;
      return paragraphsOfBbox(`<doc>${pages.join("")}</doc>`);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The page count of a PDF: from its one page tree when it is written in clear (pdfkit's, most
 * writers' without object streams) and was never updated in place; otherwise qpdf's.
 */
async function pageCount(path: string): Promise<number> {
  const text = (await readFile(path)).toString("latin1");
  const trees = text.match(
    /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g,
  );
  if (trees?.length === 1 && !/\/Prev\s+\d/.test(text) && !/\/ObjStm\b/.test(text)) {
    return Number(/\/Count\s+(\d+)/.exec(trees[0] ?? "")?.[1]);
  }
  const { stdout } = await run("qpdf", ["--show-npages", resolve(path)]);
  return Number(stdout.trim());
}
