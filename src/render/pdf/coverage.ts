// Which characters the PDF can draw: a character missing from the embedded fonts prints as an
// empty box in the PDF while the DOCX and the text show it — the formats would disagree. So
// validation refuses data the fonts cannot draw (load/parse-yaml.ts), naming the code point.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PDF_FONT_FILES } from "./font-files.ts";

interface CmapFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

// Printable ASCII and Latin-1 are in every face (checked by test/render/coverage.test.ts):
// the fonts are parsed only for a value with some other character.
const SURELY_DRAWN = /^[\t\n\u0020-\u007E\u00A0-\u00FF]*$/u;

let faces: readonly CmapFont[] | undefined;

function loadFaces(): readonly CmapFont[] {
  // fontkit comes with pdfkit (pdfmake's renderer): the same parser that will draw the text.
  const fontkit = createRequire(createRequire(import.meta.url).resolve("pdfkit"))("fontkit") as {
    create(buffer: Uint8Array): CmapFont;
  };
  faces ??= Object.values(PDF_FONT_FILES).map((file) => fontkit.create(readFileSync(file)));
  return faces;
}

/** The first character of `text` that some face of the PDF cannot draw, if any. */
export function firstUndrawable(text: string): string | undefined {
  if (SURELY_DRAWN.test(text)) return undefined;
  const all = loadFaces();
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp === 0x09 || cp === 0x0a) continue;
    if (!all.every((face) => face.hasGlyphForCodePoint(cp))) return char;
  }
  return undefined;
}
