// A page as a reader sees it: its visible box (the CropBox) turned by its /Rotate. An external
// annex may be landscape by rotation or have a box that does not start at 0 0: the page number
// and the bookmark's target are placed in what is shown, then mapped to the page's own space.
import type { PDFPage } from "pdf-lib";

export interface PageFrame {
  /** Width and height as shown. */
  readonly width: number;
  readonly height: number;
  /** The page's clockwise rotation when shown: text drawn at this angle reads upright. */
  readonly angle: 0 | 90 | 180 | 270;
  /** A point as shown (from the bottom left, y up) → the same point in the page's space. */
  toPage(x: number, y: number): { x: number; y: number };
}

/**
 * Why: PDF draws in the page's unrotated space and the viewer turns the page by /Rotate
 * clockwise; a page number drawn without this would stand sideways or off the page.
 * @example frameOf(a4Page).toPage(10, 20) // { x: 10, y: 20 }
 */
export function frameOf(page: PDFPage): PageFrame {
  const box = page.getCropBox();
  const [left, bottom, right, top] = [box.x, box.y, box.x + box.width, box.y + box.height];
  const angle = (((page.getRotation().angle % 360) + 360) % 360) as PageFrame["angle"];
  switch (angle) {
    case 90: // the page's left edge is shown on top
      return {
        width: box.height,
        height: box.width,
        angle,
        toPage: (x, y) => ({ x: right - y, y: bottom + x }),
      };
    case 180:
      return {
        width: box.width,
        height: box.height,
        angle,
        toPage: (x, y) => ({ x: right - x, y: top - y }),
      };
    case 270: // the page's right edge is shown on top
      return {
        width: box.height,
        height: box.width,
        angle,
        toPage: (x, y) => ({ x: left + y, y: top - x }),
      };
    default:
      return {
        width: box.width,
        height: box.height,
        angle: 0,
        toPage: (x, y) => ({ x: left + x, y: bottom + y }),
      };
  }
}
