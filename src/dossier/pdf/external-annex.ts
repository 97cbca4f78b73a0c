// A PDF named in the session's data (a partner's budget…), read and checked before anything is
// rendered or written, so that a wrong path stops the dossier with a message a person can act on.
import { readFile } from "node:fs/promises";
import { EncryptedPDFError, PDFDocument } from "pdf-lib";
import type { RenderedPdf } from "./sections.ts";
import { claimsPdfA, readXmp } from "./xmp.ts";

/** Where the data names the annex: the path as written, and its position in the data file. */
export interface ExternalAnnexRef {
  readonly path: string;
  /** e.g. "data/cp-2022-11-21/seance.yaml:12:5" */
  readonly declaredIn: string;
}

/** An annex read and checked: its bytes, its page count, whether it says it is PDF/A. */
export interface ExternalAnnex extends ExternalAnnexRef, RenderedPdf {
  readonly pdfa: boolean;
}

export type ExternalAnnexProblem = "missing" | "unreadable" | "not-pdf" | "encrypted" | "damaged";

const PROBLEMS: Record<ExternalAnnexProblem, { says: string; hint: string }> = {
  missing: {
    says: "est introuvable",
    hint: "Vérifiez le chemin écrit dans les données, ou déposez le fichier à cet endroit.",
  },
  unreadable: {
    says: "ne peut pas être lue",
    hint: "Vérifiez que ce chemin désigne un fichier et que vous avez le droit de le lire.",
  },
  "not-pdf": {
    says: "n'est pas un fichier PDF",
    hint: "Exportez le document en PDF, puis nommez ce fichier PDF dans les données.",
  },
  encrypted: {
    says: "est un PDF chiffré (protégé par un mot de passe ou des restrictions)",
    hint: "Demandez une version sans protection, ou imprimez-le en PDF sans mot de passe.",
  },
  damaged: {
    says: "est un PDF endommagé",
    hint: "Ouvrez-le dans un lecteur PDF et enregistrez-en une copie, ou redemandez le fichier.",
  },
};

/**
 * Why: a data error, thrown before anything is written; its fields let the caller print it as
 * a diagnostic (position, path, problem, hint), its message is already French.
 */
export class ExternalAnnexError extends Error {
  readonly hint: string;
  constructor(
    readonly annex: ExternalAnnexRef,
    readonly problem: ExternalAnnexProblem,
  ) {
    const { says, hint } = PROBLEMS[problem];
    super(`${annex.declaredIn} : l'annexe externe « ${annex.path} » ${says}`);
    this.name = "ExternalAnnexError";
    this.hint = hint;
  }
}

/** Readers accept a header anywhere in the first KB (after a mail gateway's junk, say). */
const HEADER_WITHIN = 1024;

/**
 * Why: the dossier appends the annex as it is, and must know beforehand its page count (for the
 * table of contents) and whether it is PDF/A (else the dossier is not). Throws
 * ExternalAnnexError when the file is missing, unreadable, not a PDF, encrypted or damaged.
 * @example await readExternalAnnex({ path: "annexes/budget.pdf", declaredIn: "data/…/seance.yaml:12:5" })
 */
export async function readExternalAnnex(annex: ExternalAnnexRef): Promise<ExternalAnnex> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(annex.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ExternalAnnexError(annex, code === "ENOENT" ? "missing" : "unreadable");
  }
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, HEADER_WITHIN));
  if (!head.includes("%PDF-")) throw new ExternalAnnexError(annex, "not-pdf");
  const doc = await loadChecked(annex, bytes);
  return { ...annex, pdf: bytes, pages: doc.getPageCount(), pdfa: claimsPdfA(readXmp(doc)) };
}

/**
 * The annex parsed, strictly: pdf-lib otherwise skips an object it cannot read and would copy
 * pages with holes. Also used by the merge, which parses the bytes again.
 */
export async function loadChecked(
  annex: ExternalAnnexRef,
  bytes: Uint8Array,
): Promise<PDFDocument> {
  try {
    const doc = await PDFDocument.load(bytes, {
      updateMetadata: false,
      throwOnInvalidObject: true,
    });
    if (doc.getPages().length > 0) return doc;
  } catch (error) {
    if (error instanceof EncryptedPDFError || isEncrypted(bytes)) {
      throw new ExternalAnnexError(annex, "encrypted");
    }
  }
  throw new ExternalAnnexError(annex, "damaged");
}

/**
 * Encrypted object streams are what the strict parse trips on, before it reads the trailer:
 * the trailer's (or the cross-reference stream's) /Encrypt entry tells an encrypted file from
 * a damaged one. Read in the bytes, not by a lenient parse, which logs to the console. Only
 * asked once the parse has failed, so a stray match can at worst change the message.
 */
function isEncrypted(bytes: Uint8Array): boolean {
  return /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(new TextDecoder("latin1").decode(bytes));
}
