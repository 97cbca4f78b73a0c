// `actes compare A B`: two documents of any origin, compared on their words, the layout
// ignored. The redline is laid out on B's paragraphs: B's text is rebuilt exactly from it, and
// A's words in order (A's paragraph breaks are layout).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { compareMain } from "../../src/review/compare-command.ts";
import { words } from "../../src/review/extract/paragraph.ts";
import { versionText } from "../../src/review/redline/model.ts";
import { redlineDocuments } from "../../src/review/redline/reflow.ts";
import { actes } from "../helpers/cli.ts";

const tmp = mkdtempSync(join(tmpdir(), "actes-compare-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The redline as a reader of the plain output sees it, one line per paragraph. */
const plain = (old: string[], next: string[]) =>
  redlineDocuments(old, next).map(
    (l) =>
      `${l.change}: ${l.segments.map((s) => (s.op === "equal" ? s.text : s.op === "del" ? `[-${s.text}-]` : `{+${s.text}+}`)).join("")}`,
  );

const ARTICLE_3 = "Article 3 : Montant";
const AMOUNT = "Le coût total est estimé à 13 750,00 € (treize mille sept cent cinquante euros).";

describe("redlineDocuments", () => {
  it("the same words in other paragraphs: no change", () => {
    const lines = redlineDocuments(
      ["Durée | Du 01/12/2022 au 31/12/2023", "Coût | 13 750,00 €"],
      ["Durée", "Du 01/12/2022 au 31/12/2023", "Coût", "13 750,00 €"],
    );
    expect(lines.map((l) => l.change)).toEqual(["equal", "equal", "equal", "equal"]);
  });

  it("a changed amount is one edit in its paragraph", () => {
    expect(
      plain([ARTICLE_3, AMOUNT], [ARTICLE_3, AMOUNT.replace("13 750,00", "14 000,00")]),
    ).toEqual([
      `equal: ${ARTICLE_3}`,
      "edit: Le coût total est estimé à [-13 750,00 €-]{+14 000,00 €+} (treize mille sept cent cinquante euros).",
    ]);
  });

  it("a paragraph removed shows as a deleted paragraph where it stood", () => {
    expect(plain(["Un.", "Deux trois.", "Quatre."], ["Un.", "Quatre."])).toEqual([
      "equal: Un.",
      "del: [-Deux trois.-]",
      "equal: Quatre.",
    ]);
  });

  it("a paragraph added, and words removed at the end of a paragraph", () => {
    expect(plain(["Un deux trois", "Quatre"], ["Un deux", "Cinq six", "Quatre"])).toEqual([
      "edit: Un deux[- trois-]",
      "ins: {+Cinq six+}",
      "equal: Quatre",
    ]);
  });

  it("words removed at the start of a paragraph open it", () => {
    expect(plain(["Un.", "Deux trois quatre."], ["Un.", "trois quatre."])).toEqual([
      "equal: Un.",
      "edit: [-Deux -]trois quatre.",
    ]);
  });

  it("an article heading keeps its style", () => {
    expect(redlineDocuments([ARTICLE_3], [ARTICLE_3])[0]?.style).toBe("heading");
    expect(redlineDocuments(["Un."], ["Un."])[0]?.style).toBe("normal");
  });

  it("any edit and any paragraphing: B's text exactly, A's words in order", () => {
    const word = fc.constantFrom(
      "le",
      "Département",
      "13 750,00 €",
      "avenant",
      "n°2",
      ",",
      "l'article",
    );
    // A document as its tokens, paragraph by paragraph: the same tokens in the same order are
    // the same text whatever the paragraphing (a comma included: it is no layout).
    const doc = fc.array(fc.array(word, { minLength: 1, maxLength: 8 }), { maxLength: 8 });
    fc.assert(
      fc.property(doc, doc, (tokensA, tokensB) => {
        const [a, b] = [tokensA, tokensB].map((d) => d.map((p) => p.join(" ")));
        if (a === undefined || b === undefined) throw new Error("two documents");
        const lines = redlineDocuments(a, b);
        expect(versionText(lines, "new")).toBe(`${b.join("\n")}\n`);
        expect(words(versionText(lines, "old"))).toEqual(words(a.join("\n")));
        const same = tokensA.flat().join("\u0000") === tokensB.flat().join("\u0000");
        expect(lines.every((l) => l.change === "equal")).toBe(same);
      }),
    );
  });
});

describe("actes compare", () => {
  const file = (name: string, text: string) => {
    const path = join(tmp, name);
    writeFileSync(path, text);
    return path;
  };

  it("two texts that differ: the redline in B's paragraphs, exit 1", async () => {
    const a = file("genere.txt", `${ARTICLE_3}\n${AMOUNT}\n`);
    const b = file("retourne.txt", `${ARTICLE_3}\n${AMOUNT.replace("13 750,00", "14 000,00")}\n`);
    const r = await actes(["compare", a, b]);
    expect(r.code).toBe(1);
    expect(r.out.split("\n")).toEqual([
      `Comparaison : ${a} → ${b}`,
      "Paragraphes : 1 modifié, 0 ajouté, 0 supprimé (la mise en page n'est pas comparée)",
      "",
      "retourne.txt — comparé à genere.txt",
      "  l. 2  Le coût total est estimé à [-13 750,00 €-]{+14 000,00 €+} (treize mille sept cent cinquante euros).",
      "",
    ]);
  });

  it("the same words, wrapped and joined otherwise: exit 0", async () => {
    const a = file("a.txt", `${ARTICLE_3}\n${AMOUNT}\n`);
    const [head, tail] = AMOUNT.split(" à ");
    const b = file("b.txt", `${ARTICLE_3} ${head}\nà ${tail}\n`);
    const r = await actes(["compare", a, b]);
    expect([r.code, r.out.split("\n")[1]]).toEqual([
      0,
      "Mêmes mots, dans le même ordre (la mise en page n'est pas comparée)",
    ]);
  });

  it("--json and --docx: the redline as data, and a Word file with tracked changes", async () => {
    const a = file("j1.txt", "Un deux.\n");
    const b = file("j2.txt", "Un trois.\n");
    const dir = join(tmp, "docx");
    const r = await compareMain([a, b, "--json", "--docx", dir], false);
    expect(r.exitCode).toBe(1);
    expect(r.files).toEqual([join(dir, "j2.txt.docx")]);
    const report = JSON.parse(r.stdout);
    expect(report.summary.totals).toBeNull();
    expect(report.acts[0].redline[0].segments).toEqual([
      { op: "equal", text: "Un " },
      { op: "del", text: "deux" },
      { op: "ins", text: "trois" },
      { op: "equal", text: "." },
    ]);
    const xml = readFileSync(join(dir, "j2.txt.docx")).length;
    expect(xml).toBeGreaterThan(1000);
  });

  it("usage errors and unreadable files: exit 2 with a French message", async () => {
    expect((await compareMain(["seul.txt"], false)).stderr).toMatch(
      /^actes compare : deux documents attendus, A et B/,
    );
    const missing = await compareMain([join(tmp, "absent.txt"), join(tmp, "a.txt")], false);
    expect([missing.exitCode, missing.stderr]).toEqual([
      2,
      expect.stringMatching(/^actes compare : « .*absent\.txt » illisible/),
    ]);
    const odd = await compareMain(["a.odt", "b.txt"], false);
    expect(odd.stderr).toBe(
      "actes compare : « a.odt » : type de fichier non pris en charge (.txt, .docx ou .pdf)\n",
    );
    const option = await compareMain(["a.txt", "b.txt", "--htlm", "x"], false);
    expect([option.exitCode, option.stderr.split("\n")[0]]).toEqual([
      2,
      "actes compare : option inconnue « --htlm » — voulez-vous dire « --html » ?",
    ]);
  });
});
