// Which characters the PDF can draw: a character missing from the embedded fonts prints as an
// empty box in the PDF while the DOCX and the text show it — the formats would disagree. So
// validation refuses data the fonts cannot draw (load/parse-yaml.ts), naming the code point.
// The fonts' answer is a table (drawable.ts, made by scripts/drawable.mjs and checked against
// the fonts by test/render/coverage.test.ts): validation never loads fontkit nor parses fonts.
import { DRAWABLE } from "./drawable.ts";

// Printable ASCII and Latin-1 are in every face (checked by test/render/coverage.test.ts):
// a value made of them alone needs no lookup.
const SURELY_DRAWN = /^[\t\n\u0020-\u007E\u00A0-\u00FF]*$/u;

/** Whether every face has a glyph for `cp`: a binary search of the ranges. */
function drawable(cp: number): boolean {
  let [low, high] = [0, DRAWABLE.length - 1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [first, last] = DRAWABLE[mid] ?? [0, -1];
    if (cp < first) high = mid - 1;
    else if (cp > last) low = mid + 1;
    else return true;
  }
  return false;
}

/** The first character of `text` that some face of the PDF cannot draw, if any. */
export function firstUndrawable(text: string): string | undefined {
  if (SURELY_DRAWN.test(text)) return undefined;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp === 0x09 || cp === 0x0a) continue;
    if (!drawable(cp)) return char;
  }
  return undefined;
}
