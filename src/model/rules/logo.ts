// The letterhead logo of departement.yaml (`logo`): checked once, at validation, rather than
// when each act is built, so that `actes validate` already says it and no act fails for it.
// Both renderers draw it (the PDF's access policy lets pdfmake read exactly that file), so it
// must be a regular file of the data folder that is a PNG or JPEG whose size can be read.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import type { Origin } from "../dataset.ts";
import type { Departement } from "../departement.ts";
import { type Rule, report } from "./report.ts";

/** A logo larger than this is a mistake (a scan, a photo); letterhead logos weigh a few Kio. */
export const MAX_LOGO_BYTES = 5 * 1024 * 1024;

export interface ImageInfo {
  readonly type: "png" | "jpeg";
  /** Pixels. */
  readonly width: number;
  readonly height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Why: the file's bytes, not its name, say what it is (a renamed .gif or a text file must be
 * refused here, not crash pdfkit later); the size is what the letterhead box is fitted to. The
 * renderers use this same function, so validation and rendering cannot disagree.
 * Example: imageInfo(readFileSync("logo.png")) → { type: "png", width: 300, height: 120 }.
 */
export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length >= 24 && data.subarray(0, 8).equals(PNG_SIGNATURE)) {
    // The first chunk is IHDR: length (4), type (4), width (4), height (4).
    if (data.toString("latin1", 12, 16) !== "IHDR") return undefined;
    return sized("png", data.readUInt32BE(16), data.readUInt32BE(20));
  }
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return undefined;
  // JPEG: segments FF xx [length (2, itself included)] until a start-of-frame, which holds
  // precision (1), height (2), width (2). SOF markers are C0–CF but C4 (DHT), C8, CC (DAC).
  let at = 2;
  while (at + 9 <= data.length) {
    if (data[at] !== 0xff) return undefined;
    const marker = data[at + 1] ?? 0;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return sized("jpeg", data.readUInt16BE(at + 7), data.readUInt16BE(at + 5));
    }
    at += 2 + data.readUInt16BE(at + 2);
  }
  return undefined;
}

function sized(type: ImageInfo["type"], width: number, height: number): ImageInfo | undefined {
  return width > 0 && height > 0 ? { type, width, height } : undefined;
}

/** Why: the one resolution of `logo`: relative to the folder of departement.yaml. */
export function logoPath(
  departement: Departement & { readonly origin?: Origin },
): string | undefined {
  if (departement.logo === undefined) return undefined;
  const source = departement.origin?.source;
  return resolve(source ? dirname(source.file) : ".", departement.logo);
}

export const logoRule: Rule = (data) => {
  const d = data.departement;
  const path = logoPath(d);
  if (path === undefined || d.logo === undefined) return [];
  const problem = logoProblem(path, dirname(d.origin.source.file));
  if (problem === undefined) return [];
  const refuse: Diagnostic = report(d, ["logo"], "LOGO_INVALIDE", {
    message: `logo « ${d.logo} » ${problem}`,
    expected: "le chemin d'une image PNG ou JPEG du dossier de données : logo.png",
    found: d.logo,
  });
  return [refuse];
};

/** What is wrong with the file at `path`, in French, or undefined when it is a usable image. */
function logoProblem(path: string, root: string): string | undefined {
  let fd: number | undefined;
  try {
    const inside = relative(realpathSync(root), realpathSync(path));
    if (inside === ".." || inside.startsWith(`..${sep}`) || inside.startsWith(sep)) {
      return "hors du dossier de données";
    }
    // O_NONBLOCK: a FIFO must not block the run; fstat then refuses it.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return "n'est pas un fichier ordinaire";
    if (stats.size > MAX_LOGO_BYTES) return `trop volumineux (plus de ${MAX_LOGO_BYTES} octets)`;
    const bytes = Buffer.alloc(stats.size);
    const read = readSync(fd, bytes, 0, bytes.length, 0);
    return imageInfo(bytes.subarray(0, read)) ? undefined : "n'est pas une image PNG ou JPEG";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? "introuvable" : `illisible (${code ?? String(error)})`;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
