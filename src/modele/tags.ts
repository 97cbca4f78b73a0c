// The tags of one Word paragraph, read from the merged text of its runs: Word splits a typed
// {partenaire.nom} into several runs (a spell check, a bold letter), so tags are found in the
// paragraph's text and take the formatting of the run holding their opening brace, as
// docxtemplater does. A tag left open at the end of the paragraph, or cut by a reference to an
// annex, cannot be rejoined: that is an error.
import type { Marks, WordParagraph } from "./word.ts";

export type SectionKind = "if" | "unless" | "each";

export type Piece =
  | { readonly kind: "text"; readonly text: string; readonly marks: Marks }
  | { readonly kind: "value"; readonly expr: string; readonly marks: Marks }
  | { readonly kind: "open"; readonly section: SectionKind; readonly expr: string }
  | { readonly kind: "else" }
  | { readonly kind: "close"; readonly section: "si" | "chaque"; readonly expr?: string }
  | { readonly kind: "partial"; readonly call: string }
  | { readonly kind: "ref"; readonly annexe: string; readonly marks: Marks }
  | { readonly kind: "pagecount"; readonly marks: Marks };

/** A path handlebars reads: partenaire.nom, this, ../pour, @root.departement.nom, @index. */
const PATH = /^(?:@root\.|\.\.\/)*(?:@?[\p{L}\p{N}_-]+)(?:\.[\p{L}\p{N}_-]+)*$/u;

/**
 * The pieces of a paragraph. `field` names a legacy merge field (MERGEFIELD, or « «Champ» »
 * typed as text): `mapField` gives its value's path, or undefined when it is not mapped.
 */
export function piecesOf(
  p: WordParagraph,
  mapField: (name: string) => string | undefined = () => undefined,
): { pieces: Piece[]; errors: string[] } {
  const pieces: Piece[] = [];
  const errors: string[] = [];
  let open: { text: string; marks: Marks } | undefined;
  const pushText = (text: string, marks: Marks) => {
    const last = pieces[pieces.length - 1];
    if (last?.kind === "text" && sameMarks(last.marks, marks))
      pieces[pieces.length - 1] = { ...last, text: last.text + text };
    else pieces.push({ kind: "text", text, marks });
  };
  const cut = (what: string) => {
    if (!open) return false;
    errors.push(`la balise « {${open.text} » est coupée par ${what} : retapez-la d’un seul tenant`);
    open = undefined;
    return true;
  };
  for (const run of p.runs) {
    if (run.role === "label") continue;
    if (run.field !== undefined) {
      cut(`le champ «${run.field}»`);
      const expr = mapField(run.field);
      pieces.push(
        expr === undefined
          ? { kind: "text", text: `«${run.field}»`, marks: run.marks }
          : { kind: "value", expr, marks: run.marks },
      );
      continue;
    }
    if (run.role === "ref" || run.role === "pagecount") {
      cut(run.role === "ref" ? "un renvoi à une annexe" : "le nombre de pages");
      const last = pieces[pieces.length - 1];
      if (run.role === "ref" && last?.kind === "ref" && sameMarks(last.marks, run.marks))
        pieces[pieces.length - 1] = { ...last, annexe: last.annexe + run.text };
      else if (run.role === "ref") pieces.push({ kind: "ref", annexe: run.text, marks: run.marks });
      else if (last?.kind !== "pagecount") pieces.push({ kind: "pagecount", marks: run.marks });
      continue;
    }
    let text = "";
    for (const ch of run.text) {
      if (open) {
        if (ch === "}") {
          const piece = classify(open.text.trim(), open.marks);
          if (typeof piece === "string") errors.push(piece);
          else pieces.push(piece);
          open = undefined;
        } else if (ch === "{") {
          errors.push(
            `la balise « {${open.text.slice(0, 30)} » n’est pas fermée par « } » avant la balise suivante`,
          );
          open = { text: "", marks: run.marks };
        } else open.text += ch;
        continue;
      }
      if (ch === "{") {
        if (text !== "") pushText(text, run.marks);
        text = "";
        open = { text: "", marks: run.marks };
      } else if (ch === "}") {
        errors.push(`accolade « } » sans « { » avant elle`);
      } else text += ch;
    }
    if (text !== "") pushText(text, run.marks);
  }
  if (open) errors.push(`la balise « {${open.text.slice(0, 30)} » n’est pas fermée par « } »`);
  return { pieces, errors };
}

function classify(content: string, marks: Marks): Piece | string {
  let m = /^([#^])\s*(si|chaque)\s+(\S+)$/u.exec(content);
  if (m) {
    const expr = m[3] ?? "";
    if (m[1] === "^" && m[2] === "chaque")
      return `« {${content}} » : une répétition ne s’inverse pas ; écrivez {^si ${expr}}`;
    if (!PATH.test(expr)) return `« {${content}} » : « ${expr} » n’est pas un nom de valeur`;
    return {
      kind: "open",
      section: m[2] === "chaque" ? "each" : m[1] === "^" ? "unless" : "if",
      expr,
    };
  }
  if (content === "sinon") return { kind: "else" };
  m = /^\/\s*(si|chaque)(?:\s+(\S+))?$/u.exec(content);
  if (m) {
    return m[2] === undefined
      ? { kind: "close", section: m[1] as "si" | "chaque" }
      : { kind: "close", section: m[1] as "si" | "chaque", expr: m[2] };
  }
  if (/^>\s*[\w-]+(?:\s[^{}]*)?$/u.test(content)) return { kind: "partial", call: content };
  m = /^([#^/])\s*(\S+)$/u.exec(content);
  if (m) {
    return `« {${content}} » : écrivez {#si ${m[2]}} … {/si} pour une condition, {^si ${m[2]}} … {/si} pour son contraire, {#chaque ${m[2]}} … {/chaque} pour une répétition`;
  }
  if (PATH.test(content)) return { kind: "value", expr: content, marks };
  return `balise illisible « {${content}} »`;
}

export function sameMarks(a: Marks, b: Marks): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;
}

/** The section tag a paragraph holds alone (block-level section), if it holds only one. */
export function loneTag(pieces: readonly Piece[]): Piece | undefined {
  const meaningful = pieces.filter((p) => !(p.kind === "text" && p.text.trim() === ""));
  const [only] = meaningful;
  return meaningful.length === 1 &&
    only &&
    (only.kind === "open" ||
      only.kind === "else" ||
      only.kind === "close" ||
      only.kind === "partial")
    ? only
    : undefined;
}
