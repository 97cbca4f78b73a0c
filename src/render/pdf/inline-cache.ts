// Measured paragraphs shared across documents. pdfmake measures every paragraph of every PDF
// anew: it breaks the text into words, then looks up some twenty style properties per word
// through its style stack and measures each word (TextInlines.buildInlines) — about 40 % of the
// PDF time of the AG avenants in a profile, though the 24 avenants share most of their
// paragraphs. The measure depends only on the text with its runs, the style stack and the
// fonts, so it is kept per process, keyed by all three, and each later paragraph with the same
// key gets a fresh copy (pdfmake cuts and positions the words it lays out) whose fonts are
// those of its own document.
//
// Byte-identical to an uncached render: test/render/inline-cache.test.ts renders each act type
// with the cache and, in a fresh process, without it. It wraps a pdfmake internal
// (TextInlines.prototype.buildInlines, pdfmake 0.3.11): that test fails if a pinned version
// changes what it gives.
import { createRequire } from "node:module";

interface Item {
  font: object;
  [property: string]: unknown;
}
interface Measured {
  items: Item[];
  minWidth: number;
  maxWidth: number;
}
interface StyleStack {
  styleDictionary: unknown;
  /** The value the stack gives a style property (its overrides, then the default style). */
  getProperty(property: string): unknown;
}
interface PdfDocument {
  fonts: unknown;
  provideFont(family: string, bold: boolean, italics: boolean): object;
}
interface TextInlines {
  pdfDocument: PdfDocument;
  buildInlines(text: unknown, stack: StyleStack): Measured;
}
interface Entry {
  readonly measured: Measured;
  /** The arguments of provideFont that gave each item its font. */
  readonly faces: readonly (readonly [string, boolean, boolean])[];
}

/**
 * The style properties pdfmake's measure reads (TextInlines.js and TextBreaker.js of pdfmake
 * 0.3.11; test/render/inline-cache.test.ts reads them there). A word's own properties come
 * with the text; the stack's are its nodes' and styles', which hold much else (the nodes' laid
 * out children): only the values these properties take go into the key.
 */
export const MEASURED_STYLE = [
  "alignment",
  "background",
  "bold",
  "characterSpacing",
  "color",
  "decoration",
  "decorationColor",
  "decorationStyle",
  "decorationThickness",
  "font",
  "fontFeatures",
  "fontSize",
  "italics",
  "leadingIndent",
  "lineHeight",
  "link",
  "linkToDestination",
  "linkToPage",
  "noWrap",
  "opacity",
  "preserveLeadingSpaces",
  "preserveTrailingSpaces",
  "sub",
  "sup",
  "wordBreak",
] as const;

/**
 * Why bounded: a batch of 1 000 acts has paragraphs of its own in every act (names, amounts);
 * the shared ones are a few hundred per act type. The least recently used go first. About
 * 12 KB a paragraph: the cache stays well inside a render worker's heap (pool.ts).
 */
export const MAX_PARAGRAPHS = 1000;

const WRAPPED = Symbol.for("actes.inlineCache");
const NO_FONT = Object.freeze({});

/** Wraps pdfmake's TextInlines.buildInlines, once per process. */
export function installInlineCache(): void {
  // require: the CommonJS instance pdfmake's DocMeasure uses (see justify.ts).
  const { default: TextInlinesClass } = createRequire(import.meta.url)(
    "pdfmake/js/TextInlines.js",
  ) as { default: { prototype: TextInlines & { [WRAPPED]?: true } } };
  const proto = TextInlinesClass.prototype;
  if (proto[WRAPPED]) return;
  proto[WRAPPED] = true;
  const build = proto.buildInlines;
  const cache = new Map<string, Entry>();
  proto.buildInlines = function (this: TextInlines, text: unknown, stack: StyleStack): Measured {
    const key = JSON.stringify([
      text,
      MEASURED_STYLE.map((property) => stack.getProperty(property)),
      stack.styleDictionary,
      this.pdfDocument.fonts,
    ]);
    const entry = cache.get(key);
    if (entry) {
      cache.delete(key);
      cache.set(key, entry);
      return copy(entry, this.pdfDocument);
    }
    const { measured, faces } = measureRecordingFonts(this, build, text, stack);
    // A pristine copy, without the fonts: a font holds its whole PDF document, which the cache
    // must not keep alive (each hit asks its own document for its fonts).
    const items = measured.items.map((item) => ({ ...item, font: NO_FONT }));
    cache.set(key, { measured: { ...measured, items }, faces });
    if (cache.size > MAX_PARAGRAPHS) cache.delete(cache.keys().next().value as string);
    return measured;
  };
}

/** pdfmake's own measure, noting which provideFont arguments gave each item its font. */
function measureRecordingFonts(
  inlines: TextInlines,
  build: TextInlines["buildInlines"],
  text: unknown,
  stack: StyleStack,
): Entry {
  const doc = inlines.pdfDocument;
  const given = new Map<object, readonly [string, boolean, boolean]>();
  const provideFont = doc.provideFont;
  doc.provideFont = (family, bold, italics) => {
    const font = provideFont.call(doc, family, bold, italics);
    given.set(font, [family, bold, italics]);
    return font;
  };
  try {
    const measured = build.call(inlines, text, stack);
    const faces = measured.items.map((item) => {
      const face = given.get(item.font);
      if (!face) throw new Error("pdf: a measured word has a font pdfmake did not provide");
      return face;
    });
    return { measured, faces };
  } finally {
    doc.provideFont = provideFont;
  }
}

/**
 * A fresh copy of a measured paragraph for `doc`: each item's font asked of this document, in
 * the items' order as pdfmake's measure asks it (which font comes first decides its name in
 * the PDF).
 */
function copy(entry: Entry, doc: PdfDocument): Measured {
  const { measured, faces } = entry;
  return {
    minWidth: measured.minWidth,
    maxWidth: measured.maxWidth,
    items: measured.items.map((item, i) => {
      const [family, bold, italics] = faces[i] ?? ["", false, false];
      return { ...item, font: doc.provideFont(family, bold, italics) };
    }),
  };
}
