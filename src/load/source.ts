// Reads a data file as UTF-8 text, refusing what no data file should be: too big, not UTF-8.
import { readFileSync, statSync } from "node:fs";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";

/** A data file larger than this is a mistake (the whole default data is under 100 Kio). */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface Source {
  /** The file as named in diagnostics. */
  readonly file: string;
  readonly text: string;
}

/** Reads `path`; on failure returns one diagnostic naming `file`. */
export function readSource(path: string, file: string): Source | Diagnostic {
  const fail = (code: Diagnostic["code"], message: string, found?: string): Diagnostic => ({
    code,
    severity: "error",
    file,
    message,
    ...(found === undefined ? {} : { found }),
  });
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      return fail(
        "FICHIER_TROP_GROS",
        "fichier trop volumineux",
        `${size} octets (max. ${MAX_FILE_BYTES})`,
      );
    }
    bytes = readFileSync(path);
  } catch (error) {
    return fail(
      "FICHIER_ILLISIBLE",
      "impossible de lire le fichier",
      (error as NodeJS.ErrnoException).code,
    );
  }
  try {
    // NFC: « À » typed as A + combining accent must read as the same text as « À ».
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false })
      .decode(bytes)
      .normalize("NFC");
    return { file, text };
  } catch {
    return fail(
      "ENCODAGE_INVALIDE",
      "le fichier n'est pas en UTF-8",
      `octet invalide à la position ${firstInvalidByte(bytes)}`,
    );
  }
}

/** Offset of the first byte that breaks UTF-8, to point the user at it. */
function firstInvalidByte(bytes: Buffer): number {
  // Node's lenient decoder turns the first bad sequence into U+FFFD; everything before it
  // decoded cleanly, so re-encoding that prefix gives the byte offset.
  const lenient = bytes.toString("utf8");
  const index = lenient.indexOf("\uFFFD");
  return index < 0 ? 0 : Buffer.byteLength(lenient.slice(0, index), "utf8");
}
