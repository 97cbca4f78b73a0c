// Atomic writes: a file appears under its final name complete, or not at all (temp file in
// the same folder, fsync, rename — done by write-file-atomic).
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import writeFileAtomic from "write-file-atomic";

export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic.sync(
    path,
    typeof data === "string" ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  );
}
