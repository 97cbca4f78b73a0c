// The font engine pdf-lib subsets the page numbers' font with. Not pdf-lib's own fork,
// @pdf-lib/fontkit 1.1.1: its TrueType subsets are broken (a short /loca over glyphs of odd
// length shifts every glyph after them: of « Page 1 / 2 » in Arimo, poppler drew the « e »
// only, while pdftotext read it all; foliojs/fontkit#191, fixed in fontkit 1.8). pdfkit's fontkit
// (2.0.4), which makes every other subset of the dossier, is given to pdf-lib instead, with the
// one method of fontkit 1 that pdf-lib calls and fontkit 2 renamed: subset.encodeStream().
import { createRequire } from "node:module";
import { Readable } from "node:stream";
import type { PDFDocument } from "pdf-lib";

type PdfLibFontkit = Parameters<PDFDocument["registerFontkit"]>[0];

interface Fontkit2 {
  create(bytes: Uint8Array): Font2;
}
interface Font2 {
  createSubset(): { encode(): Uint8Array };
}

/**
 * Why: one fontkit for all the PDF's fonts, through pdfkit as pdfmake loads it. When the PDF
 * renderer has installed its font cache (render/pdf/font-cache.ts), Arimo is not even parsed
 * again: the dossier is one more document of that cache.
 */
export function subsettingFontkit(): PdfLibFontkit {
  const pdfkitRequire = createRequire(createRequire(import.meta.url).resolve("pdfkit"));
  const fontkit = pdfkitRequire("fontkit") as Fontkit2;
  return {
    create(bytes: Uint8Array) {
      const font = fontkit.create(bytes);
      return new Proxy(font, {
        get(target, key) {
          if (key !== "createSubset") return Reflect.get(target, key, target);
          return () => {
            const subset = target.createSubset();
            return Object.assign(subset, {
              encodeStream: () => Readable.from([subset.encode()]),
            });
          };
        },
      });
    },
  } as unknown as PdfLibFontkit;
}
