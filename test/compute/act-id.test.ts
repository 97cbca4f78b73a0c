// Act ids name files and `--only` values: they must stay readable, follow the data order and
// tell apart the acts of one partner (SAMPS has two Accompagnement Global lines in seed 003,
// annexe 5: Arrageois and Lens Liévin).
import { describe, expect, it } from "vitest";
import { assignActIds, type IdCandidate, slugify } from "../../src/compute/act-id.ts";

const ag = (partner: string, territory?: string): IdCandidate =>
  territory === undefined
    ? { type: "avenant-ag", partner }
    : { type: "avenant-ag", partner, territory };

describe("slugify", () => {
  it.each([
    ["Lens Liévin", "lens-lievin"],
    ["Hénin Carvin", "henin-carvin"],
    ["Arrageois", "arrageois"],
    // Territory of the E2C Artois line as printed in seed 003, annexe 5.
    ["ARRAGEOIS/LENS-LIEVIN/HENIN-CARVIN", "arrageois-lens-lievin-henin-carvin"],
    // A run of separators is one hyphen, not one per character.
    [
      "Territoires AMI 2 : Montreuillois, Boulonnais, Audomarois",
      "territoires-ami-2-montreuillois-boulonnais-audomarois",
    ],
    ["Côte d'Opale", "cote-d-opale"],
    // No leading or trailing hyphen.
    [" (Arras) ", "arras"],
    ["-Arras-", "arras"],
    ["—", ""],
  ])("%s → %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe("assignActIds", () => {
  it("one act per partner: type/partner, whatever the territory", () => {
    expect(
      assignActIds([ag("ccas-arras", "Arrageois"), ag("ccas-bethune", "Artois"), ag("fjep")]),
    ).toEqual(["avenant-ag/ccas-arras", "avenant-ag/ccas-bethune", "avenant-ag/fjep"]);
  });

  it("a partner with two lines on two territories: the territory tells them apart (SAMPS)", () => {
    expect(
      assignActIds([
        ag("samps", "Arrageois"),
        ag("ccas-lens", "Lens Liévin"),
        ag("samps", "Lens Liévin"),
      ]),
    ).toEqual([
      "avenant-ag/samps-arrageois",
      "avenant-ag/ccas-lens",
      "avenant-ag/samps-lens-lievin",
    ]);
  });

  it("two lines on the same territory: numbered -1, -2 in data order", () => {
    expect(assignActIds([ag("samps", "Arrageois"), ag("samps", "Arrageois")])).toEqual([
      "avenant-ag/samps-arrageois-1",
      "avenant-ag/samps-arrageois-2",
    ]);
  });

  it("two lines without territory: numbered -1, -2", () => {
    expect(assignActIds([ag("samps"), ag("fjep"), ag("samps")])).toEqual([
      "avenant-ag/samps-1",
      "avenant-ag/fjep",
      "avenant-ag/samps-2",
    ]);
  });

  it("three lines: -1, -2, -3", () => {
    expect(assignActIds([ag("samps"), ag("samps"), ag("samps")])).toEqual([
      "avenant-ag/samps-1",
      "avenant-ag/samps-2",
      "avenant-ag/samps-3",
    ]);
  });

  it("one line with a territory and one without: the territory suffix, and the bare id", () => {
    expect(assignActIds([ag("samps", "Arrageois"), ag("samps")])).toEqual([
      "avenant-ag/samps-arrageois",
      "avenant-ag/samps",
    ]);
  });

  it("a territory without letters or digits gives no suffix", () => {
    expect(assignActIds([ag("samps", "Arrageois"), ag("samps", "—")])).toEqual([
      "avenant-ag/samps-arrageois",
      "avenant-ag/samps",
    ]);
  });

  it("two territories with the same slug are numbered", () => {
    expect(assignActIds([ag("samps", "Lens Liévin"), ag("samps", "LENS-LIEVIN")])).toEqual([
      "avenant-ag/samps-lens-lievin-1",
      "avenant-ag/samps-lens-lievin-2",
    ]);
  });

  it("a partner's acts of different types need no suffix", () => {
    expect(
      assignActIds([
        ag("ml-lens-lievin", "Lens Liévin"),
        { type: "avenant-cllaj", partner: "ml-lens-lievin", territory: "Lens Liévin" },
      ]),
    ).toEqual(["avenant-ag/ml-lens-lievin", "avenant-cllaj/ml-lens-lievin"]);
  });

  it("a territory suffix that equals another partner's id is numbered, never shared", () => {
    expect(assignActIds([ag("samps", "Lens"), ag("samps", "Arras"), ag("samps-lens")])).toEqual([
      "avenant-ag/samps-lens-1",
      "avenant-ag/samps-arras",
      "avenant-ag/samps-lens-2",
    ]);
  });

  it("no candidates, no ids", () => {
    expect(assignActIds([])).toEqual([]);
  });
});
