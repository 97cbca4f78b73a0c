// Parses each font file once per process instead of once per document. pdfkit reads and
// parses (fontkit) every font anew for every PDF, which was most of the time of a bulk run.
// A parsed font is only read afterwards (each document makes its own subset), so sharing it
// changes no byte of the output: test/render/font-cache.test.ts compares the PDF of each act
// type rendered with the cache and, in a fresh process, without it.
//
// How: a format registered with fontkit's registerFormat claims the font bytes already parsed
// and hands back the parsed font (a constructor may return an object); TrueType's own static
// probe is wrapped to step aside for those bytes, and each parsed font's layout() is memoized.
// Both wrap fontkit internals: tied to the pinned versions, held by the hash tests.
import { createRequire } from "node:module";

interface FontFormat {
  probe(buffer: Uint8Array): boolean;
}
interface Fontkit {
  create(buffer: Uint8Array): object;
  registerFormat(format: FontFormat): void;
  [PARSED]?: readonly Parsed[];
}
interface Parsed {
  readonly bytes: Buffer;
  readonly font: object;
}

/**
 * The parsed fonts live on fontkit itself, not in this module: a second instance of this module
 * (vi.resetModules, a bundler's duplicate) shares pdfkit's fontkit and must find them there
 * rather than patch fontkit a second time.
 */
const PARSED = Symbol.for("actes.fontCache");

/** Parses `files` once and serves them to every later document given the same bytes. */
export function installFontCache(files: readonly Buffer[]): void {
  const fontkit = pdfkitRequire()("fontkit") as Fontkit;
  if (fontkit[PARSED]) return;
  const parsed = files.map((bytes) => ({
    bytes,
    font: memoizeLayout(fontkit.create(bytes) as Layoutable),
  }));
  fontkit[PARSED] = parsed;
  // The renderer passes the very Buffers it gave here: known by identity, else by content.
  const find = (buffer: Uint8Array): object | undefined =>
    parsed.find(
      (p) =>
        (p.bytes.buffer === buffer.buffer && p.bytes.byteOffset === buffer.byteOffset) ||
        (p.bytes.length === buffer.byteLength &&
          p.bytes.equals(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength))),
    )?.font;
  const first = parsed[0]?.font;
  if (!first) return;
  const trueType = first.constructor as unknown as FontFormat;
  const probe = trueType.probe.bind(trueType);
  trueType.probe = (buffer) => probe(buffer) && find(buffer) === undefined;
  class ParsedFont {
    static probe(buffer: Uint8Array): boolean {
      return find(buffer) !== undefined;
    }
    constructor(stream: { buffer: Uint8Array }) {
      // Each document starts with fontkit's glyph objects anew, as without the cache: shared
      // across documents, they made a PDF depend on those rendered before it (the convention
      // Bassin minier, then the Pôle emploi convention: « ngagements » for « Engagements » in
      // pdftotext, other bytes than the same act rendered alone).
      const font = find(stream.buffer) as ParsedFont & { _glyphs?: object };
      font._glyphs = {};
      // biome-ignore lint/correctness/noConstructorReturn: fontkit calls `new format(stream)`.
      return font;
    }
  }
  fontkit.registerFormat(ParsedFont);
}

interface Layoutable {
  layout(text: string, ...rest: unknown[]): { positions: object[] };
}

/**
 * Shaping a word (OpenType lookups) is the costly part of a page; the same words recur in
 * every act. Runs are cached per font; pdfkit scales the positions of the run it gets in
 * place, so each caller receives fresh position objects.
 */
function memoizeLayout(font: Layoutable): Layoutable {
  const shape = font.layout.bind(font);
  const runs = new Map<string, { positions: object[] }>();
  font.layout = (text: string, ...rest: unknown[]) => {
    const key =
      rest.length === 0 || rest.every((r) => r === undefined)
        ? text
        : `${JSON.stringify(rest)}\u0000${text}`;
    let run = runs.get(key);
    if (!run) {
      run = shape(text, ...rest);
      runs.set(key, run);
    }
    const copy = Object.assign(Object.create(Object.getPrototypeOf(run)), run) as {
      positions: object[];
    };
    copy.positions = run.positions.map((p) =>
      Object.assign(Object.create(Object.getPrototypeOf(p)), p),
    );
    return copy;
  };
  return font;
}

/** `require` as pdfkit sees it: its fontkit is the one whose `create` it calls. */
function pdfkitRequire(): NodeJS.Require {
  return createRequire(createRequire(import.meta.url).resolve("pdfkit"));
}
