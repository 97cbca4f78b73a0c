// Atomic, verified writes: a file appears under its final name complete, or not at all. The
// bytes go to a temporary file in the same folder, written to the end (a short write on a full
// disk is a failure, not a smaller file), flushed, read back and compared (size and SHA-256, the
// hash the manifest records), and only then renamed; the folder is flushed after the rename.
// Why not write-file-atomic: it takes the byte count of one write() for done, so a disk that
// filled up left a truncated file under the final name; and it writes through symbolic links,
// which the out folder must never do.
import { createHash, randomInt } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { dirname, join, relative, sep } from "node:path";

export interface WriteOptions {
  /**
   * The folder the write must stay inside (the out folder): no folder between it and the file,
   * nor the file itself, may be a symbolic link.
   */
  readonly inside?: string;
  /**
   * Folders whose flush is left to the caller (syncFolders), once each, after many renames:
   * a run flushes each act's folder once before it writes its manifest, not once per file.
   */
  readonly flushLater?: Set<string>;
}

/** Why: every file the engine writes goes through here. Throws a French message on failure. */
export function writeAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): void {
  stage(path, data, options).commit();
}

/** A file written and checked under its temporary name, not yet under its final one. */
export interface Staged {
  /** Renames it to its final name. */
  commit(): void;
  /** Removes it; the final name keeps what it had. */
  abort(): void;
}

/**
 * Why two steps: the files of one act are all staged, and renamed only once every one of them
 * is on disk and checked; a disk that fills up on the third leaves the act as it was.
 */
export function stage(path: string, data: string | Uint8Array, options: WriteOptions = {}): Staged {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
  if (options.inside !== undefined) refuseLinks(options.inside, path);
  mkdirSync(dirname(path), { recursive: true });
  if (options.inside !== undefined) refuseLinks(options.inside, path);
  const temporary = `${path}.${randomInt(2 ** 31)}`;
  try {
    // "wx": a new file, never an existing one nor the target of a link planted under its name.
    const fd = openSync(temporary, "wx", 0o644);
    try {
      for (let done = 0; done < bytes.length; ) {
        const n = writeSync(fd, bytes, done, bytes.length - done);
        if (n <= 0) throw new Error(`écriture interrompue à ${done} octets sur ${bytes.length}`);
        done += n;
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const written = readFileSync(temporary);
    if (written.length !== bytes.length || sha256(written) !== sha256(bytes)) {
      throw new Error(
        `le fichier relu n'est pas celui écrit (${written.length} octets sur ${bytes.length})`,
      );
    }
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return {
    commit: () => {
      try {
        renameSync(temporary, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
      if (options.flushLater) options.flushLater.add(dirname(path));
      else syncFolder(dirname(path));
    },
    abort: () => rmSync(temporary, { force: true }),
  };
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Flushes each folder of `folders` (see WriteOptions.flushLater). */
export function syncFolders(folders: Iterable<string>): void {
  for (const dir of folders) syncFolder(dir);
}

/** The rename itself is durable once the folder's entry is flushed (not on every system). */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Some file systems refuse to flush a folder (EISDIR, EINVAL): the file itself is flushed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Throws when a folder between `root` and `path`, or `path` itself, is a symbolic link. */
function refuseLinks(root: string, path: string): void {
  const rel = relative(root, path);
  if (rel === "" || rel.startsWith("..")) {
    throw new Error(`« ${path} » n'est pas dans le dossier de sortie « ${root} »`);
  }
  let at = root;
  for (const part of rel.split(sep)) {
    at = join(at, part);
    let link = false;
    try {
      link = lstatSync(at).isSymbolicLink();
    } catch {
      return; // Not there yet: created below, as a real folder or file.
    }
    if (link) {
      throw new Error(
        `« ${at} » est un lien symbolique : rien n'est écrit à travers un lien dans le dossier de sortie`,
      );
    }
  }
}

/**
 * The temporary name of `x.pdf` before its rename: `x.pdf.<number>` (writeAtomic above, and
 * write-file-atomic which earlier versions used). A run killed before the rename leaves it.
 */
const TEMPORARY = /\.(?:docx|pdf|txt|json)\.\d+$/;

/**
 * Why: removes the temporary files a killed run left in `outDir` (never through a link, only
 * regular files with such temporary names), so that they are neither mistaken
 * for acts nor left to pile up. Returns their paths relative to `outDir`.
 * @example removeTemporaries("out") // ["avenant-ag/ccas-arras.pdf.2650468937"]
 */
export function removeTemporaries(outDir: string): string[] {
  if (!existsSync(outDir) || !lstatSync(outDir).isDirectory()) return [];
  const removed: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(outDir, rel), { withFileTypes: true })) {
      const child = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && TEMPORARY.test(entry.name)) {
        rmSync(join(outDir, child));
        removed.push(child);
      }
    }
  };
  walk("");
  return removed.sort();
}
