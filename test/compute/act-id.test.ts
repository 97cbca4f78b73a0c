// Act ids are paths in the out folder and `--only` values: readable, safe as file names,
// stable (the session is part of them; an act's name depends on its partner and convention),
// and unique whatever the data.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignActIds, type IdCandidate, safeFileStem, slugify } from "../../src/compute/act-id.ts";

const S = "cp-2022-11-21";
const ag = (partner: string, convention?: string, session = S): IdCandidate => ({
  session,
  type: "avenant-ag",
  partner,
  convention,
});

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

describe("safeFileStem", () => {
  it.each([
    ["ccas-bethune", "ccas-bethune"],
    ["CCAS d'Hénin/Beaumont", "ccas-d-henin-beaumont"],
    ["../../etc/passwd", "etc-passwd"],
    ["..", "acte"],
    ["", "acte"],
    ["NUL", "nul-acte"],
    ["com1", "com1-acte"],
    ["lpt9", "lpt9-acte"],
    ["aux", "aux-acte"],
    ["auxiliaire", "auxiliaire"],
    // Only a whole reserved name is one: « falcon » and « tcom1 » end like one, and are not.
    ["falcon", "falcon"],
    ["tcom1", "tcom1"],
    ["Œuvre « sociale » — 2022", "uvre-sociale-2022"],
    ["a".repeat(300), "a".repeat(80)],
    // Cut at 80, then the hyphen the cut leaves at the end goes.
    [`${"a".repeat(79)}-b`, "a".repeat(79)],
  ])("%j → %s", (name, stem) => expect(safeFileStem(name)).toBe(stem));

  it("never yields a separator, a dot-only name or an empty name", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        expect(safeFileStem(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });
});

describe("assignActIds", () => {
  it("session/type/partner, one act per partner", () => {
    expect(assignActIds([ag("ccas-arras"), ag("ccas-bethune", "2022-01")])).toEqual([
      "cp-2022-11-21/avenant-ag/ccas-arras",
      "cp-2022-11-21/avenant-ag/ccas-bethune",
    ]);
  });

  it("the same partner in another session or another type: no suffix", () => {
    expect(
      assignActIds([
        ag("ccas-arras", "2022-01"),
        ag("ccas-arras", "2023-01", "cp-2023-03-20"),
        { session: S, type: "avenant-cllaj", partner: "ccas-arras", convention: "2022-09" },
      ]),
    ).toEqual([
      "cp-2022-11-21/avenant-ag/ccas-arras",
      "cp-2023-03-20/avenant-ag/ccas-arras",
      "cp-2022-11-21/avenant-cllaj/ccas-arras",
    ]);
  });

  it("a line added to another session renames nothing", () => {
    const before = [ag("ccas-arras"), ag("samps", "2022-01")];
    const after = assignActIds([ag("ccas-arras", undefined, "cp-2023-03-20"), ...before]);
    expect(after.slice(1)).toEqual(assignActIds(before));
    expect(after[0]).toBe("cp-2023-03-20/avenant-ag/ccas-arras");
  });

  it("two conventions of one partner in one session: the known numbers tell them apart", () => {
    expect(assignActIds([ag("samps"), ag("samps", "2022/01234"), ag("samps", "2022-9")])).toEqual([
      "cp-2022-11-21/avenant-ag/samps",
      "cp-2022-11-21/avenant-ag/samps-2022-01234",
      "cp-2022-11-21/avenant-ag/samps-2022-9",
    ]);
  });

  it("an id wanted twice: the first keeps it, the next takes -2, never another act's id", () => {
    // Candidates x, x, x-2 (the old numbering gave x-1 twice for x, x, x-1).
    expect(assignActIds([ag("x"), ag("x"), ag("x-2")])).toEqual([
      "cp-2022-11-21/avenant-ag/x",
      "cp-2022-11-21/avenant-ag/x-3",
      "cp-2022-11-21/avenant-ag/x-2",
    ]);
    expect(assignActIds([ag("x"), ag("x"), ag("x-1"), ag("x")])).toEqual([
      "cp-2022-11-21/avenant-ag/x",
      "cp-2022-11-21/avenant-ag/x-2",
      "cp-2022-11-21/avenant-ag/x-1",
      "cp-2022-11-21/avenant-ag/x-3",
    ]);
    // Two numbers with one slug.
    expect(assignActIds([ag("samps", "2022/01"), ag("samps", "2022-01")])).toEqual([
      "cp-2022-11-21/avenant-ag/samps-2022-01",
      "cp-2022-11-21/avenant-ag/samps-2022-01-2",
    ]);
  });

  it("a session folder or a partner that is no safe file name is made one", () => {
    expect(assignActIds([ag("nul", undefined, "CP du 21/11")])).toEqual([
      "cp-du-21-11/avenant-ag/nul-acte",
    ]);
  });

  it("ids are unique whatever the candidates", () => {
    const candidate = fc.record({
      session: fc.constantFrom(S, "cp-2023-01-01"),
      type: fc.constant("avenant-ag"),
      partner: fc.constantFrom("x", "x-2", "x-1", "samps", "samps-2022-01"),
      convention: fc.constantFrom(undefined, "2022-01", "2022/01", "1"),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 12 }), (cs) => {
        expect(new Set(assignActIds(cs)).size).toBe(cs.length);
      }),
    );
  });

  it("no candidates, no ids", () => {
    expect(assignActIds([])).toEqual([]);
  });
});
