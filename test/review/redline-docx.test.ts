// The DOCX redline of every act of the embedded data, each edited by hand in its text (a word, an
// amount, an article inserted so that the others are renumbered, a last line removed): resolving
// the tracked changes in the XML gives NEW's text when every revision is accepted and OLD's when
// every one is rejected. LibreOffice opens them all in ONE soffice run (skipped without it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACT_TYPES } from "../../src/act-types.ts";
import { compareVersions } from "../../src/review/diff-compare.ts";
import { type ActVersion, loadVersion, type Version } from "../../src/review/diff-source.ts";
import { renderRedlineDocx } from "../../src/review/redline/docx.ts";
import { redlineText } from "../../src/review/redline/sections.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const AMOUNT = /\d+(?:\u202f\d{3})*,\d\d\u00a0€/;

/** NEW's text: four edits every act type allows (each has articles, amounts and a last line). */
function edited(text: string): string {
  let n = 0;
  const renumbered = text.replace(/^Article (\d+)/gm, (_, number: string) => {
    n++;
    // A new article 2: the old 2, 3… become 3, 4…
    const next = Number(number) >= 2 ? Number(number) + 1 : Number(number);
    return number === "2" && n === 2
      ? `Article 2 : Clause ajoutée\nUne clause ajoutée pour la revue.\n\nArticle ${next}`
      : `Article ${next}`;
  });
  const lines = renumbered.replace(AMOUNT, "99\u202f999,99\u00a0€").trimEnd().split("\n");
  lines.pop();
  return `${lines.join("\n").replace("Département", "Département du Pas-de-Calais")}\n`;
}

/** An act's id from its type and partner, whatever prefix (a session) ids take. */
const idOf = (suffix: string) => [...docx.keys()].find((id) => id.endsWith(suffix)) ?? suffix;
let old: Version;
let next: Version;
const docx = new Map<string, Buffer>();
const tmp = mkdtempSync(join(tmpdir(), "actes-redline-"));

beforeAll(async () => {
  const loaded = await loadVersion(DEFAULT_DATA);
  if (!("value" in loaded)) throw new Error(loaded.error);
  old = loaded.value;
  const acts = new Map<string, ActVersion>();
  for (const [id, act] of old.acts) acts.set(id, { ...act, text: edited(act.text) });
  next = { label: "revu", acts };
  for (const act of compareVersions(old, next).acts) {
    docx.set(act.id, renderRedlineDocx({ id: act.id, old: "data", new: "revu", lines: act.lines }));
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Word's semantics, resolved in the XML: accepting keeps w:ins and drops w:del, rejecting the
 * reverse; a paragraph whose mark is dropped joins the next paragraph.
 */
function resolve(bytes: Buffer, accept: boolean): string {
  const xml = new PizZip(bytes).file("word/document.xml")?.asText() ?? "";
  const [keep, drop] = accept ? ["ins", "del"] : ["del", "ins"];
  const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? "";
    const mark = /<w:pPr>[\s\S]*?<w:rPr><w:(ins|del) [^>]*\/><\/w:rPr><\/w:pPr>/.exec(body);
    const runs = body
      .replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, "")
      .replace(new RegExp(`<w:${drop} [^>]*>[\\s\\S]*?</w:${drop}>`, "g"), "")
      .replace(new RegExp(`</?w:${keep}\\b[^>]*>`, "g"), "");
    const text = [...runs.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)<|<w:noBreakHyphen\/>/g)]
      .map((t) => t[1] ?? "-")
      .join("")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
    return { text, joinsNext: mark?.[1] === drop };
  });
  const lines: string[] = [];
  let carried = "";
  for (const p of paragraphs) {
    if (p.joinsNext) carried += p.text;
    else {
      lines.push(carried + p.text);
      carried = "";
    }
  }
  return `${lines.join("\n")}\n`;
}

describe("DOCX redline round trip", () => {
  it("covers every act of every type", () => {
    expect(docx.size).toBe(old.acts.size);
    expect(docx.size).toBeGreaterThan(30);
    expect(new Set([...old.acts.values()].map((a) => a.type))).toEqual(new Set(ACT_TYPES));
  });

  it("accepting every revision gives NEW's text, rejecting every one OLD's", () => {
    for (const [id, bytes] of docx) {
      expect(resolve(bytes, true), id).toBe(next.acts.get(id)?.text);
      expect(resolve(bytes, false), id).toBe(old.acts.get(id)?.text);
    }
  });

  it("a moved and edited article: deleted at its old place, inserted at its new one", () => {
    const before =
      "Préambule\nArticle 1 : Durée\nDouze mois.\n\nArticle 2 : Versement\nUne avance.\n";
    const after =
      "Préambule\nArticle 1 : Versement\nUne avance.\n\nArticle 2 : Durée\nVingt mois.\n";
    const lines = redlineText(before, after, () => "normal");
    const bytes = renderRedlineDocx({ id: "x", old: "a", new: "b", lines });
    expect(resolve(bytes, true)).toBe(after);
    expect(resolve(bytes, false)).toBe(before);
  });

  it("renumbered articles are small edits of their number, by « actes » at the fixed date", () => {
    const bytes = docx.get(idOf("avenant-ag/ccas-arras")) ?? Buffer.alloc(0);
    const xml = new PizZip(bytes).file("word/document.xml")?.asText();
    expect(xml).toContain('<w:r><w:t xml:space="preserve">Article </w:t></w:r><w:del w:id="');
    expect(xml).toMatch(
      /<w:del w:id="\d+" w:author="actes" w:date="1980-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">2<\/w:delText><\/w:r><\/w:del><w:ins w:id="\d+" w:author="actes" w:date="1980-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">3<\/w:t><\/w:r><\/w:ins><w:r><w:t xml:space="preserve">\u00a0: Période d’application de la convention<\/w:t>/,
    );
  });

  it("the same redline gives the same bytes", () => {
    const fpel = idOf("avenant-fpel/caf-pas-de-calais");
    const act = compareVersions(old, next).acts.find((a) => a.id === fpel);
    const again = renderRedlineDocx({
      id: act?.id ?? "",
      old: "data",
      new: "revu",
      lines: act?.lines ?? [],
    });
    expect(again.equals(docx.get(fpel) ?? Buffer.alloc(0))).toBe(true);
  });

  it.skipIf(!has("soffice"))("LibreOffice opens one redline of each act type", () => {
    const ids = [
      "avenant-ag/ccas-arras",
      "avenant-cllaj/ml-lens-lievin",
      "avenant-fpel/caf-pas-de-calais",
    ];
    const pe = [...docx.keys()].find((id) => id.startsWith("convention-pole-emploi-autonomie/"));
    const files = [...ids, pe ?? ""].map((id, i) => {
      const file = join(tmp, `redline-${i}.docx`);
      writeFileSync(file, docx.get(id) ?? "");
      return file;
    });
    const profile = `-env:UserInstallation=file://${join(tmp, "lo-profile")}`;
    const args = [profile, "--headless", "--convert-to", "pdf", "--outdir", tmp, ...files];
    const result = spawnSync("soffice", args, { encoding: "utf8", timeout: 120_000 });
    expect(result.status, result.stderr).toBe(0);
    for (const file of files) expect(existsSync(file.replace(/\.docx$/, ".pdf")), file).toBe(true);
  });
});
