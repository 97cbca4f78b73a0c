// The tags of one paragraph, read from its runs' merged text: table-driven, one line a case.
import { describe, expect, it } from "vitest";
import { piecesOf } from "../../src/modele/tags.ts";
import type { WordRun } from "../../src/modele/word.ts";

const run = (text: string, bold = false): WordRun => ({ text, marks: bold ? { bold: true } : {} });
const read = (...runs: WordRun[]) => piecesOf({ kind: "paragraph", style: "actes-p", runs });

describe("piecesOf", () => {
  it.each([
    ["{partenaire.nom}", { kind: "value", expr: "partenaire.nom", marks: {} }],
    ["{ partenaire.nom }", { kind: "value", expr: "partenaire.nom", marks: {} }],
    ["{#si autres}", { kind: "open", section: "if", expr: "autres" }],
    ["{^si autres}", { kind: "open", section: "unless", expr: "autres" }],
    ["{#chaque acte.actions}", { kind: "open", section: "each", expr: "acte.actions" }],
    ["{sinon}", { kind: "else" }],
    ["{/si}", { kind: "close", section: "si" }],
    ["{/chaque acte.actions}", { kind: "close", section: "chaque", expr: "acte.actions" }],
    ["{../pour}", { kind: "value", expr: "../pour", marks: {} }],
    ["{@root.departement.nom}", { kind: "value", expr: "@root.departement.nom", marks: {} }],
    [
      "{> signature pour=partenaire.pour}",
      { kind: "partial", call: "> signature pour=partenaire.pour" },
    ],
  ])("%s", (text, piece) => {
    expect(read(run(text))).toEqual({ pieces: [piece], errors: [] });
  });

  it.each([
    [
      "{#autres}",
      "« {#autres} » : écrivez {#si autres} … {/si} pour une condition, {^si autres} … {/si} pour son contraire, {#chaque autres} … {/chaque} pour une répétition",
    ],
    ["{^chaque x}", "« {^chaque x} » : une répétition ne s’inverse pas ; écrivez {^si x}"],
    ["{montant total}", "balise illisible « {montant total} »"],
    ["a } b", "accolade « } » sans « { » avant elle"],
    ["{partenaire", "la balise « {partenaire » n’est pas fermée par « } »"],
  ])("%s is an error", (text, error) => {
    expect(read(run(text)).errors).toEqual([error]);
  });

  it("rejoins a tag split across runs, with the formatting of its opening brace", () => {
    expect(read(run("Et {parte"), run("naire.nom", true), run("} signe"))).toEqual({
      pieces: [
        { kind: "text", text: "Et ", marks: {} },
        { kind: "value", expr: "partenaire.nom", marks: {} },
        { kind: "text", text: " signe", marks: {} },
      ],
      errors: [],
    });
    expect(read(run("{partenaire.nom", true), run("}")).pieces).toEqual([
      { kind: "value", expr: "partenaire.nom", marks: { bold: true } },
    ]);
  });

  it("cannot rejoin a tag cut by a reference to an annex", () => {
    const cut = read(run("{parte"), { text: "D", marks: {}, role: "ref" }, run("naire.nom}"));
    expect(cut.errors).toEqual([
      "la balise « {parte » est coupée par un renvoi à une annexe : retapez-la d’un seul tenant",
      "accolade « } » sans « { » avant elle",
    ]);
  });

  it("ignores the engine's captions", () => {
    expect(read({ text: "Article — ", marks: {}, role: "label" }, run("Objet")).pieces).toEqual([
      { kind: "text", text: "Objet", marks: {} },
    ]);
  });
});
