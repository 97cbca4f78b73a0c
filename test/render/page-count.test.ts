// « Ce document comprend N pages »: N is the PDF's page count as pdfinfo reads it, in the PDF
// (pdftotext), in the text and in the DOCX field's cache, for 1, 2 and 11 pages (a count with
// more digits than the first guess). A count never counted is a bug the renderers refuse. The
// CLLAJ avenants of the embedded data are checked in libreoffice.test.ts, against LibreOffice.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { afterAll, describe, expect, it } from "vitest";
import type { Block, DocumentModel } from "../../src/document/model.ts";
import { PAGE_COUNT_PENDING } from "../../src/document/model.ts";
import { renderDocx } from "../../src/render/docx.ts";
import { renderFormats } from "../../src/render/formats.ts";
import { renderText } from "../../src/render/text.ts";
import { SAMPLE_DOCUMENT } from "../fixtures/sample-document.ts";

const has = (bin: string) => spawnSync("sh", ["-c", `command -v ${bin}`]).status === 0;
const run = (bin: string, ...args: string[]) => spawnSync(bin, args, { encoding: "utf8" }).stdout;

const tmp = mkdtempSync(join(tmpdir(), "actes-pages-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const counting: Block = {
  kind: "paragraph",
  runs: [
    { text: "Ce document comprend " },
    { text: PAGE_COUNT_PENDING, pageCount: true },
    { text: " pages." },
  ],
};
/** The sentence on the first page, then a page break before each of `more` pages. */
const pagesDocument = (more: number): DocumentModel => ({
  ...SAMPLE_DOCUMENT,
  blocks: [
    counting,
    ...Array.from({ length: more }, (): Block[] => [
      { kind: "pagebreak" },
      { kind: "paragraph", runs: [{ text: "Page suivante." }] },
    ]).flat(),
  ],
});
const said = (text: string) =>
  Number(/Ce document comprend (\d+) pages/.exec(text.replace(/\s+/g, " "))?.[1]);

describe.skipIf(!has("pdfinfo") || !has("pdftotext"))("the page count is the PDF's", () => {
  it.each([
    [1, 0],
    [2, 1],
    [11, 10],
  ])("%i page(s): the PDF, the text and the DOCX field say it", async (expected, more) => {
    const files = await renderFormats(pagesDocument(more), ["docx", "pdf", "txt"]);
    const pdf = join(tmp, `${expected}.pdf`);
    writeFileSync(pdf, files.pdf ?? new Uint8Array());
    const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", pdf))?.[1]);
    expect(pages).toBe(expected);
    expect(said(run("pdftotext", pdf, "-")), "PDF").toBe(pages);
    expect(said(new TextDecoder().decode(files.txt)), "text").toBe(pages);
    const xml =
      new PizZip(files.docx ?? new Uint8Array()).file("word/document.xml")?.asText() ?? "";
    expect(xml).toContain(
      `> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${pages}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`,
    );
  });

  it("the text alone still says the PDF's count (the PDF is laid out for it)", async () => {
    const { txt, pdf } = await renderFormats(pagesDocument(1), ["txt"]);
    expect(pdf).toBeUndefined();
    expect(said(new TextDecoder().decode(txt))).toBe(2);
  });
});

describe("a page count never counted is a bug, never printed", () => {
  it.each([
    ["text", () => renderText(pagesDocument(0))],
    ["DOCX", () => renderDocx(pagesDocument(0))],
  ])("%s refuses it", (_format, render) => {
    expect(render).toThrow(/page count was never counted/);
  });
});
