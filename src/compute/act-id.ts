// Act ids are the act's path in the output folder, without the extension:
// "cp-2022-11-21/avenant-ag/ccas-arras" (session / act type / name). They name files and
// `--only` values, so they must never move: the session is part of the id, so a line added to
// another session renames nothing, and the name of an act depends only on its own partner and
// convention, except in the one case that needs telling apart (below).

/** "Lens Liévin" → "lens-lievin". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
const MAX_LENGTH = 80;

/**
 * A name that is safe as one path segment whatever the data says: no separator or "..", no
 * reserved Windows name, never empty or over-long.
 * @example safeFileStem("CCAS d'Hénin/Beaumont") // "ccas-d-henin-beaumont"; "" → "acte"; "nul" → "nul-acte"
 */
export function safeFileStem(name: string): string {
  // Stryker disable next-line Regex: slugify collapses hyphen runs, so at most one can end the slice
  let stem = slugify(name).slice(0, MAX_LENGTH).replace(/-+$/, "");
  if (stem === "") stem = "acte";
  if (RESERVED.test(stem)) stem = `${stem}-acte`;
  return stem;
}

export interface IdCandidate {
  /** The session's folder name: "cp-2022-11-21". */
  readonly session: string;
  readonly type: string;
  readonly partner: string;
  /** The convention's number when known; undefined when absent or still « À COMPLÉTER ». */
  readonly convention?: string | undefined;
}

/**
 * Ids in input order, unique whatever the data. The name is the partner's id; only when the
 * partner has several acts of one type in one session (distinct conventions) does each act
 * with a known convention number take it as suffix ("samps-2022-01234"), the one whose number
 * is unknown keeping the bare name. Any id still shared (two numbers with the same slug) is
 * told apart by -2, -3…, the first keeping its id, never taking an id another act has.
 */
export function assignActIds(candidates: readonly IdCandidate[]): string[] {
  const wanted = candidates.map((c) => {
    const folder = `${safeFileStem(c.session)}/${c.type}`;
    const shared = candidates.filter(
      (o) => o.session === c.session && o.type === c.type && o.partner === c.partner,
    );
    return shared.length > 1 && c.convention !== undefined
      ? `${folder}/${safeFileStem(`${c.partner}-${c.convention}`)}`
      : `${folder}/${safeFileStem(c.partner)}`;
  });
  const taken = new Set(wanted);
  const given = new Set<string>();
  return wanted.map((id) => {
    let unique = id;
    if (given.has(id)) {
      let n = 2;
      while (taken.has(`${id}-${n}`)) n++;
      unique = `${id}-${n}`;
      taken.add(unique);
    }
    given.add(unique);
    return unique;
  });
}
