// Stable, readable act ids: "avenant-ag/ccas-arras"; when a partner has several acts of one
// type (SAMPS on two territories), the territory tells them apart: "avenant-ag/samps-arrageois".

/** "Lens Liévin" → "lens-lievin". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export interface IdCandidate {
  readonly type: string;
  readonly partner: string;
  readonly territory?: string | undefined;
}

/** Ids in input order; unique whatever the data (a numeric suffix as last resort). */
export function assignActIds(candidates: readonly IdCandidate[]): string[] {
  const base = candidates.map((c) => `${c.type}/${c.partner}`);
  const counts = new Map<string, number>();
  for (const b of base) counts.set(b, (counts.get(b) ?? 0) + 1);
  const withTerritory = candidates.map((c, i) => {
    // Stryker disable next-line StringLiteral: base has one entry per candidate, never undefined
    const b = base[i] ?? "";
    const suffix = c.territory ? slugify(c.territory) : "";
    return (counts.get(b) ?? 0) > 1 && suffix ? `${b}-${suffix}` : b;
  });
  const seen = new Map<string, number>();
  return withTerritory.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    const total = withTerritory.filter((x) => x === id).length;
    return total > 1 ? `${id}-${n}` : id;
  });
}
