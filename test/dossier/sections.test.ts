// Where each section of the dossier opens, before the merge: the table of contents prints it.
import { describe, expect, it } from "vitest";
import { type DossierSection, sectionPages } from "../../src/dossier/pdf/sections.ts";

const part = (pages: number) => ({ pdf: new Uint8Array(), pages });
/** [title, start, pages, children?] for each placed section. */
type Row = [string, number, number, Row[]?];
const rows = (sections: ReturnType<typeof sectionPages>["sections"]): Row[] =>
  sections.map((s) => [
    s.title,
    s.start,
    s.pages,
    ...(s.children.length > 0 ? [rows(s.children)] : []),
  ]) as Row[];

describe("sectionPages", () => {
  const t = (
    name: string,
    sections: DossierSection[],
    front: number,
    total: number,
    expected: Row[],
  ) =>
    it(name, () => {
      const placed = sectionPages(sections, front);
      expect(rows(placed.sections)).toEqual(expected);
      expect(placed.total).toBe(total);
    });

  t("after a one-page front part", [{ title: "Délibération", pdf: part(3) }], 1, 4, [
    ["Délibération", 2, 3],
  ]);
  t(
    "after a longer table of contents",
    [
      { title: "D", pdf: part(3) },
      { title: "R", pdf: part(2) },
    ],
    3,
    8,
    [
      ["D", 4, 3],
      ["R", 7, 2],
    ],
  );
  t(
    "a group without PDF opens at its first child's page and counts its children's",
    [
      { title: "Délibération", pdf: part(2) },
      {
        title: "Actes",
        children: [
          { title: "A1", pdf: part(1) },
          { title: "A2", pdf: part(12) },
        ],
      },
      { title: "Rapport", pdf: part(1) },
    ],
    1,
    17,
    [
      ["Délibération", 2, 2],
      [
        "Actes",
        4,
        13,
        [
          ["A1", 4, 1],
          ["A2", 5, 12],
        ],
      ],
      ["Rapport", 17, 1],
    ],
  );
  t(
    "a section with its own PDF and children: its pages first",
    [{ title: "Annexe 7", pdf: part(2), children: [{ title: "Annexe 7.1", pdf: part(1) }] }],
    2,
    5,
    [["Annexe 7", 3, 3, [["Annexe 7.1", 5, 1]]]],
  );
  t("no section: the front part alone", [], 2, 2, []);

  it("refuses a section with no page (nothing for its bookmark to open)", () => {
    expect(() => sectionPages([{ title: "Actes", children: [] }], 1)).toThrow(
      'dossier: section "Actes" has no page',
    );
  });
});
