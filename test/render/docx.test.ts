import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import type { Block, DocumentModel } from "../../src/document/model.ts";
import { prettyXml } from "../../src/render/docx/pretty-xml.ts";
import { loadSkeleton, skeletonZip } from "../../src/render/docx/skeleton.ts";
import { columnWidths } from "../../src/render/docx/table-xml.ts";
import { escapeXml } from "../../src/render/docx/xml.ts";
import { type DocxTags, fillSkeleton, renderDocx } from "../../src/render/docx.ts";
import { SAMPLE_DOCUMENT } from "../fixtures/sample-document.ts";
import { evalUnderTz } from "../helpers/tz.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const golden = fileURLToPath(new URL("./golden/sample-document.xml", import.meta.url));

const unzip = (doc: DocumentModel) => new PizZip(renderDocx(doc));
const part = (zip: PizZip, name: string): string => zip.file(name)?.asText() ?? "";
const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The text a reader sees: one line per paragraph, the w:t texts decoded. */
function textOf(xml: string): string {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  return paragraphs
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1] ?? "")))
    .map((texts) => texts.join(""))
    .join("\n");
}

const para = (text: string): Block => ({ kind: "paragraph", runs: [{ text }] });
const withBlocks = (blocks: Block[], extra: Partial<DocumentModel> = {}): DocumentModel => ({
  ...SAMPLE_DOCUMENT,
  ...extra,
  blocks,
});

describe("renderDocx: the sample document", () => {
  const zip = unzip(SAMPLE_DOCUMENT);
  const body = part(zip, "word/document.xml");

  it("matches the golden body XML (UPDATE_GOLDEN=1 rewrites it)", () => {
    const pretty = prettyXml(body);
    if (process.env.UPDATE_GOLDEN === "1") {
      mkdirSync(dirname(golden), { recursive: true });
      writeFileSync(golden, pretty);
    }
    expect(pretty).toBe(readFileSync(golden, "utf8"));
  });

  it("holds the wording, narrow no-break spaces included, and never 'undefined'", () => {
    const text = textOf(body);
    expect(text).toContain("27\u202f500,00\u00a0€");
    expect(text).toContain("Jean-Claude LEROY");
    expect(body).toContain("27\u202f500,00\u00a0€");
    for (const name of Object.keys(zip.files)) expect(part(zip, name)).not.toContain("undefined");
  });

  it("puts the letterhead in the header and page numbers in the footer", () => {
    const header = part(zip, "word/header1.xml");
    expect(textOf(header).split("\n").filter(Boolean)).toEqual([...SAMPLE_DOCUMENT.letterhead]);
    const footer = part(zip, "word/footer1.xml");
    expect(footer).toMatch(/<w:instrText xml:space="preserve"> PAGE <\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText xml:space="preserve"> NUMPAGES <\/w:instrText>/);
    expect(textOf(footer)).toBe("Page 1 / 1");
  });

  it("writes title and subject to docProps/core.xml, with no date", () => {
    const core = part(zip, "docProps/core.xml");
    expect(core).toContain("<dc:title>Avenant financier n°1 – CCAS de Béthune</dc:title>");
    expect(core).toContain(`<dc:subject>${SAMPLE_DOCUMENT.subject}</dc:subject>`);
    expect(core).not.toMatch(/dcterms:(created|modified)/);
  });

  it("writes [Content_Types].xml first, no folder entries, every run preserving spaces", () => {
    expect(Object.keys(zip.files)[0]).toBe("[Content_Types].xml");
    expect(Object.values(zip.files).filter((f) => f.dir)).toEqual([]);
    expect(body.match(/<w:t>/g)).toBeNull();
  });
});

describe("renderDocx: escaping, draft marker, numbering", () => {
  it("round-trips « A & B <c> » and quotes, in the body, the header and the metadata", () => {
    const tricky = `A & B <c> "d" 'e'`;
    const zip = unzip(
      withBlocks([para(tricky)], { title: tricky, subject: tricky, letterhead: [tricky] }),
    );
    expect(part(zip, "word/document.xml")).toContain("A &amp; B &lt;c&gt; &quot;d&quot;");
    expect(textOf(part(zip, "word/document.xml"))).toBe(tricky);
    expect(textOf(part(zip, "word/header1.xml")).trim()).toBe(tricky);
    const core = part(zip, "docProps/core.xml");
    expect(decode(core.match(/<dc:title>([^<]*)<\/dc:title>/)?.[1] ?? "")).toBe(tricky);
  });

  it("shows the draft marker in the header only for a draft", () => {
    const marker = (doc: DocumentModel) => part(unzip(doc), "word/header1.xml").includes("PROJET");
    expect(marker({ ...SAMPLE_DOCUMENT, draft: true })).toBe(true);
    expect(marker(SAMPLE_DOCUMENT)).toBe(false);
  });

  it("gives each ordered list its own numbering, restarting at 1", () => {
    const ol: Block = { kind: "list", ordered: true, items: [[para("un")], [para("deux")]] };
    const zip = unzip(withBlocks([ol, para("entre"), ol]));
    const numbering = part(zip, "word/numbering.xml");
    expect(numbering.match(/<w:num w:numId="\d+">/g)).toEqual([
      '<w:num w:numId="1">',
      '<w:num w:numId="2">',
      '<w:num w:numId="3">',
    ]);
    expect(numbering).toContain('<w:startOverride w:val="1"/>');
    const ids = part(zip, "word/document.xml").match(/<w:numId w:val="(\d+)"\/>/g);
    expect(ids?.map((id) => id.replace(/\D/g, ""))).toEqual(["2", "2", "3", "3"]);
  });

  it("throws on a missing tag value and on a character XML cannot hold", () => {
    const tags = { title: "t", subject: "s", letterhead: [], draft: false, body: "" };
    Object.assign(tags, { draftMark: "d" });
    const missing = { ...tags, subject: undefined } as unknown as DocxTags;
    expect(() => fillSkeleton(skeletonZip(loadSkeleton()), missing)).toThrow();
    const noBody = { ...tags, body: undefined } as unknown as DocxTags;
    expect(() => fillSkeleton(skeletonZip(loadSkeleton()), noBody)).toThrow(
      "aucune valeur pour la balise {@body} du squelette",
    );
    expect(() => escapeXml("a\u0001b")).toThrow(/U\+0001/);
  });

  it.each([
    [[1, 3], 9638, [2409, 7229]],
    [[1, 1, 1], 100, [33, 33, 34]],
    [[2], 9638, [9638]],
  ])("columnWidths(%j, %d) → %j", (shares, total, widths) => {
    expect(columnWidths(shares, total)).toEqual(widths);
  });
});

describe("renderDocx: deterministic", () => {
  const script = `
    import { createHash } from "node:crypto";
    const at = (path) => new URL(path, ${JSON.stringify(`file://${root}`)}).href;
    const { renderDocx } = await import(at("src/render/docx.ts"));
    const { SAMPLE_DOCUMENT } = await import(at("test/fixtures/sample-document.ts"));
    process.stdout.write(createHash("sha256").update(renderDocx(SAMPLE_DOCUMENT)).digest("hex"));
  `;
  const hashUnder = (tz: string): string => evalUnderTz(tz, script);

  it("gives byte-identical files under UTC and Pacific/Kiritimati, as in this process", () => {
    const here = createHash("sha256").update(renderDocx(SAMPLE_DOCUMENT)).digest("hex");
    expect(hashUnder("UTC")).toBe(here);
    expect(hashUnder("Pacific/Kiritimati")).toBe(here);
  }, 30_000);
});
