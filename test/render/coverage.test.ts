// The PDF fonts' coverage as validation relies on it (src/render/pdf/coverage.ts): printable
// ASCII and Latin-1 are taken as drawn without parsing the fonts — true for every face.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript script, without types.
import { drawableRanges, drawableSource } from "../../scripts/drawable.mjs";
import { firstUndrawable } from "../../src/render/pdf/coverage.ts";
import { DRAWABLE } from "../../src/render/pdf/drawable.ts";
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
  it("the table validation reads is what the four faces draw (else: node scripts/drawable.mjs)", () => {
    const ranges = drawableRanges(Object.values(PDF_FONT_FILES)) as [number, number][];
    expect(DRAWABLE).toEqual(ranges);
    const file = new URL("../../src/render/pdf/drawable.ts", import.meta.url);
    expect(readFileSync(file, "utf8")).toBe(drawableSource(ranges));
    // Each code point of the table and around it answers as the fonts do.
    const faces = Object.values(PDF_FONT_FILES).map((f) => fontkit.create(readFileSync(f)));
    for (const [first, last] of ranges) {
      for (const cp of [first - 1, first, last, last + 1]) {
        if (cp === 0x09 || cp === 0x0a || cp < 0) continue;
        const drawn = faces.every((face) => face.hasGlyphForCodePoint(cp));
        expect(firstUndrawable(`\u0100${String.fromCodePoint(cp)}`), cp.toString(16)).toBe(
          drawn ? undefined : String.fromCodePoint(cp),
        );
      }
    }
  });
  it("finds the first character no face can draw, past the fast path", () => {
    expect(firstUndrawable("Œuvre — 100 € « x »")).toBeUndefined();
    expect(firstUndrawable("abc 😀 北")).toBe("😀");
    expect(firstUndrawable("tab\tand\nline feed")).toBeUndefined();
  });
});
