// Drafts look alike in both formats: one wording for the draft mark (model.ts), a watermark,
// values to complete highlighted; table rows never split in either format.
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { type DocumentModel, DRAFT_MARK, DRAFT_WATERMARK } from "../../src/document/model.ts";
import { renderDocx } from "../../src/render/docx.ts";
import { pdfDefinition } from "../../src/render/pdf.ts";
import { SAMPLE_DOCUMENT } from "../fixtures/sample-document.ts";

const gapDoc: DocumentModel = {
  ...SAMPLE_DOCUMENT,
  draft: true,
  blocks: [
    {
      kind: "paragraph",
      runs: [{ text: "SIRET : " }, { text: "[À COMPLÉTER : SIRET]", gap: true }],
    },
    { kind: "table", widths: [1], rows: [[{ blocks: [] }]] },
  ],
};

describe("draft marks and highlights, DOCX and PDF", () => {
  const zip = new PizZip(renderDocx(gapDoc));
  const header = zip.file("word/header1.xml")?.asText() ?? "";
  const body = zip.file("word/document.xml")?.asText() ?? "";
  const json = JSON.stringify(pdfDefinition(gapDoc));

  it("writes the one draft mark and watermark in both", () => {
    expect(header).toContain(`<w:t xml:space="preserve">${DRAFT_MARK}</w:t>`);
    expect(header).toContain(`string="${DRAFT_WATERMARK}"`);
    const pdfHeader = (pdfDefinition(gapDoc) as { header: () => unknown }).header;
    expect(JSON.stringify(pdfHeader())).toContain(JSON.stringify(DRAFT_MARK));
    expect((pdfDefinition(gapDoc) as { watermark?: { text: string } }).watermark?.text).toBe(
      DRAFT_WATERMARK,
    );
  });

  it("highlights a value to complete, and only it", () => {
    expect(body).toMatch(
      /<w:r><w:rPr><w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">\[À COMPLÉTER : SIRET\]<\/w:t><\/w:r>/,
    );
    expect(body.match(/w:highlight/g)).toHaveLength(1);
    expect(json).toContain('{"text":"[À COMPLÉTER : SIRET]","background":"#ffff00"}');
    expect(json.match(/background/g)).toHaveLength(1);
  });

  it("keeps table rows whole in both", () => {
    expect(body).toContain("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    expect(json).toContain('"dontBreakRows":true');
  });
});
