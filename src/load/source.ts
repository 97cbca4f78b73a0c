// Reads a data file as UTF-8 text, refusing what no data file should be: too big, not UTF-8,
// not a regular file (a FIFO would block the run, /dev/zero never ends), or a link that leaves
// the data folder.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
} from "node:fs";
import { relative, sep } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";

/** A data file larger than this is a mistake (the whole default data is under 100 Kio). */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface Source {
  /** The file as named in diagnostics. */
  readonly file: string;
  readonly text: string;
}

/** Reads `path`, a file of the data folder `root`; on failure returns one diagnostic naming `file`. */
export function readSource(path: string, file: string, root?: string): Source | Diagnostic {
  const fail = (code: Diagnostic["code"], message: string, found?: string): Diagnostic => ({
    code,
    severity: "error",
    file,
    message,
    ...(found === undefined ? {} : { found }),
  });
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    if (root !== undefined && lstatSync(path).isSymbolicLink()) {
      const target = realpathSync(path);
      const inside = relative(realpathSync(root), target);
      if (inside === ".." || inside.startsWith(`..${sep}`) || inside.startsWith(sep)) {
        return fail("FICHIER_SPECIAL", "lien vers un fichier hors du dossier de données", target);
      }
    }
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      return fail("FICHIER_SPECIAL", `pas un fichier ordinaire : ${kindOf(stats)}`);
    }
    if (stats.size > MAX_FILE_BYTES) {
      return fail(
        "FICHIER_TROP_GROS",
        "fichier trop volumineux",
        `${stats.size} octets (max. ${MAX_FILE_BYTES})`,
      );
    }
    // Never more than the cap, even if the file grows while it is read.
    bytes = readAtMost(fd, MAX_FILE_BYTES + 1, stats.size);
    if (bytes.length > MAX_FILE_BYTES) {
      return fail(
        "FICHIER_TROP_GROS",
        "fichier trop volumineux",
        `plus de ${MAX_FILE_BYTES} octets`,
      );
    }
  } catch (error) {
    return fail(
      "FICHIER_ILLISIBLE",
      "impossible de lire le fichier",
      (error as NodeJS.ErrnoException).code,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  try {
    // NFC: « À » typed as A + combining accent must read as the same text as « À ».
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false })
      .decode(bytes)
      .normalize("NFC");
    return { file, text };
  } catch {
    const offset = firstInvalidByte(bytes);
    // Line and column of the bad byte: what precedes it decodes, so count in that prefix.
    const before = bytes.subarray(0, offset).toString("utf8").split("\n");
    return {
      ...fail(
        "ENCODAGE_INVALIDE",
        "le fichier n'est pas en UTF-8",
        `octet invalide à la position ${offset}`,
      ),
      start: { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 },
    };
  }
}

/**
 * Why sized from the file: a zeroed buffer of the cap for each of the ~70 data files cost
 * 0.2 s of `validate`. It starts one byte past the size fstat gave (so growth shows) and
 * doubles, up to `limit`, if the file grows while it is read. Only bytes read are returned.
 */
function readAtMost(fd: number, limit: number, expected: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(expected + 1, limit));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length === limit) break;
      const bigger = Buffer.allocUnsafe(Math.min(2 * length, limit));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "un dossier";
  if (stats.isFIFO()) return "un tube nommé (FIFO)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "un périphérique";
  if (stats.isSocket()) return "une socket";
  return "un fichier spécial";
}

/** Offset of the first byte that breaks UTF-8, to point the user at it. */
function firstInvalidByte(bytes: Buffer): number {
  // Node's lenient decoder turns the first bad sequence into U+FFFD; everything before it
  // decoded cleanly, so re-encoding that prefix gives the byte offset.
  const lenient = bytes.toString("utf8");
  const index = lenient.indexOf("\uFFFD");
  return index < 0 ? 0 : Buffer.byteLength(lenient.slice(0, index), "utf8");
}
