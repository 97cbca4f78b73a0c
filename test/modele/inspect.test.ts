// docxtemplater judges a model's tags before our reading (inspect.ts): its errors in French with
// the paragraph, all at once; when it accepts, the tags its InspectModule lists are ours.
import { describe, expect, it } from "vitest";
import { ACT_TYPES } from "../../src/act-types.ts";
import { readModelDocx } from "../../src/modele/docx-read.ts";
import { disagreement, inspectTags, ourTags, type TagNode } from "../../src/modele/inspect.ts";
import { editDocument, exported, importBytes, messages, scratch } from "./helpers.ts";

const dir = scratch();
const fpel = exported("avenant-fpel");
const ag = exported("avenant-ag");
const judge = (bytes: Uint8Array) => inspectTags(bytes, readModelDocx(bytes).blocks);
const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
/** The n-th whole paragraph holding `text` in `xml`, replaced by `by`. */
const replaceParagraph = (xml: string, text: string, by: string, from = 0) => {
  const at = xml.indexOf(text, from);
  const start = xml.lastIndexOf("<w:p>", at);
  const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
  return xml.slice(0, start) + by + xml.slice(end);
};

describe("docxtemplater judges the tags", () => {
  it("an unclosed {partenaire.nom: docxtemplater's error, in French, with its paragraph", () => {
    const bytes = editDocument(fpel, (xml) =>
      xml.replace("{partenaire.nomAvec.le}", "{partenaire.nom"),
    );
    const found = judge(bytes).errors;
    expect(found).toEqual([
      "paragraphe 8 (« Et {partenaire.nom, dont le siège est ») : la balise « {partenaire.nom, dont le siège est situé » n’est pas fermée par « } »",
    ]);
    expect(messages(importBytes(dir, "ouverte.docx", bytes))).toEqual(found);
  });

  it("a {/chaque} closing a {#si …}: names both tags and where the section opens", () => {
    const bytes = editDocument(fpel, (xml) =>
      xml.replace("<w:sectPr", `${para("{#si autres}")}${para("{/chaque}")}<w:sectPr`),
    );
    const found = messages(importBytes(dir, "chaque.docx", bytes));
    expect(judge(bytes).errors).toEqual(found);
    expect(found).toHaveLength(1);
    const m =
      /^paragraphe (\d+) \(« \{\/chaque\} »\) : « \{\/chaque\} » ferme la section « \{#si autres\} » \(paragraphe (\d+)\) : écrivez \{\/si\}$/.exec(
        found[0] ?? "",
      );
    expect(m, found[0]).not.toBeNull();
    expect(Number(m?.[1])).toBe(Number(m?.[2]) + 1);
  });

  it("docxtemplater pairs a wrong closing tag with a later match when it can", () => {
    // Its lenient pairing: the {/chaque} is then unopened, the {#si} closed by a {/si} further on.
    const bytes = editDocument(ag, (xml) =>
      replaceParagraph(xml, ">{/si}<", para("{/chaque}"), xml.indexOf("{#si autres}")),
    );
    const found = messages(importBytes(dir, "chaque-loin.docx", bytes));
    expect(found.some((f) => f.endsWith("« {/chaque} » sans section ouverte avant lui"))).toBe(
      true,
    );
  });

  it("a deleted {/si}: the section never closed, at its opening paragraph", () => {
    const bytes = editDocument(ag, (xml) =>
      replaceParagraph(xml, ">{/si}<", "", xml.indexOf("{#si autres}")),
    );
    expect(judge(bytes).errors).toEqual([
      expect.stringMatching(
        /^paragraphe \d+ \(« \{#si autres\} »\) : section « \{#si autres\} » jamais fermée : son « \{\/si\} » manque$/,
      ),
    ]);
  });

  it("a stray {/si} and an unopened « } »: every error at once, in paragraph order", () => {
    const bytes = editDocument(fpel, (xml) =>
      xml
        .replace("<w:body>", `<w:body>${para("{/si}")}`)
        .replace("{partenaire.siege}", "partenaire.siege}"),
    );
    const found = messages(importBytes(dir, "seul.docx", bytes));
    expect(judge(bytes).errors).toEqual(found);
    expect(found).toEqual([
      "paragraphe 1 (« {/si} ») : « {/si} » sans section ouverte avant lui",
      expect.stringMatching(
        /^paragraphe 9 \(« Et \{partenaire\.nomAvec\.le\}, dont le siège est »\) : accolade « } » sans « \{ » avant elle$/,
      ),
    ]);
  });

  it("a tag split across runs: docxtemplater and we both rejoin it, the acts unchanged", () => {
    const bytes = editDocument(fpel, (xml) =>
      xml.replace(
        '<w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">{partenaire.siege}</w:t></w:r>',
        "<w:r><w:t>{parte</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>naire.siege}</w:t></w:r>",
      ),
    );
    const judged = judge(bytes);
    expect(judged.errors).toBeUndefined();
    expect(JSON.stringify(judged.tags)).toContain('{"tag":"partenaire.siege"}');
    expect(judged.tags).toEqual(ourTags(readModelDocx(bytes).blocks));
    const result = importBytes(dir, "coupee.docx", bytes);
    if (!("acts" in result)) throw new Error(JSON.stringify(result));
    expect(result.acts.filter((a) => a.status !== "unchanged")).toEqual([]);
  });

  it.each(ACT_TYPES)("%s: the inspection's tags are ours, nested alike", (type) => {
    const bytes = exported(type);
    const judged = judge(bytes);
    const ours = ourTags(readModelDocx(bytes).blocks);
    expect(judged.errors).toBeUndefined();
    expect(ours?.length).toBeGreaterThan(0);
    expect(judged.tags).toEqual(ours);
    expect(disagreement(judged.tags ?? [], ours ?? [])).toBeUndefined();
  });

  it("a disagreement names the tag and its section", () => {
    const theirs: TagNode[] = [{ tag: "#si autres", children: [{ tag: "partenaire.nom" }] }];
    const ours: TagNode[] = [{ tag: "#si autres", children: [{ tag: "partenaire.siege" }] }];
    expect(disagreement(theirs, ours)).toBe(
      "erreur interne : docxtemplater lit « {partenaire.nom} » là où notre lecture lit « {partenaire.siege} » dans la section « {#si autres} » (balise 1)",
    );
    expect(disagreement(theirs, [{ tag: "#si autres" }])).toMatch(/^erreur interne/);
    expect(disagreement(theirs, [])).toMatch(/lit aucune balise/);
  });
});
