// Atomic writes: a file appears under its final name complete, or not at all (temp file in
// the same folder, fsync, rename — done by write-file-atomic).
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import writeFileAtomic from "write-file-atomic";

export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic.sync(
    path,
    typeof data === "string" ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  );
}

/**
 * The temporary name write-file-atomic gives `x.pdf` before renaming it: `x.pdf.<32-bit hash>`.
 * A run killed between the write and the rename leaves such a file behind.
 */
const TEMPORARY = /\.(?:docx|pdf|txt|json)\.\d+$/;

/**
 * Why: removes the temporary files a killed run left in `outDir` (never through a link, only
 * regular files with write-file-atomic's temporary names), so that they are neither mistaken
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
