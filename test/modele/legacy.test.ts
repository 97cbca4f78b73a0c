// An old mail-merge model (Word's MERGEFIELD fields, and « «Champ» » typed as text as in the
// seeds' origin) becomes a template through a mapping file; unmapped fields are all listed.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { importBytes, messages, scratch } from "./helpers.ts";

const dir = scratch();

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (runs: string, pPr = "") => `<w:p>${pPr}${runs}</w:p>`;
const r = (text: string, rPr = "") => `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
/** A complex MERGEFIELD as Word writes it: begin, instruction, separate, « «Champ» », end. */
const merge = (name: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD ${name} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>«${name}»</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/** A legacy model written as Word writes one: Normal paragraphs, a bullet list, fields. */
function legacyDocx(): Uint8Array {
  const body = [
    p(r("AVENANT FINANCIER", "<w:rPr><w:b/></w:rPr>"), '<w:pPr><w:jc w:val="center"/></w:pPr>'),
    p(r("Entre le Département et ") + merge("Nom_structure") + r(",")),
    // Typed guillemets, split by Word across two runs.
    p(
      r("Le montant prévu est de «Montant_financier_") +
        r("prévu_solidarité» au titre du dispositif."),
    ),
    p(
      r("Avance à la signature : «Avance»."),
      '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>',
    ),
    p(r("Les « guillemets français » du texte restent du texte.")),
  ].join("");
  const zip = new PizZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  return zip.generate({ type: "uint8array" });
}

function mapping(lines: string): string {
  const file = join(dir, `correspondances-${lines.length}.yaml`);
  writeFileSync(file, lines);
  return file;
}

describe("actes modele importer --correspondances: a mail-merge model", () => {
  it("maps Word's fields and the typed «Champ» to values: a template", () => {
    const result = importBytes(dir, "publipostage.docx", legacyDocx(), {
      type: "avenant-ag",
      correspondances: mapping(
        "Nom_structure: partenaire.nom\nMontant_financier_prévu_solidarité: montants.total.chiffres\nAvance: montants.avance.chiffres\n",
      ),
    });
    if (!("source" in result)) throw new Error(JSON.stringify(result, null, 1));
    expect(result.source).toBe(
      [
        '<document title="AVENANT FINANCIER">',
        '<p align="center"><b>AVENANT FINANCIER</b></p>',
        "<p>Entre le Département et {{partenaire.nom}},</p>",
        "<p>Le montant prévu est de {{montants.total.chiffres}} au titre du dispositif.</p>",
        "<ul>",
        "<li>Avance à la signature : {{montants.avance.chiffres}}.</li>",
        "</ul>",
        "<p>Les « guillemets français » du texte restent du texte.</p>",
        "</document>",
        "",
      ].join("\n"),
    );
    expect(result.acts.every((a) => a.status === "changed")).toBe(true);
  });

  it("lists every unmapped field at once, and writes nothing", () => {
    const result = importBytes(dir, "publipostage.docx", legacyDocx(), {
      type: "avenant-ag",
      ecrire: true,
      correspondances: mapping("Nom_structur: partenaire.nom\n"),
    });
    expect(messages(result)).toEqual([
      "champ «Nom_structure» (paragraphe 2) absent des correspondances — voulez-vous dire « Nom_structur » ?",
      "champ «Montant_financier_prévu_solidarité» (paragraphe 3) absent des correspondances",
      "champ «Avance» (paragraphe 4) absent des correspondances",
    ]);
  });

  it("asks for the mapping when the model has merge fields", () => {
    const result = importBytes(dir, "publipostage.docx", legacyDocx(), { type: "avenant-ag" });
    expect(result).toEqual({
      usage: expect.stringContaining("contient des champs de fusion (Nom_structure"),
    });
  });

  it("checks the mapped values like tags", () => {
    const result = importBytes(dir, "publipostage.docx", legacyDocx(), {
      type: "avenant-ag",
      correspondances: mapping(
        "Nom_structure: partenaire.nom\nMontant_financier_prévu_solidarité: montants.totl.chiffres\nAvance: montants.avance.chiffres\n",
      ),
    });
    expect(messages(result)).toEqual([
      "paragraphe 3 (« Le montant prévu est de «Montant_financier_prévu_solidarité» ») : valeur inconnue « {montants.totl.chiffres} » — voulez-vous dire « {montants.total.chiffres} » ?",
    ]);
  });
});
