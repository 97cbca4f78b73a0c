// A list as a sentence: the territories of the EURASANTE avenant (seed 003, annexe 10) and the
// dates of the SPIE avenant's indicators (seed 001, article 2.3).
import { describe, expect, it } from "vitest";
import { listInWords } from "../../src/format/fr/index.ts";

describe("listInWords", () => {
  it("joins with commas and « et » before the last", () => {
    expect(listInWords(["le Calaisis", "le Boulonnais", "Hénin-Carvin"])).toBe(
      "le Calaisis, le Boulonnais et Hénin-Carvin",
    );
    expect(listInWords(["Arrageois", "Lens Liévin"])).toBe("Arrageois et Lens Liévin");
  });
  it("one item alone, none as nothing", () => {
    expect(listInWords(["Artois"])).toBe("Artois");
    expect(listInWords([])).toBe("");
  });
  it("another last joint when the sentence asks for it", () => {
    expect(
      listInWords(
        [
          "au 31 janvier 2023, arrêtés au 30 décembre 2022",
          "au 30 juillet 2023, arrêtés au 30 juin 2023",
        ],
        ", ainsi qu'",
      ),
    ).toBe(
      "au 31 janvier 2023, arrêtés au 30 décembre 2022, ainsi qu'au 30 juillet 2023, arrêtés au 30 juin 2023",
    );
  });
});
