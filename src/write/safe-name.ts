// File names that are safe whatever the partner is called: no path separators or "..",
// no reserved Windows names, no empty or over-long names, no two acts on one file.
import { slugify } from "../compute/act-id.ts";

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
const MAX_LENGTH = 80;

/** "CCAS d'Hénin/Beaumont" → "ccas-d-henin-beaumont"; "" → "acte"; "nul" → "nul-acte". */
export function safeFileStem(name: string): string {
  let stem = slugify(name).slice(0, MAX_LENGTH).replace(/-+$/, "");
  if (stem === "") stem = "acte";
  if (RESERVED.test(stem)) stem = `${stem}-acte`;
  return stem;
}

/** Stems for a list of names, in order, made unique with -2, -3 … (case-insensitively). */
export function uniqueStems(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = safeFileStem(name);
    let stem = base;
    for (let n = 2; used.has(stem); n++) stem = `${base}-${n}`;
    used.add(stem);
    return stem;
  });
}
