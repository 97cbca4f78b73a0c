// The values exceljs gives for a cell → what the importer reads in it.
import { describe, expect, it } from "vitest";
import { rawValue } from "../../src/import/xlsx.ts";

describe("rawValue", () => {
  it.each([
    [
      "a formula: its cached result",
      { formula: "55*250", result: 13750 },
      { kind: "number", number: 13750 },
    ],
    [
      "rich text: its plain text",
      { richText: [{ text: "CCAS " }, { text: "d'Arras" }] },
      { kind: "text", text: "CCAS d'Arras" },
    ],
    [
      "a hyperlink: its text",
      { text: "ccas-arras", hyperlink: "https://example.org" },
      { kind: "text", text: "ccas-arras" },
    ],
    ["an error: shown as Excel shows it", { error: "#N/A" }, { kind: "text", text: "#N/A" }],
    ["blank text: empty", "   ", { kind: "empty" }],
    [
      "a date at midnight UTC: that day",
      new Date(Date.UTC(2023, 7, 31)),
      { kind: "date", date: { year: 2023, month: 8, day: 31 } },
    ],
  ])("%s", (_, value, expected) => {
    expect(rawValue(value as never)).toEqual(expected);
  });

  it("keeps a number's format (percent, zero-padded code)", () => {
    expect(rawValue(0.8, "0%")).toEqual({ kind: "number", number: 0.8, numFmt: "0%" });
  });
});
