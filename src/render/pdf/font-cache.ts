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
}

const parsed: { bytes: Buffer; font: object }[] = [];
let installed = false;

function find(buffer: Uint8Array): object | undefined {
  const bytes = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return parsed.find((p) => p.bytes.length === bytes.length && p.bytes.equals(bytes))?.font;
}

/** Parses `files` now and serves them from memory to every later document. */
export function installFontCache(files: readonly Uint8Array[]): void {
  if (installed) return;
  installed = true;
  const fontkit = pdfkitRequire()("fontkit") as Fontkit;
  for (const file of files) {
    parsed.push({
      bytes: Buffer.from(file),
      font: memoizeLayout(fontkit.create(file) as Layoutable),
    });
  }
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
      // biome-ignore lint/correctness/noConstructorReturn: fontkit calls `new format(stream)`.
      return find(stream.buffer) as ParsedFont;
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
