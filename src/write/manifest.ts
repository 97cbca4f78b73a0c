// out/manifest.json: every act file present in the out folder — this run's and earlier runs' —
// with its status (final or draft), key figures and SHA-256. The files on disk are the truth:
// the manifest is rebuilt from them at each run, taking what it cannot read from a file (the
// partner, the amounts) from this run, else from the previous manifest, else from the data; a
// corrupt or hand-edited manifest therefore never loses an act.
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type Format = "docx" | "pdf" | "txt";
export type Status = "final" | "draft";

/** What a draft adds to its act's name: out/cp-2022-11-21/avenant-ag/samps.projet.pdf. */
export const DRAFT_SUFFIX = ".projet";

export interface ManifestEntry {
  /** "cp-2022-11-21/avenant-ag/samps" */
  readonly id: string;
  readonly status: Status;
  /** status === "draft", for readers of the earlier manifests. */
  readonly draft: boolean;
  readonly session: string;
  readonly type: string;
  readonly partner: { readonly id: string; readonly name: string };
  readonly amounts: { readonly total: string; readonly advance: string; readonly balance: string };
  /** Paths relative to the out folder. */
  readonly files: Partial<Record<Format, string>>;
  readonly sha256: Partial<Record<Format, string>>;
  /** Set when partner and amounts come from the data, not from the run that wrote the files. */
  readonly rebuilt?: true;
}

/** A file of an act that neither a manifest nor the data describes any more. */
export interface UnknownFile {
  readonly file: string;
  readonly status: Status;
  readonly sha256: string;
}

export interface Manifest {
  readonly documents: readonly ManifestEntry[];
  readonly unknown: readonly UnknownFile[];
}

/** Partner and amounts of an act of the current data, for files no manifest describes. */
export type Describe = (
  id: string,
) => Pick<ManifestEntry, "type" | "partner" | "amounts"> | undefined;

/** The file of an act in one format: "cp-2022-11-21/avenant-ag/samps.projet.pdf". */
export function actFile(id: string, draft: boolean, format: Format): string {
  return `${id}${draft ? DRAFT_SUFFIX : ""}.${format}`;
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

const ACT_FILE = /^(.+?)(\.projet)?\.(docx|pdf|txt)$/;

/**
 * The manifest of `outDir` after a run that wrote `written`: one entry per act and status whose
 * files are on disk, their hashes read from the files themselves.
 */
export function updateManifest(
  outDir: string,
  written: readonly ManifestEntry[],
  describe: Describe = () => undefined,
): Manifest {
  const found = new Map<string, { id: string; status: Status; files: [Format, string][] }>();
  for (const rel of listFiles(outDir)) {
    const m = ACT_FILE.exec(rel);
    if (!m) continue;
    const [, id = "", projet, format] = m;
    const status: Status = projet ? "draft" : "final";
    const key = `${status} ${id}`;
    const group = found.get(key) ?? { id, status, files: [] };
    group.files.push([format as Format, rel]);
    found.set(key, group);
  }
  const previous = readPrevious(outDir);
  const now = new Map(written.map((e) => [`${e.status} ${e.id}`, e]));
  const documents: ManifestEntry[] = [];
  const unknown: UnknownFile[] = [];
  for (const [key, group] of found) {
    const files = Object.fromEntries(group.files);
    const hashes = Object.fromEntries(
      group.files.map(([format, rel]) => [format, sha256(readFileSync(join(outDir, rel)))]),
    );
    const known = now.get(key) ?? previous.get(key);
    const described = known ? undefined : describe(group.id);
    if (known || described) {
      const segments = group.id.split("/");
      documents.push({
        ...(known ?? described),
        id: group.id,
        status: group.status,
        draft: group.status === "draft",
        session: known?.session ?? (segments.length === 3 ? (segments[0] ?? "") : ""),
        files,
        sha256: hashes,
        ...(known ? {} : { rebuilt: true as const }),
      } as ManifestEntry);
    } else {
      for (const [format, rel] of group.files) {
        unknown.push({ file: rel, status: group.status, sha256: hashes[format] ?? "" });
      }
    }
  }
  return { documents, unknown };
}

/** The manifest text: documents by id then status, files by path; two-space JSON. */
export function manifestJson(manifest: Manifest): string {
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const documents = [...manifest.documents]
    .sort((a, b) => order(a.id, b.id) || order(a.status, b.status))
    .map((e) => ({
      id: e.id,
      status: e.status,
      draft: e.draft,
      session: e.session,
      type: e.type,
      partner: e.partner,
      amounts: e.amounts,
      files: sortKeys(e.files),
      sha256: sortKeys(e.sha256),
      ...(e.rebuilt ? { rebuilt: true } : {}),
    }));
  const unknown = [...manifest.unknown].sort((a, b) => order(a.file, b.file));
  return `${JSON.stringify({ documents, unknown }, null, 2)}\n`;
}

function sortKeys<T>(record: Partial<Record<Format, T>>): Partial<Record<Format, T>> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The entries of the manifest on disk that still look like entries; anything else (a corrupt
 * file, a hand-edited entry missing its figures) is skipped, never trusted.
 */
function readPrevious(outDir: string): Map<string, ManifestEntry> {
  const out = new Map<string, ManifestEntry>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8"));
  } catch {
    return out;
  }
  const documents = (parsed as { documents?: unknown } | null)?.documents;
  if (!Array.isArray(documents)) return out;
  for (const e of documents as Partial<ManifestEntry>[]) {
    const status = e?.status ?? (e?.draft === true ? "draft" : "final");
    const ok =
      typeof e?.id === "string" &&
      typeof e.type === "string" &&
      typeof e.partner?.id === "string" &&
      typeof e.partner?.name === "string" &&
      ["total", "advance", "balance"].every(
        (k) => typeof (e.amounts as Record<string, unknown> | undefined)?.[k] === "string",
      );
    if (ok) out.set(`${status} ${e.id}`, e as ManifestEntry);
  }
  return out;
}

/** Every regular file under `dir`, relative, with "/" separators; never through a link. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir) || !lstatSync(dir).isDirectory()) return [];
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const child = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk("");
  return out.sort();
}
