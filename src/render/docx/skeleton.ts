// The Word skeleton: reviewable text parts under templates/word/, zipped at run time with pizzip.
// Every zip entry gets one fixed date, so the same parts always give the same bytes.
import { readFileSync } from "node:fs";
import PizZip from "pizzip";
import { PROJECT_URL } from "../../project-dir.ts";

export const SKELETON_DIR = new URL("templates/word/", PROJECT_URL);

/** The parts of the skeleton, in the order they are written to the zip. */
export const SKELETON_PARTS = [
  "[Content_Types].xml",
  "_rels/.rels",
  "docProps/core.xml",
  "docProps/app.xml",
  "word/_rels/document.xml.rels",
  "word/document.xml",
  "word/styles.xml",
  "word/numbering.xml",
  "word/settings.xml",
  "word/header1.xml",
  "word/footer1.xml",
] as const;

export type SkeletonPart = (typeof SKELETON_PARTS)[number];
export type Skeleton = Readonly<Record<SkeletonPart, string>>;

/**
 * Why: pizzip writes DOS dates with the LOCAL getters (getHours, getFullYear… in
 * generateZipParts), so a date built with the local-time constructor encodes to the same
 * bytes in every TZ: 1980-01-01 00:00, the first DOS date.
 */
export const zipDate = (): Date => new Date(1980, 0, 1, 0, 0, 0);

let cached: Skeleton | undefined;

/** Why: the parts are read once per process; they ship with the code, like the templates. */
export function loadSkeleton(): Skeleton {
  cached ??= Object.fromEntries(
    SKELETON_PARTS.map((part) => [part, readFileSync(new URL(part, SKELETON_DIR), "utf8")]),
  ) as Record<SkeletonPart, string>;
  return cached;
}

/** Why: a fresh zip for each render; docxtemplater rewrites the zip it is given. */
export function skeletonZip(skeleton: Skeleton): PizZip {
  const zip = new PizZip();
  const date = zipDate();
  for (const part of SKELETON_PARTS) zip.file(part, skeleton[part], { date });
  return zip;
}

/**
 * Why: docxtemplater re-adds the parts it rendered with `new Date()` (`zip.file(…)` in its render
 * and syncZip), so every date is reset before `generate`, on the file and on its options:
 * pizzip reads `options.date` unless `file.date` differs from the date it was created with.
 */
export function pinDates(zip: PizZip): void {
  for (const file of Object.values(zip.files)) {
    file.date = zipDate();
    file.options.date = file.date;
  }
}

/**
 * Why: the order `generate` writes: the skeleton's ([Content_Types].xml first, as tools sniffing
 * a .docx expect), then anything else by name. Folder entries, which docxtemplater adds with
 * `createFolders: true`, are left out: a .docx needs none (pizzip's remove would delete their
 * contents too).
 */
export function entryOrder(zip: PizZip): string[] {
  const names = Object.values(zip.files)
    .filter((file) => !file.dir)
    .map((file) => file.name);
  const known: readonly string[] = SKELETON_PARTS;
  const others = names.filter((n) => !known.includes(n)).sort();
  return [...known.filter((n) => names.includes(n)), ...others];
}

/**
 * Why: tables are sized in twips from the page width less the side margins of the skeleton's
 * `w:sectPr`, so the layout has one source. Example: 11906 − 1134 − 1134 = 9638.
 */
export function textWidth(documentXml: string): number {
  const attr = (element: string, name: string): number => {
    const tag = new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="(\\d+)"`).exec(documentXml);
    if (!tag?.[1]) throw new Error(`docx: skeleton document.xml lacks w:${element} w:${name}`);
    return Number(tag[1]);
  };
  return attr("pgSz", "w") - attr("pgMar", "left") - attr("pgMar", "right");
}
