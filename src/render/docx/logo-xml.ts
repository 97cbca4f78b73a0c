// The letterhead logo in WordprocessingML: an image part, its relationship from the header, and
// a floating w:drawing as Word writes one (Insert > Picture, then "In front of text", fixed
// position on the page): the anchor does not take room, so the header keeps its height.
import type PizZip from "pizzip";
import type { Logo } from "../logo.ts";
import { zipDate } from "./skeleton.ts";

/** In the skeleton's header1.xml, where the logo's run goes (a comment Word ignores). */
export const LOGO_MARK = "<!--logo-->";
/** The header's relationship to the image; header1.xml has no other. */
const LOGO_REL_ID = "rId1";
const EMU_PER_POINT = 12700;

const NS = {
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  pic: "http://schemas.openxmlformats.org/drawingml/2006/picture",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image",
} as const;

const emu = (points: number) => Math.round(points * EMU_PER_POINT);
/** The part's name: the extension from the bytes (a logo.jpg is stored as logo.jpeg). */
const mediaName = (logo: Logo) => `media/logo.${logo.type}`;

/**
 * Why: the run that replaces LOGO_MARK. Positioned from the page's top left corner, as the PDF
 * places it (render/logo.ts), sized in EMU (12 700 a point). `wp` and `r` are declared on the
 * skeleton's w:hdr.
 */
export function logoRunXml(logo: Logo): string {
  const cx = emu(logo.widthPt);
  const cy = emu(logo.heightPt);
  return [
    "<w:r><w:drawing>",
    '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1">',
    '<wp:simplePos x="0" y="0"/>',
    `<wp:positionH relativeFrom="page"><wp:posOffset>${emu(logo.x)}</wp:posOffset></wp:positionH>`,
    `<wp:positionV relativeFrom="page"><wp:posOffset>${emu(logo.y)}</wp:posOffset></wp:positionV>`,
    `<wp:extent cx="${cx}" cy="${cy}"/>`,
    '<wp:effectExtent l="0" t="0" r="0" b="0"/>',
    "<wp:wrapNone/>",
    '<wp:docPr id="1" name="Logo" descr="Logo du Département"/>',
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${NS.a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>`,
    `<a:graphic xmlns:a="${NS.a}"><a:graphicData uri="${NS.pic}">`,
    `<pic:pic xmlns:pic="${NS.pic}">`,
    `<pic:nvPicPr><pic:cNvPr id="0" name="logo.${logo.type}"/><pic:cNvPicPr/></pic:nvPicPr>`,
    `<pic:blipFill><a:blip r:embed="${LOGO_REL_ID}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`,
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>`,
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>',
    "</pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>",
  ].join("");
}

/**
 * Why: the image bytes as they are in the data folder (no re-encoding: same file, same bytes)
 * and the header's relationship to them. Content types for png and jpeg are defaults of the
 * skeleton's [Content_Types].xml.
 */
export function addLogoParts(zip: PizZip, logo: Logo): void {
  const date = zipDate();
  zip.file(`word/${mediaName(logo)}`, logo.bytes, { date, binary: true });
  zip.file(
    "word/_rels/header1.xml.rels",
    [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
      `<Relationship Id="${LOGO_REL_ID}" Type="${NS.rel}" Target="${mediaName(logo)}"/>`,
      "</Relationships>",
    ].join("\n"),
    { date },
  );
}
