// CSV files as Excel and LibreOffice save them: encodings, separators, quoted fields.
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv.ts";
import { decodeText } from "../../src/import/decode.ts";

const cp1252 = (text: string) =>
  Buffer.from(
    [...text].map((c) => ({ "€": 0x80, "’": 0x92, œ: 0x9c })[c] ?? (c.codePointAt(0) as number)),
  );

describe("decodeText", () => {
  it("reads UTF-8 with or without its BOM", () => {
    expect(decodeText(Buffer.from("\ufeffthématique;montant", "utf8"))).toEqual({
      text: "thématique;montant",
      encoding: "utf-8",
    });
    expect(decodeText(Buffer.from("thématique", "utf8")).text).toBe("thématique");
  });

  it("reads Windows-1252 when the bytes are not UTF-8, € œ ’ included", () => {
    expect(decodeText(cp1252("Cœur d’Opale;13 750,00 €;é"))).toEqual({
      text: "Cœur d’Opale;13 750,00 €;é",
      encoding: "windows-1252",
    });
  });
});

describe("readCsv", () => {
  it("splits on « ; » and keeps the line each row starts on", () => {
    const grid = readCsv(
      "r.csv",
      Buffer.from('a;b;c\r\n1;"deux; et\n""trois""";3,5\r\n\r\n4;;6\r\n', "utf8"),
    );
    expect(grid.rows.map((r) => r.map((c) => (c.kind === "text" ? c.text : "")))).toEqual([
      ["a", "b", "c"],
      ["1", 'deux; et\n"trois"', "3,5"],
      ["4", "", "6"],
    ]);
    expect(grid.lines).toEqual([1, 2, 5]);
  });

  it("splits on « , » when the header uses commas", () => {
    const grid = readCsv("r.csv", Buffer.from('partenaire,montant\nccas-arras,"13 750,00 €"\n'));
    expect(grid.rows[1]).toEqual([
      { kind: "text", text: "ccas-arras" },
      { kind: "text", text: "13 750,00 €" },
    ]);
  });
});
