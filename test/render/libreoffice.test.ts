// LibreOffice reads our DOCX: every act of the embedded data, the sample document and the
// closing-lines documents are converted to PDF by ONE soffice run (it starts in seconds, then
// converts a document in a fraction of one), and the other checks read that conversion:
// - each act's DOCX, laid out by LibreOffice with the Debian fonts .ci/run installs (Liberation
//   Sans for Arial), has the page count of our PDF (Arimo): same metrics, same spacing;
// - the closing lines « En deux exemplaires / À Arras, le » are on the page of the signatures,
//   in both formats, wherever the page break falls;
// - the sample's conversion shows the page number and the amount, narrow spaces included;
// - the sample with a letterhead logo converts, the image drawn on every page (pdfimages);
// - « Ce document comprend N pages » of each CLLAJ avenant says our PDF's count in the text, in
//   the PDF, in the DOCX's NUMPAGES field cache and in LibreOffice's layout of the DOCX.
// Skipped when soffice, pdfinfo or pdftotext is missing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build.ts";
import type { DocumentModel, Paragraph } from "../../src/document/model.ts";
import { loadTemplates } from "../../src/document/templates.ts";
import { computeFolder } from "../../src/pipeline.ts";
import { renderFormats } from "../../src/render/formats.ts";
import { SAMPLE_DOCUMENT } from "../fixtures/sample-document.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";
import { pngBytes } from "./png.ts";

const has = (bin: string) => spawnSync("sh", ["-c", `command -v ${bin}`]).status === 0;
const READY = has("soffice") && has("pdfinfo") && has("pdftotext") && has("pdfimages");
const TEMPLATES = join(import.meta.dirname, "..", "..", "templates");

const pages = (pdf: string): number =>
  Number(/^Pages:\s+(\d+)$/m.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1]);
/** The text of each page; U+00A0 and U+202F read as plain spaces. */
const pageTexts = (pdf: string): string[] =>
  spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
    .stdout.replace(/[\u00a0\u202f]/g, " ")
    .split("\f");

const para = (text: string, spaceBefore = false): Paragraph => ({
  kind: "paragraph",
  runs: [{ text }],
  ...(spaceBefore ? { spaceBefore } : {}),
});
const SIGNATORY = "Sabine DESPIERRE";
/**
 * `filler` one-line paragraphs, then the closing lines and the signatures: from 26 to 42 lines
 * the page break falls before, inside and after the closing block.
 */
const closingDocument = (filler: number): DocumentModel => ({
  ...SAMPLE_DOCUMENT,
  draft: false,
  blocks: [
    ...Array.from({ length: filler }, (_, i) => para(`Ligne de remplissage ${i + 1}.`)),
    para("En deux exemplaires originaux", true),
    para("À Arras, le"),
    {
      kind: "signatures",
      columns: [
        [para("Pour le Département,"), para("La Directrice,"), para(SIGNATORY, true)],
        [para("Pour le partenaire,"), para("Le Président,"), para("Paul DURAND", true)],
      ],
    },
  ],
});
// Every other length from 26 to 42 lines: the page break falls among them (checked below).
const FILLERS = Array.from({ length: 9 }, (_, i) => 26 + 2 * i);

const tmp = mkdtempSync(join(tmpdir(), "actes-libreoffice-"));
const lo = join(tmp, "lo");
const logoFile = join(tmp, "logo.png");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const computed = computeFolder(DEFAULT_DATA);
const acts = computed.value?.acts ?? [];
const names = new Map<string, string>(acts.map((act, i) => [act.id, `act-${i}`]));

beforeAll(async () => {
  if (!READY) return;
  const templates = loadTemplates(TEMPLATES).value;
  const data = computed.value?.data;
  if (!data || !templates) throw new Error("the embedded data or the templates do not load");
  writeFileSync(logoFile, pngBytes(3, 1));
  const docs: [string, DocumentModel][] = [
    ["sample", SAMPLE_DOCUMENT],
    ["logo", { ...SAMPLE_DOCUMENT, logo: logoFile }],
    ...FILLERS.map((n): [string, DocumentModel] => [`closing-${n}`, closingDocument(n)]),
  ];
  for (const act of acts) {
    const template = templates.get(act.type);
    const doc = template && buildDocument(act, template, data.departement, true).value;
    if (!doc) throw new Error(`${act.id}: no document model`);
    docs.push([names.get(act.id) ?? act.id, doc]);
  }
  const files: string[] = [];
  for (const [name, doc] of docs) {
    const { docx, pdf, txt } = await renderFormats(doc, ["docx", "pdf", "txt"]);
    if (!docx || !pdf || !txt) throw new Error(`${name}: a format was not rendered`);
    writeFileSync(join(tmp, `${name}.txt`), txt);
    writeFileSync(join(tmp, `${name}.docx`), docx);
    writeFileSync(join(tmp, `${name}.pdf`), pdf);
    files.push(join(tmp, `${name}.docx`));
  }
  const profile = `-env:UserInstallation=file://${join(tmp, "lo-profile")}`;
  const args = [profile, "--headless", "--convert-to", "pdf", "--outdir", lo, ...files];
  const result = spawnSync("soffice", args, { encoding: "utf8", timeout: 150_000 });
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
}, 180_000);

describe.skipIf(!READY)("LibreOffice lays out our DOCX as our PDF", () => {
  it("converts the sample: page number, amount with its narrow no-break space", () => {
    const pdf = join(lo, "sample.pdf");
    expect(existsSync(pdf)).toBe(true);
    const text = pageTexts(pdf).join("");
    expect(text).toContain("Page 1");
    expect(text.replace(/\s+/g, " ")).toContain("27 500,00 €");
  });

  it("converts the sample with a logo: the image on every page, the same page count", () => {
    const images = spawnSync("pdfimages", ["-list", join(lo, "logo.pdf")], { encoding: "utf8" })
      .stdout.split("\n")
      .slice(2)
      .filter((line) => line.trim() !== "")
      .map((line) => line.trim().split(/\s+/));
    const ours = pages(join(tmp, "logo.pdf"));
    expect(pages(join(lo, "logo.pdf"))).toBe(ours);
    expect(images.map((row) => [row[0], row[3], row[4]])).toEqual(
      Array.from({ length: ours }, (_, i) => [`${i + 1}`, "3", "1"]),
    );
  });

  it.each(acts.map((act) => act.id))("%s: same page count in the DOCX and the PDF", (id) => {
    const name = names.get(id);
    const ours = pages(join(tmp, `${name}.pdf`));
    expect(ours).toBeGreaterThan(0);
    expect(pages(join(lo, `${name}.pdf`)), `${id}: LibreOffice's pages`).toBe(ours);
  });

  it("the generated AG avenant of the CCAS de Béthune shows its amount", () => {
    const text = pageTexts(
      join(lo, `${names.get("cp-2022-11-21/avenant-ag/ccas-bethune")}.pdf`),
    ).join("");
    expect(text.replace(/\s+/g, " ")).toContain("27 500,00 €");
  });

  const cllaj = acts.filter((act) => act.type === "avenant-cllaj").map((act) => act.id);
  /** N in « Ce document comprend N pages », wherever the lines and spaces fall. */
  const said = (text: string) =>
    Number(/Ce document comprend (\d+) pages/.exec(text.replace(/\s+/g, " "))?.[1]);
  /** The cached result of the DOCX body's NUMPAGES field: its w:t between separate and end. */
  const fieldCache = (docx: string) => {
    const xml = new PizZip(readFileSync(docx)).file("word/document.xml")?.asText() ?? "";
    const field = /> NUMPAGES <\/w:instrText>.*?fldCharType="separate".*?<w:t>(\d+)<\/w:t>/.exec(
      xml,
    );
    return Number(field?.[1]);
  };

  it("the embedded data has CLLAJ avenants, which print their page count", () => {
    expect(cllaj.length).toBeGreaterThan(0);
  });

  it.each(cllaj)("%s: « Ce document comprend N pages », N our PDF's count everywhere", (id) => {
    const name = names.get(id);
    const ours = pages(join(tmp, `${name}.pdf`));
    expect(ours).toBeGreaterThan(1);
    expect(said(readFileSync(join(tmp, `${name}.txt`), "utf8")), "text").toBe(ours);
    expect(said(pageTexts(join(tmp, `${name}.pdf`)).join("")), "PDF").toBe(ours);
    expect(fieldCache(join(tmp, `${name}.docx`)), "DOCX field cache").toBe(ours);
    expect(said(pageTexts(join(lo, `${name}.pdf`)).join("")), "LibreOffice").toBe(ours);
  });

  it.each(FILLERS)(
    "closing lines after %i lines stay on the signatures' page, in both formats",
    (n) => {
      for (const pdf of [join(tmp, `closing-${n}.pdf`), join(lo, `closing-${n}.pdf`)]) {
        const page = pageTexts(pdf).find((text) => text.includes("À Arras, le"));
        expect(page, pdf).toContain("En deux exemplaires originaux");
        expect(page, pdf).toContain(SIGNATORY);
        expect(page, pdf).toContain("Paul DURAND");
      }
    },
  );

  it("the closing documents cover a page break before the closing lines", () => {
    // Without this, the test above could pass with every closing block on page 1.
    const lastPages = FILLERS.map((n) => pages(join(tmp, `closing-${n}.pdf`)));
    expect(new Set(lastPages)).toEqual(new Set([1, 2]));
    expect(readFileSync(join(lo, `closing-${FILLERS.at(-1)}.pdf`)).length).toBeGreaterThan(0);
  });
});
