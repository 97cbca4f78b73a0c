// The letterhead logo as both renderers draw it: same file, same box, same place on the page.
// It floats at the top right of the header (a Word anchor with no wrapping, a pdfmake absolute
// position): it never pushes the letterhead or the body down, so it changes no line break and
// the two formats still paginate alike.
import { readFileSync } from "node:fs";
import { type ImageInfo, imageInfo } from "../model/rules/logo.ts";

/** The box the logo is fitted into, keeping its proportions, in points. */
const MAX_WIDTH = 120;
const MAX_HEIGHT = 40;
// A4 width and the side margin of the skeleton (w:pgSz 11906, w:pgMar 1134 twips); the top is
// the header's distance from the page edge (w:header 567 twips), where the letterhead starts.
const PAGE_WIDTH = 595.28;
const SIDE = 56.7;
const TOP = 28.35;

export interface Logo extends ImageInfo {
  readonly path: string;
  readonly bytes: Buffer;
  /** Position of the top left corner from the page's top left corner, and size, in points. */
  readonly x: number;
  readonly y: number;
  readonly widthPt: number;
  readonly heightPt: number;
}

/**
 * Why: validation (model/rules/logo.ts) let only a readable PNG or JPEG through, so a file that
 * is no longer one is a bug or a race, and throws.
 * Example: letterheadLogo("/data/logo.png") → { type: "png", widthPt: 120, heightPt: 40, … }.
 */
export function letterheadLogo(path: string): Logo {
  const bytes = readFileSync(path);
  const info = imageInfo(bytes);
  if (!info) throw new Error(`logo: ${path} is no longer a PNG or JPEG image`);
  const scale = Math.min(MAX_WIDTH / info.width, MAX_HEIGHT / info.height);
  // Rounded to the hundredth of a point: the same numbers in both formats, in any process.
  const widthPt = round(info.width * scale);
  const heightPt = round(info.height * scale);
  return {
    ...info,
    path,
    bytes,
    x: round(PAGE_WIDTH - SIDE - widthPt),
    y: TOP,
    widthPt,
    heightPt,
  };
}

const round = (points: number) => Math.round(points * 100) / 100;
