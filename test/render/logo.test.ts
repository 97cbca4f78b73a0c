// The letterhead logo in both formats: the DOCX holds the image part, its relationship from the
// header and a w:drawing; the PDF one image XObject (qpdf, pdfimages); pdfmake reads that file
// and no other; the same bytes every run. LibreOffice's reading of the DOCX is checked in
// libreoffice.test.ts, by its one soffice run. The PNG is made in the test (png.ts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { afterAll, describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/document/model.ts";
import { imageInfo } from "../../src/model/rules/logo.ts";
import { renderDocx } from "../../src/render/docx.ts";
import { pdfDefinition, printPdf, renderPdf } from "../../src/render/pdf.ts";
import { SAMPLE_DOCUMENT } from "../fixtures/sample-document.ts";
import { diagnose, FIXTURE } from "../helpers/dataset.ts";
import { pngBytes } from "./png.ts";

const has = (bin: string) => spawnSync("sh", ["-c", `command -v ${bin}`]).status === 0;
const run = (bin: string, ...args: string[]) => spawnSync(bin, args, { encoding: "utf8" });

const tmp = mkdtempSync(join(tmpdir(), "actes-logo-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// 3 × 1 pixels: fitted to the 120 × 40 pt box, it is 120 pt wide and 40 pt high.
const png = pngBytes(3, 1);
const logoFile = join(tmp, "logo.png");
writeFileSync(logoFile, png);
const withLogo: DocumentModel = { ...SAMPLE_DOCUMENT, logo: logoFile };

/** A JPEG's first segments (SOI, APP0, SOF0 of 640 × 480): all imageInfo reads. */
const jpegHead = Buffer.from([
  ...[0xff, 0xd8],
  ...[0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46],
  ...[0xff, 0xc0, 0x00, 0x0b, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x01, 0x01, 0x11, 0x00],
]);

describe("imageInfo: what the bytes say, not the name", () => {
  it.each([
    ["a PNG", png, { type: "png", width: 3, height: 1 }],
    ["a JPEG after an APP0 segment", jpegHead, { type: "jpeg", width: 640, height: 480 }],
    ["text named logo.png", Buffer.from("pas une image"), undefined],
    ["a PNG cut before its size", png.subarray(0, 20), undefined],
    ["a JPEG without a frame", jpegHead.subarray(0, 10), undefined],
    ["a GIF", Buffer.from("GIF89a\x01\x00\x01\x00", "latin1"), undefined],
  ])("%s", (_name, bytes, expected) => {
    expect(imageInfo(bytes)).toEqual(expected);
  });
});

describe("validation lets a real image through", () => {
  it("departement.yaml naming a PNG of the data folder: no error, the model holds its path", () => {
    const departement = readFileSync(join(FIXTURE, "departement.yaml"), "utf8");
    const { ok, diagnostics, result } = diagnose({
      "departement.yaml": `${departement}logo: logo.png\n`,
      "logo.png": png,
    });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(ok).toBe(true);
    expect(result.value?.data.departement.logo).toBe("logo.png");
  });
});

describe("DOCX: the logo is an image part drawn from the header", () => {
  const zip = new PizZip(renderDocx(withLogo));
  const header = zip.file("word/header1.xml")?.asText() ?? "";

  it("stores the file's bytes as word/media/logo.png, typed image/png", () => {
    expect(Buffer.from(zip.file("word/media/logo.png")?.asUint8Array() ?? [])).toEqual(png);
    expect(zip.file("[Content_Types].xml")?.asText()).toContain(
      '<Default Extension="png" ContentType="image/png"/>',
    );
  });

  it("the header's relationship targets it and its w:drawing embeds that relationship", () => {
    const rels = zip.file("word/_rels/header1.xml.rels")?.asText() ?? "";
    const rel = /<Relationship Id="([^"]+)" Type="[^"]+\/image" Target="media\/logo.png"\/>/.exec(
      rels,
    );
    expect(rel?.[1]).toBeDefined();
    expect(header).toMatch(/<w:drawing><wp:anchor [^>]*>/);
    expect(header).toContain(`<a:blip r:embed="${rel?.[1]}"/>`);
    // 120 × 40 pt in EMU, 12 700 a point: the PDF's box.
    expect(header).toContain('<wp:extent cx="1524000" cy="508000"/>');
  });

  it("without a logo: no image part, no relationship, no drawing, no mark left", () => {
    const plain = new PizZip(renderDocx(SAMPLE_DOCUMENT));
    expect(plain.file(/media\//)).toEqual([]);
    expect(plain.file("word/_rels/header1.xml.rels")).toBeNull();
    expect(plain.file("word/header1.xml")?.asText()).not.toMatch(/<w:drawing|<!--logo-->/);
  });

  it("gives the same bytes twice", () => {
    expect(renderDocx(withLogo).equals(renderDocx(withLogo))).toBe(true);
  });
});

describe.skipIf(!has("qpdf") || !has("pdfimages"))("PDF: the logo is one image XObject", () => {
  it("one /Image object, drawn on each page, same bytes twice", async () => {
    const pdf = await renderPdf(withLogo);
    expect(pdf.equals(await renderPdf(withLogo))).toBe(true);
    const file = join(tmp, "logo.pdf");
    writeFileSync(file, pdf);
    const qdf = run("qpdf", "--qdf", "--object-streams=disable", file, "-").stdout;
    expect(qdf.match(/\/Subtype \/Image\b/g)).toHaveLength(1);
    // pdfimages lists the image on every page, always the same object, 3 × 1 pixels.
    const rows = run("pdfimages", "-list", file)
      .stdout.split("\n")
      .slice(2)
      .filter((line) => line.trim() !== "")
      .map((line) => line.trim().split(/\s+/));
    const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", file).stdout)?.[1]);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: pages }, (_, i) => `${i + 1}`));
    expect(new Set(rows.map((r) => `${r[3]}x${r[4]} object ${r[10]}`)).size).toBe(1);
    expect(rows[0]?.slice(3, 5)).toEqual(["3", "1"]);
  });
});

describe("PDF access policy: the logo file and nothing else", () => {
  it("refuses the logo when the model does not name it", async () => {
    await expect(printPdf(pdfDefinition(withLogo))).rejects.toThrow(/Access to local file denied/);
  });

  it("still refuses any other file when the logo is allowed", async () => {
    const other = join(tmp, "other.png");
    writeFileSync(other, png);
    const definition = { ...pdfDefinition(withLogo), content: [{ image: other }] };
    await expect(printPdf(definition, { logo: logoFile })).rejects.toThrow(
      /Access to local file denied.*other\.png/,
    );
  });
});
