// The words of a PDF with their boxes, page by page, as poppler's `pdftotext -bbox` reads them:
// where a reader's tool sees the text, to compare two renderings or to find the page numbers.
import { spawnSync } from "node:child_process";

export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

/** Whether poppler's tools are installed (Debian poppler-utils, installed by .ci/run). */
export const hasPoppler = (): boolean =>
  spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).error === undefined;

/** The pages of the PDF file at `path`, each with its size (as shown) and its words from the top. */
export function pdfWords(path: string): PdfPage[] {
  const result = spawnSync("pdftotext", ["-bbox", path, "-"], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`pdftotext -bbox ${path}: ${result.stderr}`);
  const pages: PdfPage[] = [];
  for (const page of result.stdout.split("<page ").slice(1)) {
    const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const words = [
      ...page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({
      text: unescapeXml(m[5] ?? ""),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    }));
    pages.push({ width: Number(size?.[1]), height: Number(size?.[2]), words });
  }
  return pages;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
