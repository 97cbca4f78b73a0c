// The session dossier's PDF as its readers' tools see it: qpdf finds no error and lists the
// bookmarks, poppler reads `Page N / T` across the parts at the footer's place and every font
// embedded, the XMP still says PDF/A-2b unless an annex is not; same inputs, same bytes.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DossierSection,
  mergeDossier,
  type RenderedPdf,
  readExternalAnnex,
} from "../../src/dossier/merge-pdf.ts";
import { renderPdfCounted } from "../../src/render/pdf.ts";
import { hasPoppler, type PdfPage, pdfWords } from "../helpers/pdf-words.ts";
import { evalUnderTz } from "../helpers/tz.ts";
import {
  DOSSIER_TITLE,
  foreignPdf,
  markedDocument,
  rendered,
  renderedFront,
  sessionSections,
} from "./dossier-fixture.ts";

const has = (bin: string) => spawnSync(bin, ["--version"], { stdio: "ignore" }).error === undefined;
const run = (bin: string, ...args: string[]) => spawnSync(bin, args, { encoding: "utf8" });
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");
const tools = has("qpdf") && hasPoppler();
if (!tools) console.warn("qpdf or poppler-utils missing: the dossier's PDF is not read back");

const tmp = mkdtempSync(join(tmpdir(), "actes-dossier-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function saved(name: string, bytes: Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

/** Each page's words, joined. */
const pageTexts = (pages: readonly PdfPage[]) =>
  pages.map((page) => page.words.map((w) => w.text).join(" "));

let front: RenderedPdf;
let sections: DossierSection[];
let merged: { pdf: Uint8Array; warnings: readonly string[] };
let file: string;

beforeAll(async () => {
  front = await renderedFront();
  sections = await sessionSections();
  merged = await mergeDossier({ front: front.pdf, sections });
  file = saved("dossier.pdf", merged.pdf);
});

describe("mergeDossier, our parts only", () => {
  it.skipIf(!tools)("passes qpdf --check", () => {
    const result = run("qpdf", "--check", file);
    expect(result.stdout).toContain("No syntax or stream encoding errors");
    expect(result.status).toBe(0);
  });

  it.skipIf(!tools)("puts every part's page where the sections say, numbered 1 to 8", () => {
    const texts = pageTexts(pdfWords(file));
    const marks = ["SOMMAIRE-1", "DELIB-1", "DELIB-2", "ANNEXE-1", "BETHUNE-1", "MISSION-1"];
    [...marks, "MISSION-2", "RAPPORT-1"].forEach((mark, i) => {
      expect(texts[i], `page ${i + 1}`).toContain(mark);
      expect(texts[i], `page ${i + 1}`).toContain(`Page ${i + 1} / 8`);
      expect(texts[i]?.match(/Page \d+ \/ \d+/g), `page ${i + 1}`).toHaveLength(1);
    });
    expect(texts).toHaveLength(8);
  });

  it.skipIf(!tools)("lists the bookmarks, nested, each on its section's first page", () => {
    type Item = { title: string; destpageposfrom1: number; open: boolean; kids: Item[] };
    const json = JSON.parse(run("qpdf", "--json", "--json-key=outlines", file).stdout);
    const tree = (items: Item[]): unknown[] =>
      items.map((i) => [i.title, i.destpageposfrom1, ...(i.kids.length ? [tree(i.kids)] : [])]);
    expect(tree(json.outlines)).toEqual([
      ["Délibération n°2022-467", 2],
      ["Annexe 5 – Répartition financière", 4],
      [
        "Actes",
        5,
        [
          ["Avenant n°1 – CCAS de Béthune", 5],
          ["Avenant – Mission locale de l’Artois", 6],
        ],
      ],
      ["Rapport n°47", 8],
    ]);
    expect(json.outlines.every((i: Item) => i.open)).toBe(true);
  });

  it("opens the outline panel; the outline counts its 6 open items", async () => {
    const doc = await PDFDocument.load(merged.pdf, { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of("PageMode"))).toBe(PDFName.of("UseOutlines"));
    const outlines = doc.catalog.lookup(PDFName.of("Outlines"), PDFDict);
    expect(outlines.get(PDFName.of("Count"))?.toString()).toBe("6");
    const actes = doc.context.lookup(
      doc.context.lookup(outlines.get(PDFName.of("Last")), PDFDict).get(PDFName.of("Prev")),
      PDFDict,
    );
    expect(actes.get(PDFName.of("Count"))?.toString()).toBe("2");
    expect(actes.lookup(PDFName.of("Dest"), PDFArray).get(1)).toBe(PDFName.of("XYZ"));
  });

  it("claims no structure it does not have", async () => {
    expect(latin1(front.pdf)).toContain("/StructTreeRoot");
    const doc = await PDFDocument.load(merged.pdf, { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of("StructTreeRoot"))).toBeUndefined();
    expect(doc.catalog.get(PDFName.of("MarkInfo"))).toBeUndefined();
    for (const page of doc.getPages()) {
      expect(page.node.get(PDFName.of("StructParents"))).toBeUndefined();
    }
    // Pruned, not only unlinked: no structure element is left in the file.
    const objects = doc.context.enumerateIndirectObjects().map(([, o]) => o.toString());
    expect(objects.filter((o) => /\/StructElem|\/StructTreeRoot|\/ParentTree/.test(o))).toEqual([]);
  });

  it.skipIf(!tools)("keeps the front part's Info, XMP (PDF/A-2b), OutputIntent and ID", () => {
    const info = run("pdfinfo", file).stdout;
    expect(info).toMatch(/^Title:\s+Dossier de la Commission Permanente du 21 novembre 2022$/m);
    expect(info).toMatch(/^Producer:\s+pdfmake$/m);
    expect(info).toMatch(/^CreationDate:\s+Sat Jan\s+1 00:00:00 2000 UTC$/m);
    expect(info).not.toMatch(/ModDate|pdf-lib/);
    expect(info).toMatch(/^Tagged:\s+no$/m);
    const xmp = run("pdfinfo", "-meta", file).stdout;
    expect(xmp).toContain("<pdfaid:part>2</pdfaid:part>");
    expect(xmp).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
    expect(xmp).toContain(DOSSIER_TITLE);
    expect(merged.warnings).toEqual([]);
    const trailer = (path: string) => run("qpdf", "--show-object=trailer", path).stdout;
    const id = /\/ID \[ <(\w+)>/.exec(trailer(saved("front.pdf", front.pdf)))?.[1];
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(trailer(file)).toContain(`/ID [ <${id}>`);
    expect(latin1(merged.pdf).startsWith("%PDF-1.7\n")).toBe(true);
  });

  it("keeps the front part's sRGB OutputIntent", async () => {
    const doc = await PDFDocument.load(merged.pdf, { updateMetadata: false });
    const intents = doc.catalog.lookup(PDFName.of("OutputIntents"), PDFArray);
    expect(intents.size()).toBe(1);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.get(PDFName.of("S"))).toBe(PDFName.of("GTS_PDFA1"));
    expect(intent.get(PDFName.of("DestOutputProfile"))).toBeDefined();
  });

  it.skipIf(!tools)("embeds every font, the page numbers' as a subset of Arimo", () => {
    const rows = run("pdffonts", file).stdout.split("\n").slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(6);
    expect(rows.filter((row) => !/ yes yes yes /.test(row))).toEqual([]);
    expect(rows.filter((row) => row.startsWith("PAGENO+Arimo-Regular "))).toHaveLength(1);
  });

  it("gives the same bytes twice", async () => {
    const again = await mergeDossier({ front: front.pdf, sections });
    expect(sha256(again.pdf)).toBe(sha256(merged.pdf));
  });

  it("gives the same bytes under Pacific/Kiritimati (UTC+14), in a process that rendered nothing", () => {
    // The child merges the same PDFs read from disk: no pdfmake there, so pdfkit's fontkit is
    // not behind the renderer's font cache (render/pdf/font-cache.ts), as it is in this process.
    const ours = (section: DossierSection | undefined) => section?.pdf as RenderedPdf;
    const [delib, annexe, actes, rapport] = sections;
    const parts = [front, ours(delib), ours(annexe), ...(actes?.children ?? []).map(ours)]
      .concat(ours(rapport))
      .map((p, i) => ({ path: saved(`part-${i}.pdf`, p.pdf), pages: p.pages }));
    const script = `
      import { createHash } from "node:crypto";
      import { readFileSync } from "node:fs";
      const { mergeDossier } = await import(${JSON.stringify(new URL("../../src/dossier/merge-pdf.ts", import.meta.url).href)});
      const [front, delib, annexe, bethune, mission, rapport] = ${JSON.stringify(parts)}
        .map((p) => ({ pdf: readFileSync(p.path), pages: p.pages }));
      const sections = ${JSON.stringify(sections.map((s) => [s.title, ...(s.children ?? []).map((c) => c.title)]))};
      const { pdf } = await mergeDossier({ front: front.pdf, sections: [
        { title: sections[0][0], pdf: delib },
        { title: sections[1][0], pdf: annexe },
        { title: sections[2][0], children: [{ title: sections[2][1], pdf: bethune }, { title: sections[2][2], pdf: mission }] },
        { title: sections[3][0], pdf: rapport },
      ] });
      const { createRequire } = await import("node:module");
      const pdfkit = createRequire(${JSON.stringify(import.meta.url)}).resolve("pdfkit");
      if (createRequire(pdfkit)("fontkit")[Symbol.for("actes.fontCache")]) throw new Error("cached");
      process.stdout.write(createHash("sha256").update(pdf).digest("hex"));`;
    expect(evalUnderTz("Pacific/Kiritimati", script)).toBe(sha256(merged.pdf));
  }, 30_000);

  // Its time is measured by npm run bench (the dossier of 21 November 2022), not here.
  it("merges a session's 40 parts of 2 to 12 pages (263 pages), each page once", async () => {
    const parts = await Promise.all([2, 6, 12].map((n) => rendered("Acte", `P${n}`, n)));
    const acts = Array.from({ length: 40 }, (_, i) => ({
      title: `Avenant n°${i + 1}`,
      pdf: parts[i % 3] as RenderedPdf,
    }));
    const dossier = await mergeDossier({ front: front.pdf, sections: acts });
    const doc = await PDFDocument.load(dossier.pdf, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1 + 14 * 2 + 13 * 6 + 13 * 12);
  });

  it("refuses a section whose page count is not its PDF's (a bug of the caller)", async () => {
    const wrong = [{ title: "Délibération", pdf: { ...(await rendered("D", "D", 2)), pages: 3 } }];
    await expect(mergeDossier({ front: front.pdf, sections: wrong })).rejects.toThrow(
      'dossier: "Délibération" says 3 pages, its PDF has 2',
    );
  });
});

describe.skipIf(!tools)("the page numbers sit where our footer prints them", () => {
  /** The words of `Page N / T` on each page, as poppler places them. */
  const footers = (path: string) =>
    pdfWords(path).map((page) => ({
      ...page,
      words: page.words.filter((w) => w.yMin > page.height - 62),
    }));

  it("on A4, within 0.5 pt of a normally rendered PDF's, word by word", async () => {
    const normal = await renderPdfCounted(markedDocument("Avenant", "X", 2));
    const dossier = await mergeDossier({
      front: (await renderedFront(1)).pdf,
      sections: [{ title: "Avenant", pdf: await rendered("Avenant", "Y", 1) }],
    });
    const expected = footers(saved("normal.pdf", normal.pdf));
    const found = footers(saved("two-pages.pdf", dossier.pdf));
    expect(found.map((p) => p.words.map((w) => w.text).join(" "))).toEqual([
      "Page 1 / 2",
      "Page 2 / 2",
    ]);
    found.forEach((page, i) => {
      expect(page.words).toHaveLength(4);
      page.words.forEach((word, j) => {
        const other = expected[i]?.words[j];
        expect(word.text).toBe(other?.text);
        for (const side of ["xMin", "yMin", "xMax", "yMax"] as const) {
          expect(Math.abs(word[side] - (other?.[side] ?? Number.NaN)), side).toBeLessThan(0.5);
        }
      });
    });
    // And it draws (poppler rasterises the glyphs): the footers' pixels are the same.
    const strip = (path: string, page: number) =>
      spawnSync("pdftoppm", [
        ...["-f", `${page}`, "-l", `${page}`, "-r", "150", "-gray"],
        ...["-x", "500", "-y", "1660", "-W", "240", "-H", "40", path],
      ]).stdout as Buffer;
    const normalStrip = strip(join(tmp, "normal.pdf"), 2);
    const dossierStrip = strip(join(tmp, "two-pages.pdf"), 2);
    const ink = [...normalStrip.subarray(-240 * 40)].filter((v) => v < 128).length;
    expect(ink).toBeGreaterThan(150); // the strip holds the footer's text
    const differing = [...dossierStrip.subarray(-240 * 40)].filter(
      (v, k) => Math.abs(v - (normalStrip[normalStrip.length - 240 * 40 + k] ?? 0)) > 32,
    ).length;
    expect(differing).toBeLessThan(ink / 50);
  });

  it("on an external page: centred on its width as shown, rotated or not", async () => {
    const path = saved("foreign.pdf", await foreignPdf("BUDGET"));
    const annexe = await readExternalAnnex({ path, declaredIn: "seance.yaml:3:5" });
    const dossier = await mergeDossier({
      front: front.pdf,
      sections: [{ title: "Budget", pdf: annexe }],
    });
    const path2 = saved("foreign-dossier.pdf", dossier.pdf);
    expect(run("pdfinfo", "-f", "3", "-l", "3", path2).stdout).toMatch(/^Page +3 rot: +90$/m);
    // pdftotext gives the words as shown, in the page's size before /Rotate: shown sizes here.
    const shown = [
      [595.28, 841.89],
      [841.89, 595.28],
      [400, 300],
    ] as const;
    const all = pdfWords(path2).slice(1);
    expect(all.map((page) => page.words.map((w) => w.text).join(" "))).toEqual([
      "BUDGET-1 Page 2 / 4",
      "BUDGET-2 Page 3 / 4",
      "BUDGET-3 Page 4 / 4",
    ]);
    all.forEach((page, i) => {
      const [width, height] = shown[i] ?? [0, 0];
      const words = page.words.slice(1);
      const centre = ((words[0]?.xMin ?? 0) + (words.at(-1)?.xMax ?? 0)) / 2;
      expect(Math.abs(centre - width / 2), `page ${i + 2}`).toBeLessThan(0.5);
      // 38 pt above the bottom edge, as on our pages (841.89 − 803.89).
      expect(Math.abs(height - (words[0]?.yMin ?? 0) - 38), `page ${i + 2}`).toBeLessThan(0.5);
    });
  });
});
