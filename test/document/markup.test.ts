// The markup templates produce → the document model.
import { describe, expect, it } from "vitest";
import { parseMarkup } from "../../src/document/markup.ts";
import { PAGE_COUNT_PENDING } from "../../src/document/model.ts";

const doc = (body: string) => `<document title="T" subject="S">${body}</document>`;

describe("markup", () => {
  it("paragraphs keep bold, italic and underline runs; whitespace collapses like HTML", () => {
    const { value, errors } = parseMarkup(
      doc(
        '<p align="justify">  Montant :\n  <b>27\u202f500,00\u00a0€</b> <i>soit</i>  <u>fin</u> </p>',
      ),
    );
    expect(errors).toEqual([]);
    expect(value?.blocks).toEqual([
      {
        kind: "paragraph",
        align: "justify",
        runs: [
          { text: "Montant\u00a0: " },
          { text: "27\u202f500,00\u00a0€", bold: true },
          { text: " " },
          { text: "soit", italic: true },
          { text: " " },
          { text: "fin", underline: true },
        ],
      },
    ]);
  });

  it("numbers articles and sub-articles itself", () => {
    const { value } = parseMarkup(
      doc(
        '<article title="Objet"><p>a</p></article><article title="Durée"><article title="Début"><p>b</p></article></article><article><p>c</p></article>',
      ),
    );
    const headings = value?.blocks
      .filter((b) => b.kind === "heading")
      .map((b) => b.kind === "heading" && b.runs[0]?.text);
    expect(headings).toEqual([
      "Article 1\u00a0: Objet",
      "Article 2\u00a0: Durée",
      "Article 2.1\u00a0: Début",
      "Article 3",
    ]);
  });

  it("tables hold lists in cells; lists hold paragraphs", () => {
    const { value, errors } = parseMarkup(
      doc(
        '<table widths="1 3"><tr><th>Objectifs</th><td><ul><li>un ;</li><li>deux.</li></ul></td></tr></table>',
      ),
    );
    expect(errors).toEqual([]);
    expect(value?.blocks[0]).toEqual({
      kind: "table",
      widths: [1, 3],
      rows: [
        [
          { header: true, blocks: [{ kind: "paragraph", runs: [{ text: "Objectifs" }] }] },
          {
            blocks: [
              {
                kind: "list",
                ordered: false,
                items: [
                  [{ kind: "paragraph", runs: [{ text: "un\u202f;" }] }],
                  [{ kind: "paragraph", runs: [{ text: "deux." }] }],
                ],
              },
            ],
          },
        ],
      ],
    });
  });

  it("decodes what handlebars escapes", () => {
    const { value } = parseMarkup(
      doc("<p>A &amp; B &lt;c&gt; &quot;d&quot; l&#x27;e &#x60;f&#x60; g&#x3D;h</p>"),
    );
    expect(value?.blocks[0]).toEqual({
      kind: "paragraph",
      runs: [{ text: 'A & B <c> "d" l\u2019e `f` g=h' }],
    });
  });

  it("<pagecount/> is a run of its own, with the marks around it, counted later", () => {
    const { value, errors } = parseMarkup(
      doc("<p>Ce document comprend <pagecount/> pages.</p><p><b>soit <pagecount/></b></p>"),
    );
    expect(errors).toEqual([]);
    expect(value?.blocks).toEqual([
      {
        kind: "paragraph",
        runs: [
          { text: "Ce document comprend " },
          { text: PAGE_COUNT_PENDING, pageCount: true },
          { text: " pages." },
        ],
      },
      {
        kind: "paragraph",
        runs: [
          { text: "soit ", bold: true },
          { text: PAGE_COUNT_PENDING, pageCount: true, bold: true },
        ],
      },
    ]);
  });

  it("an annex starts a page under its heading; the text cites it by <ref>", () => {
    const { value, errors } = parseMarkup(
      doc(
        '<p>selon l’annexe <ref annexe="D"/>.</p><annexe id="D" title="Tableau"><p>x</p></annexe><annexe id="E"><p>y</p></annexe>',
      ),
    );
    expect(errors).toEqual([]);
    expect(value?.blocks).toEqual([
      { kind: "paragraph", runs: [{ text: "selon l’annexe D." }] },
      {
        kind: "heading",
        level: 2,
        align: "center",
        pageBreakBefore: true,
        runs: [{ text: "Annexe D – Tableau", bold: true }],
      },
      { kind: "paragraph", runs: [{ text: "x" }] },
      {
        kind: "heading",
        level: 2,
        align: "center",
        pageBreakBefore: true,
        runs: [{ text: "Annexe E", bold: true }],
      },
      { kind: "paragraph", runs: [{ text: "y" }] },
    ]);
  });

  it("a dense table is small in both formats", () => {
    const { value } = parseMarkup(doc('<table size="small"><tr><td>a</td></tr></table>'));
    expect(value?.blocks[0]).toMatchObject({ kind: "table", small: true });
  });

  it("an act that cites an annex it does not carry: the error at the citation", () => {
    const { value, errors } = parseMarkup(
      doc(
        '<p>l’annexe <ref annexe="D"/></p>\n<p>et l’annexe <ref annexe="F"/></p><annexe id="D"><p>x</p></annexe>',
      ),
    );
    expect(value).toBeUndefined();
    expect(errors).toEqual([
      {
        line: 2,
        column: 32,
        message: `l'acte cite l'annexe « F » qu'il ne porte pas (aucune <annexe id="F">)`,
      },
    ]);
  });

  const ko = (name: string, body: string, message: string) =>
    it(`rejects ${name}`, () => {
      const { value, errors } = parseMarkup(doc(body));
      expect(value).toBeUndefined();
      expect(errors.map((e) => e.message)).toContain(message);
    });
  ko("an unknown element", "<p><blink>x</blink></p>", "élément inconnu <blink>");
  ko("an unknown attribute", '<p class="x">x</p>', "attribut inconnu « class » sur <p>");
  ko("a misplaced element", "<p><ul><li>x</li></ul></p>", "<ul> interdit dans <p>");
  ko(
    "text directly in a table",
    "<table>x</table>",
    "texte « x » interdit directement dans <table>",
  );
  ko(
    "text inside <pagecount>",
    "<p><pagecount>3</pagecount></p>",
    "texte « 3 » interdit directement dans <pagecount>",
  );
  ko("a page count outside a paragraph", "<pagecount/>", "<pagecount> interdit dans <document>");
  ko("an unknown alignment", '<p align="middle">x</p>', "alignement inconnu « middle »");
  ko(
    "an annex carried twice",
    '<annexe id="D"><p>x</p></annexe><annexe id="D"><p>y</p></annexe>',
    "annexe D portée deux fois",
  );
  ko("an annex without id", "<annexe><p>x</p></annexe>", "<annexe> sans id");
  ko(
    "an annex inside an article",
    '<article><annexe id="D"/></article>',
    "<annexe> interdit dans <article>",
  );
  ko(
    "an unknown table size",
    '<table size="tiny"><tr><td>a</td></tr></table>',
    "taille de tableau inconnue « tiny » (seule valeur : small)",
  );
  ko(
    "widths that do not match the columns",
    '<table widths="1 2 3"><tr><td>a</td><td>b</td></tr></table>',
    "3 largeurs pour 2 colonnes",
  );
  ko(
    "a width that is not a positive number",
    '<table widths="1 x"><tr><td>a</td><td>b</td></tr></table>',
    'largeur de colonne invalide « x » (un nombre positif, par exemple widths="1 3")',
  );
  ko(
    "an infinite width",
    '<table widths="1e999 1"><tr><td>a</td><td>b</td></tr></table>',
    'largeur de colonne invalide « 1e999 » (un nombre positif, par exemple widths="1 3")',
  );
  ko(
    "a width of zero",
    '<table widths="0 1"><tr><td>a</td><td>b</td></tr></table>',
    'largeur de colonne invalide « 0 » (un nombre positif, par exemple widths="1 3")',
  );

  it("reports a wrong width at the line of its <table>, not of </table>", () => {
    const { errors } = parseMarkup(
      '<document title="T">\n<table widths="1 x">\n<tr><td>a</td><td>b</td></tr>\n</table>\n</document>',
    );
    expect(errors.map((e) => `${e.line} ${e.message}`)).toEqual([
      '2 largeur de colonne invalide « x » (un nombre positif, par exemple widths="1 3")',
    ]);
  });

  it("reports malformed XML with its position", () => {
    const { errors } = parseMarkup('<document title="T">\n<p>x</b>\n</document>');
    expect(errors[0]?.line).toBe(2);
    expect(errors[0]?.message).toMatch(/^XML invalide/);
  });
});
