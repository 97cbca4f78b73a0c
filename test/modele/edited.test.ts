// A model edited the way Word edits it: a word changed, a paragraph added, a tag misspelt, a
// tag split across runs of different formatting, a section left open; and --ecrire.
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { terminalReport } from "../../src/review/diff-terminal.ts";
import { editDocument, exported, importBytes, messages, scratch, TEMPLATES } from "./helpers.ts";

const dir = scratch();
const fpel = exported("avenant-fpel");

/** The redline of an import, as the terminal prints it without colour. */
function redline(result: ReturnType<typeof importBytes>): string {
  if (!("acts" in result)) throw new Error(JSON.stringify(result, null, 1).slice(0, 1500));
  return terminalReport({ old: "avant", new: "après", acts: result.acts }, false);
}

describe("actes modele importer: a model edited in Word", () => {
  it("a word changed: the redline shows it, the template takes it", () => {
    const bytes = editDocument(fpel, (xml) =>
      xml.replace("actualiser les crédits alloués", "actualiser les montants alloués"),
    );
    const result = importBytes(dir, "mot.docx", bytes);
    expect(redline(result)).toContain("actualiser les [-crédits-]{+montants+} alloués");
    expect("source" in result && result.source).toContain("actualiser les montants alloués");
  });

  it("a paragraph added, with Word's own attributes: shown as added", () => {
    const added =
      '<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:pPr><w:pStyle w:val="actesp"/><w:jc w:val="both"/></w:pPr><w:r w:rsidRPr="00D4E5F6"><w:rPr><w:lang w:val="fr-FR"/></w:rPr><w:t>Le présent avenant prend effet à sa signature.</w:t></w:r></w:p>';
    const bytes = editDocument(fpel, (xml) =>
      xml.replace(
        /(<w:p>(?:(?!<w:p>).)*?Le présent avenant a pour objet(?:(?!<w:p>).)*?<\/w:p>)/,
        `$1${added}`,
      ),
    );
    const result = importBytes(dir, "ajout.docx", bytes);
    expect(redline(result)).toContain("{+Le présent avenant prend effet à sa signature.+}");
    expect("source" in result && result.source).toContain(
      '<p align="justify">Le présent avenant prend effet à sa signature.</p>',
    );
  });

  it("a tag misspelt: an error naming the paragraph, with the suggestion", () => {
    const bytes = editDocument(fpel, (xml) =>
      xml.replace("{partenaire.siege}", "{partenaire.seige}"),
    );
    const result = importBytes(dir, "faute.docx", bytes);
    expect(messages(result)).toEqual([
      "paragraphe 8 (« Et {partenaire.nomAvec.le}, dont le siège est ») : valeur inconnue « {partenaire.seige} » — voulez-vous dire « {partenaire.siege} » ?",
    ]);
  });

  it("a tag split across runs of different formatting is rejoined", () => {
    const bytes = editDocument(fpel, (xml) =>
      xml.replace(
        '<w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">{partenaire.siege}</w:t></w:r>',
        '<w:r><w:t>{parte</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t>naire.siege}</w:t></w:r><w:proofErr w:type="spellEnd"/>',
      ),
    );
    const result = importBytes(dir, "coupee.docx", bytes);
    if (!("acts" in result)) throw new Error(JSON.stringify(result));
    expect(result.acts.every((a) => a.status === "unchanged")).toBe(true);
    expect(result.source).toContain("dont le siège est situé {{partenaire.siege}}");
  });

  it("a tag cut by the end of its paragraph, or left open, is an error, not a guess", () => {
    const bytes = editDocument(fpel, (xml) =>
      xml
        .replace("{seance.date.long}</w:t></w:r></w:p>", "{seance.date</w:t></w:r></w:p>")
        .replace("AVENANT À LA CONVENTION", ".long} AVENANT À LA CONVENTION")
        .replace("{partenaire.siege}", "{partenaire.siege"),
    );
    expect(messages(importBytes(dir, "ouverte.docx", bytes))).toEqual([
      "paragraphe 3 (« Avenant FPEL – Commission Permanente du ») : la balise « {seance.date » n’est pas fermée par « } »",
      "paragraphe 4 (« .long} AVENANT À LA CONVENTION ») : accolade « } » sans « { » avant elle",
      "paragraphe 8 (« Et {partenaire.nomAvec.le}, dont le siège est ») : la balise « {partenaire.siege, représenté » n’est pas fermée par « } »",
    ]);
  });

  it("a section whose closing tag was deleted: named where it opens", () => {
    const ag = exported("avenant-ag");
    const bytes = editDocument(ag, (xml) => {
      // The first {/si} paragraph closing the block-level {#si autres} of article 1.
      const at = xml.indexOf("{#si autres}");
      const close = xml.indexOf(">{/si}<", at);
      const start = xml.lastIndexOf("<w:p>", close);
      const end = xml.indexOf("</w:p>", close) + "</w:p>".length;
      return xml.slice(0, start) + xml.slice(end);
    });
    const found = messages(importBytes(dir, "section.docx", bytes));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^paragraphe \d+ \(« \{#si autres\} »\) : section « \{#si autres\} » jamais fermée : son « \{\/si\} » manque$/,
    );
  });

  it("writes the template only with --ecrire, in the templates folder given", () => {
    const copy = join(dir, "modeles");
    cpSync(TEMPLATES, copy, { recursive: true });
    const bytes = editDocument(fpel, (xml) =>
      xml.replace("actualiser les crédits alloués", "actualiser les montants alloués"),
    );
    const target = join(copy, "avenant-fpel.hbs");
    const before = readFileSync(target, "utf8");
    importBytes(dir, "ecrire.docx", bytes, { templatesDir: copy });
    expect(readFileSync(target, "utf8")).toBe(before);
    const written = importBytes(dir, "ecrire.docx", bytes, { templatesDir: copy, ecrire: true });
    expect("written" in written && written.written).toBe(target);
    expect(readFileSync(target, "utf8")).toContain("actualiser les montants alloués");
    // Read again, the written template changes nothing more.
    const again = importBytes(dir, "ecrire.docx", bytes, { templatesDir: copy });
    expect("acts" in again && again.acts.every((a) => a.status === "unchanged")).toBe(true);
  });
});
