// Hand-made faulty documents in the two formats that are not text: a DOCX built here with
// pizzip (a duplicate article, in a body with a table and a page header that must not count),
// and a PDF drawn by our own renderer from a document model with a wrong amount in words pushed
// to page 2. And the renderer tests' complete document (not a draft), linted as final in all
// three formats: nothing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { afterAll, describe, expect, it } from "vitest";
import type { Block, DocumentModel } from "../../src/document/model.ts";
import { renderFormats } from "../../src/render/formats.ts";
import { extractDocx } from "../../src/review/extract/docx.ts";
import { extractPdf, extractPdfsTogether } from "../../src/review/extract/pdf.ts";
import { lintFiles } from "../../src/review/lint-command.ts";
import { SAMPLE_DOCUMENT } from "../fixtures/sample-document.ts";
import { line } from "./helpers.ts";

const tmp = mkdtempSync(join(tmpdir(), "actes-review-fixtures-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (text: string) => `<w:tc>${p(text)}</w:tc>`;

/** A DOCX with only the parts a reader needs: the body and a page header. */
function docx(body: string, header: string): Uint8Array {
  const zip = new PizZip();
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  zip.file("word/header1.xml", `<?xml version="1.0"?><w:hdr ${W}>${header}</w:hdr>`);
  return zip.generate({ type: "uint8array" });
}

describe("a hand-made DOCX", () => {
  const bytes = docx(
    [
      p("Article 1 : Objet"),
      `<w:tbl><w:tr>${cell("Durée")}${cell("Du 01/12/2022 au 31/12/2023")}</w:tr></w:tbl>`,
      p("Article 2 : Coût"),
      "<w:p/>",
      `<w:p><w:r><w:t>Article 2 :</w:t></w:r><w:r><w:tab/><w:t>Autres dispositions</w:t></w:r></w:p>`,
    ].join(""),
    p("Article 9 : en-tête"),
  );

  it("reads its paragraphs in order, table cells included, the header apart", () => {
    const { paragraphs, furniture } = extractDocx(bytes);
    expect(paragraphs.map((x) => [x.text, x.marks[0]?.origin])).toEqual([
      ["Article 1 : Objet", { paragraph: 1 }],
      ["Durée", { paragraph: 2 }],
      ["Du 01/12/2022 au 31/12/2023", { paragraph: 3 }],
      ["Article 2 : Coût", { paragraph: 4 }],
      ["Article 2 : Autres dispositions", { paragraph: 5 }],
    ]);
    expect(furniture.map((x) => x.text)).toEqual(["Article 9 : en-tête"]);
  });

  it("has its duplicate article found at its paragraph", async () => {
    const file = join(tmp, "article-en-double.docx");
    writeFileSync(file, bytes);
    const { diagnostics } = await lintFiles([file], { final: true });
    expect(diagnostics.map(line)).toEqual([
      "article-en-double.docx:paragraphe 5 ARTICLE_EN_DOUBLE « Article 2 » apparaît deux fois",
    ]);
  });
});

/** A PDF of our renderer whose page 2 writes 198 000 € in words as 180 000 €. */
const filler: Block[] = Array.from({ length: 45 }, (_, i) => ({
  kind: "paragraph",
  runs: [{ text: `Paragraphe de remplissage numéro ${i + 1}, pour passer à la page suivante.` }],
}));
const faulty: DocumentModel = {
  ...SAMPLE_DOCUMENT,
  blocks: [
    ...filler,
    {
      kind: "paragraph",
      runs: [
        { text: "Le montant s'élève à 198\u202f000,00\u00a0€ (cent quatre-vingt mille euros)." },
      ],
    },
  ],
};

describe("a PDF drawn by our renderer", () => {
  it("has its wrong amount in words found on page 2", async () => {
    const file = join(tmp, "montant-en-lettres.pdf");
    writeFileSync(file, (await renderFormats(faulty, ["pdf"])).pdf ?? new Uint8Array());
    const { diagnostics } = await lintFiles([file], { final: true });
    expect(diagnostics.map(line)).toEqual([
      "montant-en-lettres.pdf:page 2 MONTANT_EN_LETTRES 198 000,00 € écrit en lettres « cent quatre-vingt mille euros », qui font 180 000,00 €",
    ]);
  });
});

describe("several PDFs, read together (one qpdf merge, one pdftotext call)", () => {
  it("each finding stays with its file and page; a clean PDF next to it stays clean", async () => {
    const clean = join(tmp, "complet-a.pdf");
    writeFileSync(clean, (await renderFormats(SAMPLE_DOCUMENT, ["pdf"])).pdf ?? new Uint8Array());
    const wrong = join(tmp, "montant-en-lettres-2.pdf");
    writeFileSync(wrong, (await renderFormats(faulty, ["pdf"])).pdf ?? new Uint8Array());
    const { diagnostics } = await lintFiles([clean, wrong, clean], { final: true });
    expect(diagnostics.map(line)).toEqual([
      "montant-en-lettres-2.pdf:page 2 MONTANT_EN_LETTRES 198 000,00 € écrit en lettres « cent quatre-vingt mille euros », qui font 180 000,00 €",
    ]);
    // The same paragraphs as read one file at a time.
    const together = await extractPdfsTogether([clean, wrong]);
    expect(together).toEqual([await extractPdf(clean), await extractPdf(wrong)]);
  });

  it("a file that is no PDF among them: named alone, the others still read", async () => {
    const bad = join(tmp, "pas-un.pdf");
    writeFileSync(bad, "ceci n'est pas un PDF");
    const wrong = join(tmp, "montant-en-lettres-3.pdf");
    writeFileSync(wrong, (await renderFormats(faulty, ["pdf"])).pdf ?? new Uint8Array());
    const { diagnostics } = await lintFiles([bad, wrong], { final: true });
    expect(diagnostics.map((d) => [d.file.replace(`${tmp}/`, ""), d.code])).toEqual([
      ["montant-en-lettres-3.pdf:page 2", "MONTANT_EN_LETTRES"],
      ["pas-un.pdf", "FICHIER_ILLISIBLE"],
    ]);
  });
});

describe("a complete document (not a draft)", () => {
  it("lints clean as final in DOCX, PDF and TXT", async () => {
    const files = await renderFormats(SAMPLE_DOCUMENT, ["docx", "pdf", "txt"]);
    const paths = (["docx", "pdf", "txt"] as const).map((kind) => {
      const path = join(tmp, `complet.${kind}`);
      writeFileSync(path, files[kind] ?? new Uint8Array());
      return path;
    });
    expect((await lintFiles(paths, { final: true })).diagnostics.map(line)).toEqual([]);
  });
});
