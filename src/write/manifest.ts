// out/manifest.json: every document written, its key figures, its files and their SHA-256.
import { createHash } from "node:crypto";

export type Format = "docx" | "pdf" | "txt";

export interface ManifestEntry {
  readonly id: string;
  readonly type: string;
  readonly partner: { readonly id: string; readonly name: string };
  readonly amounts: { readonly total: string; readonly advance: string; readonly balance: string };
  readonly draft: boolean;
  readonly files: Partial<Record<Format, string>>;
  readonly sha256: Partial<Record<Format, string>>;
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The manifest text: documents in id order, two-space JSON, final newline. Deterministic. */
export function manifestJson(entries: readonly ManifestEntry[]): string {
  const documents = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `${JSON.stringify({ documents }, null, 2)}\n`;
}
