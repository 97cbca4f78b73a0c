// The text redline on hand-made texts: words, paragraphs, renumbered and moved articles, and
// the round trip every output relies on (the redline holds both versions exactly).
import { describe, expect, it } from "vitest";
import { type RedlineLine, versionText } from "../../src/review/redline/model.ts";
import { redlineText } from "../../src/review/redline/sections.ts";
import { diffWords } from "../../src/review/redline/words.ts";

const NNBSP = "\u202f";
const NBSP = "\u00a0";
const plain = () => "normal" as const;

/** One line as the plain terminal shows it: « a [-b-]{+c+} ». */
const shown = (line: RedlineLine) =>
  line.segments
    .map((s) => (s.op === "equal" ? s.text : s.op === "del" ? `[-${s.text}-]` : `{+${s.text}+}`))
    .join("");
const changed = (lines: readonly RedlineLine[]) =>
  lines.filter((l) => l.change !== "equal").map((l) => `${l.change} ${shown(l)}`);

describe("word redline", () => {
  it("a changed amount is one edit, not its digits", () => {
    const old = `un montant de 13${NNBSP}750,00${NBSP}€ (treize mille sept cent cinquante euros)`;
    const next = `un montant de 17${NNBSP}500,00${NBSP}€ (dix-sept mille cinq cents euros)`;
    expect(diffWords(old, next)).toEqual([
      { op: "equal", text: "un montant de " },
      { op: "del", text: `13${NNBSP}750,00${NBSP}€` },
      { op: "ins", text: `17${NNBSP}500,00${NBSP}€` },
      { op: "equal", text: " (" },
      { op: "del", text: "treize" },
      { op: "ins", text: "dix-sept" },
      { op: "equal", text: " mille " },
      { op: "del", text: "sept cent cinquante" },
      { op: "ins", text: "cinq cents" },
      { op: "equal", text: " euros)" },
    ]);
  });
});

const OLD = `Préambule
Article 1 : Objet
Le texte de l’objet.

Article 2 : Durée
La convention dure douze mois.

Article 3 : Versement
Une avance de 80 %.
`;

describe("article alignment", () => {
  it("an article inserted: the ones after it show only their number change", () => {
    const next = OLD.replace(
      "Article 2 : Durée",
      "Article 2 : Clause nouvelle\nUne phrase nouvelle.\n\nArticle 3 : Durée",
    ).replace("Article 3 : Versement", "Article 4 : Versement");
    const lines = redlineText(OLD, next, plain);
    expect(changed(lines)).toEqual([
      "ins {+Article 2 : Clause nouvelle+}",
      "ins {+Une phrase nouvelle.+}",
      "ins ",
      "edit Article [-2-]{+3+} : Durée",
      "edit Article [-3-]{+4+} : Versement",
    ]);
    expect(versionText(lines, "old")).toBe(OLD);
    expect(versionText(lines, "new")).toBe(next);
  });

  it("an article moved: redlined at its new place against its old text, named at the old one", () => {
    const next = `Préambule
Article 1 : Objet
Le texte de l’objet.

Article 2 : Versement
Une avance de 80 %.

Article 3 : Durée
La convention dure vingt-quatre mois.
`;
    const lines = redlineText(OLD, next, plain);
    const moved = lines.filter((l) => l.move !== undefined);
    expect(moved.map((l) => `${l.move?.role} ${l.change} ${shown(l)}`)).toEqual([
      "from del [-Article 2 : Durée-]",
      "from del [-La convention dure douze mois.-]",
      "from del ",
      "to edit Article [-2-]{+3+} : Durée",
      "to edit La convention dure [-douze-]{+vingt-quatre+} mois.",
      // The old article ended with a blank line; the last one does not.
      "to del ",
    ]);
    // The article that stayed: renumbered, and now followed by a blank line.
    expect(changed(lines.filter((l) => l.move === undefined))).toEqual([
      "edit Article [-3-]{+2+} : Versement",
      "ins ",
    ]);
    expect(versionText(lines, "old")).toBe(OLD);
    expect(versionText(lines, "new")).toBe(next);
  });

  it("an article renumbered and rewritten is still known by its title", () => {
    const next = OLD.replace(
      "Article 2 : Durée",
      "Article 2 : Objet bis\nUn texte.\n\nArticle 3 : Durée",
    )
      .replace("La convention dure douze mois.", "Elle prend effet à sa signature.")
      .replace("Article 3 : Versement", "Article 4 : Versement");
    expect(changed(redlineText(OLD, next, plain))).toEqual([
      "ins {+Article 2 : Objet bis+}",
      "ins {+Un texte.+}",
      "ins ",
      "edit Article [-2-]{+3+} : Durée",
      "del [-La convention dure douze mois.-]",
      "ins {+Elle prend effet à sa signature.+}",
      "edit Article [-3-]{+4+} : Versement",
    ]);
  });

  it("an unrelated paragraph is deleted and inserted whole, not redlined word by word", () => {
    const next = OLD.replace("Une avance de 80 %.", "Aucun versement anticipé n’est prévu.");
    expect(changed(redlineText(OLD, next, plain))).toEqual([
      "del [-Une avance de 80 %.-]",
      "ins {+Aucun versement anticipé n’est prévu.+}",
    ]);
  });
});
