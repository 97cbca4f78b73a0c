// The PDF fonts' coverage as validation relies on it (src/render/pdf/coverage.ts): printable
// ASCII and Latin-1 are taken as drawn without parsing the fonts — true for every face.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { firstUndrawable } from "../../src/render/pdf/coverage.ts";
import { PDF_FONT_FILES } from "../../src/render/pdf/font-files.ts";

const fontkit = createRequire(createRequire(import.meta.url).resolve("pdfkit"))("fontkit") as {
  create(b: Uint8Array): { hasGlyphForCodePoint(cp: number): boolean };
};

describe("PDF font coverage", () => {
  it("every face draws printable ASCII and Latin-1 (the fast path's promise)", () => {
    for (const [face, file] of Object.entries(PDF_FONT_FILES)) {
      const font = fontkit.create(readFileSync(file));
      const missing: string[] = [];
      for (let cp = 0x20; cp <= 0xff; cp++) {
        if (cp > 0x7e && cp < 0xa0) continue;
        if (!font.hasGlyphForCodePoint(cp)) missing.push(cp.toString(16));
      }
      expect(missing, face).toEqual([]);
    }
  });
  it("finds the first character no face can draw, past the fast path", () => {
    expect(firstUndrawable("Œuvre — 100 € « x »")).toBeUndefined();
    expect(firstUndrawable("abc 😀 北")).toBe("😀");
    expect(firstUndrawable("tab\tand\nline feed")).toBeUndefined();
  });
});
