// Each cell the way a spreadsheet gives it → the text operations.yaml holds, or what was expected.
import { describe, expect, it } from "vitest";
import { cellText, fromSerial, type Kind } from "../../src/import/cells.ts";
import type { RawValue } from "../../src/import/grid.ts";

const text = (t: string): RawValue => ({ kind: "text", text: t });
const num = (n: number, numFmt?: string): RawValue =>
  numFmt ? { kind: "number", number: n, numFmt } : { kind: "number", number: n };
const read = (raw: RawValue, kind: Kind, gap = false) => {
  const r = cellText(raw, kind, gap);
  return "value" in r ? r.value : `✖ ${r.code} ${r.found}`;
};

describe("amounts", () => {
  it.each([
    [text("13 750,00 €"), "13750.00"],
    [text("13\u00a0750,00\u00a0€"), "13750.00"],
    [text("13\u202f750,00\u202f€"), "13750.00"],
    [text("20 000 €"), "20000.00"],
    [text("1.234.567,89"), "1234567.89"],
    [text("42602.44"), "42602.44"],
    [text("720,5"), "720.50"],
    [num(13750, '#,##0.00 "€"'), "13750.00"],
    [num(42602.44), "42602.44"],
    [num(0.1 + 0.2), "0.30"],
    [num(12.345), "✖ MONTANT_INVALIDE le nombre 12,345"],
    [text("12,345 €"), "✖ MONTANT_INVALIDE « 12,345 € »"],
    [text("-50"), "✖ MONTANT_INVALIDE « -50 »"],
    [text("1e3"), "✖ MONTANT_INVALIDE « 1e3 »"],
    [text("vingt mille"), "✖ MONTANT_INVALIDE « vingt mille »"],
    [{ kind: "empty" } as RawValue, "✖ MONTANT_INVALIDE une cellule vide"],
  ])("%j → %s", (raw, expected) => expect(read(raw, "money")).toBe(expected));
});

describe("dates", () => {
  it.each([
    [{ kind: "date", date: { year: 2022, month: 12, day: 1 } } as RawValue, "2022-12-01"],
    [num(44896), "2022-12-01"],
    [num(44896.75), "2022-12-01"],
    [num(44927, "dd/mm/yyyy"), "2023-01-01"],
    [text("01/12/2022"), "2022-12-01"],
    [text("1/7/2022"), "2022-07-01"],
    [text("2023-12-31"), "2023-12-31"],
    [text("44896"), "2022-12-01"],
    [text("31/02/2022"), "✖ DATE_INVALIDE « 31/02/2022 »"],
    [text("décembre 2022"), "✖ DATE_INVALIDE « décembre 2022 »"],
  ])("%j → %s", (raw, expected) => expect(read(raw, "date")).toBe(expected));

  it("counts Excel's serials as Excel does, its 29 February 1900 refused", () => {
    expect(fromSerial(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(fromSerial(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(fromSerial(60)).toBeUndefined();
    expect(fromSerial(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });
});

describe("numbers, percentages, codes and gaps", () => {
  it.each([
    [num(55), "count", "55"],
    [text("110"), "count", "110"],
    [num(55.5), "count", "✖ NOMBRE_INVALIDE le nombre 55,5"],
    [num(80), "percent", "80"],
    [num(0.8, "0%"), "percent", "80"],
    [text("80 %"), "percent", "80"],
    [text("120 %"), "percent", "✖ TAUX_INVALIDE « 120 % »"],
    [text("07001"), "text", "07001"],
    [num(7001, "00000"), "text", "07001"],
    [num(47), "text", "47"],
    [text("  Arrageois "), "text", "Arrageois"],
  ] as const)("%j as %s → %s", (raw, kind, expected) => expect(read(raw, kind)).toBe(expected));

  it("reads « à compléter » in any case as the gap marker, only where the column allows it", () => {
    expect(read(text("a completer"), "date", true)).toBe("À COMPLÉTER");
    expect(read(text("À COMPLÉTER"), "count", true)).toBe("À COMPLÉTER");
    expect(read(text("À COMPLÉTER"), "count")).toBe("✖ NOMBRE_INVALIDE « À COMPLÉTER »");
  });
});
