// pdfmake justifies by spreading the slack over every inline of a line, and it cuts words into
// inlines at hyphens and at run boundaries: « Pas- de- Calais », « LEROY , » (pdfmake issues
// #1368, #2175, #1912). This puts the slack only where the text has a space.
import { createRequire } from "node:module";

interface Inline {
  text: string;
  x: number;
  decoration?: unknown;
  /** Read by pdfmake only to stretch an underline over the gap before this inline. */
  justifyShift?: number;
}

/** An ordinary space between two inlines is a word gap (a no-break space is not). */
const SPACE_AT_END = /[ \t]$/;
const SPACE_AT_START = /^[ \t]/;

/**
 * Why: once pdfmake has justified a line (every inline i ≥ 1 moved by i × shift), move the inlines
 * back and share the same slack among the word gaps only. A line without a gap stays left-aligned.
 * An underline spans a gap only inside one underlined stretch (pdfmake's own sum over-ran by one).
 */
export function respaceJustifiedLine(inlines: Inline[], shift: number): void {
  if (shift === 0) return;
  const gaps = inlines.filter((_, i) => isGapBefore(inlines, i)).length;
  const slack = shift * (inlines.length - 1);
  const gapShift = gaps > 0 ? slack / gaps : 0;
  let moved = 0;
  inlines.forEach((inline, i) => {
    if (i === 0) return;
    const isGap = isGapBefore(inlines, i);
    moved += isGap ? gapShift : 0;
    inline.x += moved - i * shift;
    const previous = inlines[i - 1];
    const sameUnderline =
      inline.decoration !== undefined && previous?.decoration === inline.decoration;
    inline.justifyShift = isGap && sameUnderline ? gapShift : 0;
  });
}

function isGapBefore(inlines: readonly Inline[], i: number): boolean {
  const previous = inlines[i - 1];
  const inline = inlines[i];
  if (previous === undefined || inline === undefined) return false;
  return SPACE_AT_END.test(previous.text) || SPACE_AT_START.test(inline.text);
}

/**
 * Marks pdfmake's prototype once wrapped. A module-level flag would not do: a second instance of
 * this module (vi.resetModules, a bundler's duplicate) shares pdfmake's CommonJS instance, and
 * wrapping it twice justified every line twice.
 */
const WRAPPED = Symbol.for("actes.wordGapJustify");

/**
 * Why: pdfmake offers no hook for justification, so its ElementWriter.alignLine is wrapped, once.
 * Only render/pdf uses pdfmake, so the change stays inside the PDF renderer.
 */
export function installWordGapJustify(): void {
  // require, not import: the same CommonJS instance pdfmake's LayoutBuilder uses, whatever the
  // ESM interop of the runner (Node gives module.exports, vitest gives exports.default).
  const { default: ElementWriter } = createRequire(import.meta.url)(
    "pdfmake/js/ElementWriter.js",
  ) as { default: { prototype: AlignLine & { [WRAPPED]?: true } } };
  const proto = ElementWriter.prototype;
  if (proto[WRAPPED]) return;
  proto[WRAPPED] = true;
  const alignLine = proto.alignLine;
  proto.alignLine = function (this: unknown, line: { inlines: Inline[] }): void {
    const before = line.inlines[1]?.x ?? 0;
    alignLine.call(this, line);
    respaceJustifiedLine(line.inlines, (line.inlines[1]?.x ?? 0) - before);
  };
}

interface AlignLine {
  alignLine(line: { inlines: Inline[] }): void;
}
