// PDF renderer: valid PDF/A-2b bytes that say what the model says, in fonts that hold every
// character, identical under any TZ, reading nothing but its fonts.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Block, type DocumentModel, PAGE_COUNT_PENDING } from "../../src/document/model.ts";
import { respaceJustifiedLine } from "../../src/render/pdf/justify.ts";
import {
  PAGE_FOOTER,
  PDF_FONT_FILES,
  pdfDefinition,
  printPdf,
  renderPdf,
  renderPdfCounted,
} from "../../src/render/pdf.ts";
import { SAMPLE_DOCUMENT } from "../fixtures/sample-document.ts";
import { hasPoppler, pdfWords } from "../helpers/pdf-words.ts";
import { evalUnderTz } from "../helpers/tz.ts";

const has = (bin: string) => spawnSync(bin, ["-v"], { stdio: "ignore" }).error === undefined;
const run = (bin: string, ...args: string[]) => spawnSync(bin, args, { encoding: "utf8" });
/** pdftotext keeps U+202F and U+00A0: compare on plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

// fontkit comes with pdfkit (pdfmake's engine) and has no typings: only what the test uses.
type Fontkit = { openSync(path: string): { hasGlyphForCodePoint(cp: number): boolean } };
const fontkit = createRequire(import.meta.url)("fontkit") as Fontkit;

function blockText(block: Block): string {
  switch (block.kind) {
    case "paragraph":
    case "heading":
      return block.runs.map((run) => run.text).join("");
    case "list":
      return block.items.flat().map(blockText).join("");
    case "table":
      return block.rows
        .flat()
        .flatMap((cell) => cell.blocks.map(blockText))
        .join("");
    case "signatures":
      return block.columns.flat().map(blockText).join("");
    case "pagebreak":
      return "";
  }
}

function modelText(doc: DocumentModel): string {
  return [doc.title, doc.subject, ...doc.letterhead, ...doc.blocks.map(blockText)].join("");
}

function xmpPacket(pdf: Buffer): string {
  const start = pdf.indexOf("<?xpacket begin");
  const endTag = '<?xpacket end="w"?>';
  return pdf.subarray(start, pdf.indexOf(endTag, start) + endTag.length).toString("utf8");
}

let pdf: Buffer;
let dir: string;
let file: string;
let renderMs: number;

beforeAll(async () => {
  const start = performance.now();
  pdf = await renderPdf(SAMPLE_DOCUMENT);
  renderMs = performance.now() - start;
  dir = mkdtempSync(join(tmpdir(), "actes-pdf-"));
  file = join(dir, "sample.pdf");
  writeFileSync(file, pdf);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("renderPdf", () => {
  it("gives a PDF 1.7 that declares PDF/A-2b, tagging, fr-FR and its title", () => {
    expect(pdf.subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
    const xmp = xmpPacket(pdf);
    expect(xmp).toContain("<pdfaid:part>2</pdfaid:part>");
    expect(xmp).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
    expect(xmp).toContain("Avenant financier n°1 – CCAS de Béthune");
    expect(pdf.includes("/Lang (fr-FR)")).toBe(true);
    expect(pdf.includes("/OutputIntents")).toBe(true);
    expect(pdf.includes("/Marked true")).toBe(true);
    expect(renderMs).toBeLessThan(5_000);
  });

  it("keeps the XMP well-formed when the title has & and <", async () => {
    const bytes = await renderPdf({ ...SAMPLE_DOCUMENT, title: "Emploi & Solidarité <CCAS>" });
    const parser = new SaxesParser();
    expect(() => parser.write(xmpPacket(bytes)).close()).not.toThrow();
    expect(xmpPacket(bytes)).toContain("Emploi &#38; Solidarité &#60;CCAS&#62;");
  });

  it.skipIf(!has("qpdf"))("passes qpdf --check", () => {
    const result = run("qpdf", "--check", file);
    expect(result.stdout + result.stderr).toContain("No syntax or stream encoding errors");
    expect(result.status).toBe(0);
  });

  it.skipIf(!has("pdftotext"))("says what the model says, with page numbers", () => {
    const text = plain(run("pdftotext", file, "-").stdout);
    for (const expected of [
      "27 500,00 €",
      "Page 1 / 2",
      "Page 2 / 2",
      "Jean-Claude LEROY, dûment",
      "Pas-de-Calais",
      "cœur, Œuvre, ’ « » – …",
      "Pôle Solidarités",
      "Sabine DESPIERRE",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/undefined|NaN/);
  });

  it.skipIf(!has("pdfinfo"))("carries title, subject and a fixed date (pdfinfo, pdffonts)", () => {
    const info = run("pdfinfo", file).stdout;
    expect(info).toMatch(/^Title:\s+Avenant financier n°1 – CCAS de Béthune$/m);
    expect(info).toMatch(/^Subject:\s+Accompagnement Global – Commission Permanente/m);
    expect(info).toMatch(/^CreationDate:\s+Sat Jan\s+1 00:00:00 2000 UTC$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+595.28 x 841.89 pts \(A4\)$/m);
    const fonts = run("pdffonts", file).stdout;
    for (const face of ["Arimo-Regular", "Arimo-Bold ", "Arimo-Italic"]) {
      expect(fonts).toContain(face);
    }
    expect(fonts.split("\n").slice(2).filter(Boolean)).not.toContainEqual(
      expect.stringMatching(/ no /),
    );
  });

  it("shows a PROJET watermark on drafts only", () => {
    const watermark = (draft: boolean) =>
      (pdfDefinition({ ...SAMPLE_DOCUMENT, draft }) as { watermark?: { text: string } }).watermark;
    expect(watermark(true)?.text).toBe("PROJET");
    expect(watermark(false)).toBeUndefined();
  });

  it("maps relative widths and column spans to pdfmake's table", () => {
    const doc: DocumentModel = {
      ...SAMPLE_DOCUMENT,
      blocks: [
        {
          kind: "table",
          widths: [1, 3],
          rows: [[{ header: true, colSpan: 2, blocks: [] }], [{ blocks: [] }, { blocks: [] }]],
        },
      ],
    };
    const definition = JSON.parse(JSON.stringify(pdfDefinition(doc)));
    const table = definition.content[0].table;
    expect(table.widths).toEqual(["25.0000%", "75.0000%"]);
    expect(table.headerRows).toBe(1);
    expect(table.body[0]).toEqual([
      { stack: [], colSpan: 2, fillColor: "#e6e6e6", bold: true },
      { text: "" },
    ]);
  });
});

describe("without page numbers (a part of the session dossier)", () => {
  /** « Ce document comprend N pages. » then `more` pages: the count must settle without footer. */
  const counting = (more: number): DocumentModel => ({
    ...SAMPLE_DOCUMENT,
    blocks: [
      {
        kind: "paragraph",
        runs: [
          { text: "Ce document comprend " },
          { text: PAGE_COUNT_PENDING, pageCount: true },
          { text: " pages." },
        ],
      },
      ...SAMPLE_DOCUMENT.blocks,
      ...Array.from({ length: more }, (): Block[] => [
        { kind: "pagebreak" },
        { kind: "paragraph", runs: [{ text: "Suite du document." }] },
      ]).flat(),
    ],
  });
  const footerTop = (page: { height: number }) => page.height - 62;

  it.skipIf(!hasPoppler()).each([
    ["the sample", SAMPLE_DOCUMENT, 2],
    ["a counted document", counting(9), 11],
  ])("%s: same count, same body, no footer", async (_name, doc, expected) => {
    const numbered = await renderPdfCounted(doc);
    const bare = await renderPdfCounted(doc, { pageNumbers: false });
    expect([numbered.pages, bare.pages]).toEqual([expected, expected]);
    writeFileSync(join(dir, "numbered.pdf"), numbered.pdf);
    writeFileSync(join(dir, "bare.pdf"), bare.pdf);
    const withFooter = pdfWords(join(dir, "numbered.pdf"));
    const without = pdfWords(join(dir, "bare.pdf"));
    expect(without).toHaveLength(expected);
    // The numbered pages' words, less those below the bottom margin: the footer, nothing else.
    const footers = withFooter.map((page) =>
      page.words
        .filter((w) => w.yMin > footerTop(page))
        .map((w) => w.text)
        .join(" "),
    );
    expect(footers).toEqual(
      Array.from({ length: expected }, (_, i) => PAGE_FOOTER.text(i + 1, expected)),
    );
    const body = withFooter.map((page) => ({
      ...page,
      words: page.words.filter((w) => w.yMin <= footerTop(page)),
    }));
    expect(without).toEqual(body);
    expect(without.flatMap((page) => page.words).map((w) => w.text)).not.toContain("Page");
    if (doc !== SAMPLE_DOCUMENT) {
      expect(plain(run("pdftotext", join(dir, "bare.pdf"), "-").stdout)).toContain(
        `Ce document comprend ${expected} pages.`,
      );
    }
  });

  it("keeps the default definition's footer, and gives none on demand", () => {
    type Footer = (page: number, pages: number) => unknown;
    const counts: number[] = [];
    const footer = (options?: { pageNumbers?: boolean }) =>
      (pdfDefinition(SAMPLE_DOCUMENT, (n) => counts.push(n), options) as { footer: Footer }).footer;
    expect(footer()(3, 7)).toEqual({
      text: "Page 3 / 7",
      alignment: "center",
      fontSize: 8,
      margin: [56.7, 24, 56.7, 0],
    });
    expect(footer({ pageNumbers: true })(1, 2)).toMatchObject({ text: "Page 1 / 2" });
    expect(footer({ pageNumbers: false })(2, 9)).toBeNull();
    expect(counts).toEqual([7, 2, 9]);
  });

  it("says where the footer's baseline is: 62 − 24 − ascent (1854 / 2048) × 8 above the edge", () => {
    expect(PAGE_FOOTER.baselineFromBottom).toBeCloseTo(30.758, 3);
    expect(PAGE_FOOTER.fontSize).toBe(8);
    expect(PDF_FONT_FILES[PAGE_FOOTER.font]).toMatch(/Arimo_400Regular\.ttf$/);
  });
});

describe("fonts", () => {
  const ascii = String.fromCodePoint(...Array.from({ length: 95 }, (_, i) => 0x20 + i));
  const french =
    "àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ ’‘«»“”–—…€\u00a0\u202f°²³ n°1 1er 2e § % PROJET Page";
  const characters = [...new Set(ascii + french + modelText(SAMPLE_DOCUMENT))];

  for (const [face, path] of Object.entries(PDF_FONT_FILES)) {
    it(`${face} has a glyph for every character`, () => {
      const font = fontkit.openSync(path);
      const missing = characters.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
      expect(missing.map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16)}`)).toEqual([]);
    });
  }
});

describe("determinism", () => {
  it("gives the same bytes twice in one process", async () => {
    expect(sha256(await renderPdf(SAMPLE_DOCUMENT))).toBe(sha256(pdf));
  });

  it("gives the same bytes when the renderer is loaded a second time in the process", async () => {
    // Two instances of the renderer's modules (a bundler's duplicate, vi.resetModules) share
    // one pdfmake and one fontkit: the second must not patch them again. It once did, and the
    // justification was applied twice (« ci-d essous » in pdftotext).
    vi.resetModules();
    const again = (await import(
      "../../src/render/pdf.ts"
    )) as typeof import("../../src/render/pdf.ts");
    expect(again.renderPdf).not.toBe(renderPdf);
    expect(sha256(await again.renderPdf(SAMPLE_DOCUMENT))).toBe(sha256(pdf));
  });

  it("gives the same bytes under UTC and Pacific/Kiritimati (UTC+14)", async () => {
    const script = `
      import { createHash } from "node:crypto";
      const { renderPdf } = await import(${JSON.stringify(new URL("../../src/render/pdf.ts", import.meta.url).href)});
      const { SAMPLE_DOCUMENT } = await import(${JSON.stringify(new URL("../fixtures/sample-document.ts", import.meta.url).href)});
      const hash = createHash("sha256").update(await renderPdf(SAMPLE_DOCUMENT)).digest("hex");
      process.stdout.write(JSON.stringify({ offset: new Date("2000-01-01T00:00:00Z").getTimezoneOffset(), hash }));`;
    const renderUnder = (tz: string) =>
      JSON.parse(evalUnderTz(tz, script)) as { offset: number; hash: string };
    const [utc, kiritimati] = ["UTC", "Pacific/Kiritimati"].map(renderUnder);
    expect(utc?.offset).toBe(0);
    expect(kiritimati?.offset).toBe(-840);
    expect(kiritimati?.hash).toBe(utc?.hash);
    expect(utc?.hash).toBe(sha256(pdf));
  }, 30_000);
});

describe("access policy", () => {
  const withImage = (extra: object) => ({ ...pdfDefinition(SAMPLE_DOCUMENT), ...extra });

  it("refuses a local image path", async () => {
    await expect(printPdf(withImage({ content: [{ image: "/etc/hostname" }] }))).rejects.toThrow(
      /Access to local file denied/,
    );
  });

  it("refuses an image URL before fetching it", async () => {
    const definition = withImage({
      images: { logo: "https://example.invalid/logo.png" },
      content: [{ image: "logo" }],
    });
    await expect(printPdf(definition)).rejects.toThrow(/Access to URL denied/);
  });
});

describe("justification spreads space over word gaps only", () => {
  // pdfmake moved inline i by i × 2; the only word gap is after "du ".
  const t = (texts: string[], xs: number[], expected: number[]) =>
    it(JSON.stringify(texts), () => {
      const inlines = texts.map((text, i) => ({ text, x: (xs[i] ?? 0) + 2 * i }));
      respaceJustifiedLine(inlines, 2);
      expect(inlines.map((inline) => inline.x)).toEqual(expected);
    });
  t(["du ", "Pas-", "de-", "Calais"], [0, 10, 20, 30], [0, 16, 26, 36]);
  t(["LEROY", ", dûment ", "autorisé"], [0, 10, 20], [0, 10, 24]);
  t(["2022", " ; ", "ci-", "après"], [0, 10, 20, 30], [0, 13, 26, 36]);
  t(["anti-", "constitutionnellement"], [0, 10], [0, 10]);
});
