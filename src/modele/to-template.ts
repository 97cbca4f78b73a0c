// Word → template (`actes modele importer`): the paragraphs and tables of a model, in order,
// rebuilt into the template's markup. The paragraph styles give the structure (an article runs
// from its actes-article heading to its actes-fin mark; list items by their actes-puce-N style),
// the tags give the values and sections, checked against the values the act type offers. Every
// problem names its paragraph: its number in the document and its first words.
import type { Align } from "../document/model.ts";
import type { Scopes } from "./allowed.ts";
import { loneTag, type Piece, piecesOf, sameMarks } from "./tags.ts";
import {
  listStyle,
  MAX_LIST_LEVEL,
  type Marks,
  paragraphText,
  parseListStyle,
  STYLES,
  type WordBlock,
  type WordCell,
  type WordParagraph,
  type WordTable,
} from "./word.ts";

export interface ModelProblem {
  /** 1-based, in document order, paragraphs of tables included. */
  readonly paragraph: number;
  /** The paragraph's first words, to find it. */
  readonly words: string;
  readonly message: string;
}

export interface ToTemplateOptions {
  readonly scopes: Scopes;
  /** The shared blocks a model may call ({> signature …}). */
  readonly partials: ReadonlySet<string>;
  /** A legacy field's value path (--correspondances), undefined when unmapped. */
  readonly mapField?: (name: string) => string | undefined;
  /** Text put before the template (its comment), kept when the model has none. */
  readonly header?: string;
}

interface OpenSection {
  readonly section: "if" | "unless" | "each";
  readonly expr: string;
  readonly where: WordParagraph;
}

interface State {
  readonly out: string[];
  readonly problems: ModelProblem[];
  readonly numbers: Map<WordParagraph, number>;
  readonly sections: OpenSection[];
  readonly options: ToTemplateOptions;
  /** Sections below this depth belong to an enclosing element: none closes here. */
  base: number;
}

const CONTAINERS: Record<string, string> = {
  [STYLES.article]: "article",
  [STYLES.annexe]: "annexe",
  [STYLES.signatures]: "signatures",
  [STYLES.signature]: "signature",
};

/** The model's blocks → the template's text, or every problem found. */
export function wordToTemplate(
  given: readonly WordBlock[],
  options: ToTemplateOptions,
): { value?: string; problems: ModelProblem[] } {
  const blocks = wordStyles(given);
  const st: State = {
    out: [],
    problems: [],
    numbers: numberParagraphs(blocks),
    sections: [],
    options,
    base: 0,
  };
  let i = 0;
  const comments: string[] = [];
  for (; i < blocks.length; i++) {
    const b = blocks[i] as WordBlock;
    if (b.kind !== "paragraph" || b.style !== STYLES.commentaire) break;
    comments.push(`{{!-- ${paragraphText(b).replace(/--\}\}/g, "")} --}}`);
  }
  st.out.push(...(comments.length > 0 ? comments : options.header ? [options.header] : []));
  const head: Record<string, string> = {};
  for (; i < blocks.length; i++) {
    const b = blocks[i] as WordBlock;
    const attr = Object.entries({
      title: STYLES.titre,
      subject: STYLES.objet,
      articles: STYLES.articles,
    }).find(([, style]) => b.kind === "paragraph" && b.style === style)?.[0];
    if (!attr || b.kind !== "paragraph") break;
    head[attr] = attrText(b, st);
  }
  if (head.title === undefined) {
    // A model not exported here (a legacy mail-merge model): its first words title it.
    const first = blocks.find(
      (b): b is WordParagraph => b.kind === "paragraph" && paragraphText(b).trim() !== "",
    );
    head.title = first ? attrText(first, st) : "";
  }
  const attrs = Object.entries(head)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join("");
  st.out.push(`<document${attrs}>`);
  flow(blocks, i, st, "document");
  st.out.push("</document>", "");
  return st.problems.length > 0
    ? { problems: st.problems }
    : { value: st.out.join("\n"), problems: [] };
}

const HEADINGS: Record<string, string> = {
  "heading 1": STYLES.h1,
  "heading 2": STYLES.h2,
  "heading 3": STYLES.h3,
  "titre 1": STYLES.h1,
  "titre 2": STYLES.h2,
  "titre 3": STYLES.h3,
};

/**
 * Word's own ways, in a model not exported here or edited with Word's buttons: a paragraph put
 * in a list (w:numPr) is a bulleted item at its depth; Word's headings are headings.
 */
function wordStyles(blocks: readonly WordBlock[]): WordBlock[] {
  return blocks.map((b): WordBlock => {
    if (b.kind === "table")
      return {
        ...b,
        rows: b.rows.map((row) => row.map((c) => ({ ...c, blocks: wordStyles(c.blocks) }))),
      };
    const heading = HEADINGS[b.style.toLowerCase()];
    if (heading) return { ...b, style: heading };
    const ours = b.style === STYLES.p || !b.style.startsWith("actes-");
    if (b.listLevel !== undefined && ours)
      return { ...b, style: listStyle(false, Math.min(b.listLevel, MAX_LIST_LEVEL)) };
    return b;
  });
}

function numberParagraphs(blocks: readonly WordBlock[]): Map<WordParagraph, number> {
  const numbers = new Map<WordParagraph, number>();
  const walk = (list: readonly WordBlock[]) => {
    for (const b of list) {
      if (b.kind === "paragraph") numbers.set(b, numbers.size + 1);
      else for (const row of b.rows) for (const cell of row) walk(cell.blocks);
    }
  };
  walk(blocks);
  return numbers;
}

/** A paragraph's first words, to find it. */
export function paragraphWords(p: WordParagraph): string {
  return paragraphText(p).trim().split(/\s+/).slice(0, 6).join(" ");
}

function problem(st: State, where: WordParagraph | undefined, message: string): void {
  const words = where ? paragraphWords(where) : "";
  st.problems.push({ paragraph: where ? (st.numbers.get(where) ?? 0) : 0, words, message });
}

/**
 * Blocks from `start` to the end of the container (its actes-fin mark, or the end of `blocks`):
 * returns the index after it.
 */
function flow(
  blocks: readonly WordBlock[],
  start: number,
  st: State,
  container: string,
  opener?: WordParagraph,
): number {
  const base = st.sections.length;
  const saved = st.base;
  st.base = base;
  let i = start;
  while (i < blocks.length) {
    const b = blocks[i] as WordBlock;
    if (b.kind === "table") {
      table(b, undefined, st);
      i++;
      continue;
    }
    if (b.style === STYLES.fin) {
      if (container in ENDS) {
        closeSections(st, base, container, b);
        st.base = saved;
        return i + 1;
      }
      problem(st, b, `fin d’${container === "document" ? "un élément" : "élément"} sans début`);
      i++;
      continue;
    }
    const list = parseListStyle(b.style);
    if (list && !list.continuation) {
      i = listAt(blocks, i, st, list.level, list.ordered);
      continue;
    }
    const element = CONTAINERS[b.style];
    if (element) {
      st.out.push(containerOpen(element, b, st));
      i = flow(blocks, i + 1, st, element, b);
      st.out.push(`</${element}>`);
      continue;
    }
    if (b.style === STYLES.tableau) {
      const next = blocks[i + 1];
      if (next?.kind !== "table") {
        problem(st, b, "ligne « Tableau, largeurs » sans tableau juste après elle");
        i++;
        continue;
      }
      table(next, b, st);
      i += 2;
      continue;
    }
    paragraph(b, st);
    i++;
  }
  if (container in ENDS) {
    problem(st, opener, `${ENDS[container]} manque (paragraphe de style actes-fin)`);
  }
  closeSections(st, base, container, undefined);
  st.base = saved;
  return i;
}

const ENDS: Record<string, string> = {
  article: "la fin de l’article",
  annexe: "la fin de l’annexe",
  signatures: "la fin des signatures",
  signature: "la fin de la signature",
};

function closeSections(st: State, base: number, container: string, at: WordParagraph | undefined) {
  while (st.sections.length > base) {
    const open = st.sections.pop() as OpenSection;
    if (open.section === "each") st.options.scopes.leave();
    problem(
      st,
      open.where,
      `section « {${open.section === "each" ? "#chaque" : open.section === "if" ? "#si" : "^si"} ${open.expr}} » non fermée avant ${at ? "la fin de l’élément" : `la fin ${container === "document" ? "du document" : "du bloc"}`}`,
    );
  }
}

function containerOpen(element: string, p: WordParagraph, st: State): string {
  if (element === "signatures" || element === "signature") return `<${element}>`;
  const text = attrText(p, st);
  if (element === "article") return text.trim() === "" ? "<article>" : `<article title="${text}">`;
  const m = /^\s*([^\s–-]+)\s*(?:[–-]\s*(.*))?$/u.exec(text);
  if (!m) {
    problem(st, p, "annexe sans identifiant : écrivez « D – titre »");
    return "<annexe>";
  }
  return m[2] === undefined
    ? `<annexe id="${m[1]}">`
    : `<annexe id="${m[1]}" title="${m[2].trim()}">`;
}

/** A paragraph at block level: a heading, a paragraph, or a section tag standing alone. */
function paragraph(p: WordParagraph, st: State): void {
  if (p.style === STYLES.saut || (p.pageBreak && paragraphText(p).trim() === "")) {
    st.out.push("<pagebreak/>");
    return;
  }
  if (p.style === STYLES.commentaire) {
    st.out.push(`{{!-- ${paragraphText(p).replace(/--\}\}/g, "")} --}}`);
    return;
  }
  if ([STYLES.titre, STYLES.objet, STYLES.articles].includes(p.style as never)) {
    problem(st, p, "le titre et l’objet du document s’écrivent en tête, avant tout le reste");
    return;
  }
  const pieces = read(p, st);
  const lone = loneTag(pieces);
  if (lone) {
    blockTag(lone, p, st);
    return;
  }
  const name =
    p.style === STYLES.h1
      ? "h1"
      : p.style === STYLES.h2
        ? "h2"
        : p.style === STYLES.h3
          ? "h3"
          : "p";
  st.out.push(`<${name}${blockAttrs(p, name === "p")}>${inline(pieces, p, st)}</${name}>`);
}

function blockAttrs(p: WordParagraph, space: boolean): string {
  return `${p.align ? ` align="${p.align}"` : ""}${space && p.spaceBefore ? ' space="before"' : ""}`;
}

function read(p: WordParagraph, st: State): Piece[] {
  const { pieces, errors } = piecesOf(p, st.options.mapField);
  for (const e of errors) problem(st, p, e);
  return pieces;
}

/** A section tag on a paragraph of its own: opens, turns or closes a block-level section. */
function blockTag(tag: Piece, p: WordParagraph, st: State): void {
  const text = sectionTag(tag, p, st, st.sections);
  if (text !== undefined) st.out.push(text);
}

/** The handlebars of a section tag, with its nesting checked on `stack`. */
function sectionTag(
  tag: Piece,
  p: WordParagraph,
  st: State,
  stack: OpenSection[],
): string | undefined {
  const scopes = st.options.scopes;
  switch (tag.kind) {
    case "open": {
      const issue = tag.section === "each" ? scopes.enter(tag.expr) : scopes.check(tag.expr, false);
      if (issue) problem(st, p, issue);
      stack.push({ section: tag.section, expr: tag.expr, where: p });
      return `{{#${tag.section} ${tag.expr}}}`;
    }
    case "else": {
      const open = stack[stack.length - 1];
      if (!open || stack.length <= baseOf(stack, st)) {
        problem(st, p, "« {sinon} » hors d’une section");
        return undefined;
      }
      if (open.section === "each") scopes.leave();
      return "{{else}}";
    }
    case "close": {
      const open = stack.length > baseOf(stack, st) ? stack.pop() : undefined;
      const word = tag.section;
      if (!open) {
        problem(st, p, `« {/${word}} » sans section ouverte avant lui (dans le même élément)`);
        return undefined;
      }
      if (open.section === "each") scopes.leave();
      const expected = open.section === "each" ? "chaque" : "si";
      if (word !== expected || (tag.expr !== undefined && tag.expr !== open.expr)) {
        problem(
          st,
          p,
          `« {/${word}${tag.expr ? ` ${tag.expr}` : ""}} » ferme la section « {${open.section === "each" ? "#chaque" : open.section === "if" ? "#si" : "^si"} ${open.expr}} » (paragraphe ${st.numbers.get(open.where)}) : écrivez {/${expected}}`,
        );
      }
      return `{{/${open.section}}}`;
    }
    case "partial": {
      const name = /^>\s*([\w-]+)/.exec(tag.call)?.[1] ?? "";
      if (!st.options.partials.has(name)) {
        problem(st, p, `bloc commun inconnu « ${name} » (templates/partials/)`);
      }
      for (const [, path] of tag.call.matchAll(/\w+=([^\s"']+)/g)) {
        if (/^(true|false|\d+)$/.test(path ?? "")) continue;
        const issue = scopes.check(path ?? "", false);
        if (issue) problem(st, p, issue);
      }
      return `{{${tag.call}}}`;
    }
    default:
      return undefined;
  }
}

/** The sections opened inside one paragraph are checked on their own stack, from 0. */
function baseOf(stack: OpenSection[], st: State): number {
  return stack === st.sections ? st.base : 0;
}

/** Inline pieces → markup: marks as <b><i><u>, sections balanced within the paragraph. */
function inline(pieces: readonly Piece[], p: WordParagraph, st: State): string {
  const local: OpenSection[] = [];
  let out = "";
  let group: { marks: Marks; text: string } | undefined;
  const flush = () => {
    if (group) out += wrap(group.text, group.marks);
    group = undefined;
  };
  const add = (text: string, marks: Marks) => {
    if (group && sameMarks(group.marks, marks)) group.text += text;
    else {
      flush();
      group = { marks, text };
    }
  };
  for (const piece of pieces) {
    switch (piece.kind) {
      case "text":
        add(escapeText(piece.text), piece.marks);
        break;
      case "value": {
        const issue = st.options.scopes.check(piece.expr, true);
        if (issue) problem(st, p, issue);
        add(`{{${piece.expr}}}`, piece.marks);
        break;
      }
      case "ref":
        add(`<ref annexe="${escapeAttr(piece.annexe.trim())}"/>`, piece.marks);
        break;
      case "pagecount":
        add("<pagecount/>", piece.marks);
        break;
      case "partial":
        problem(st, p, "un bloc commun {> …} s’écrit seul dans son paragraphe");
        break;
      default: {
        flush();
        const text = sectionTag(piece, p, st, local);
        if (text !== undefined) out += text;
      }
    }
  }
  flush();
  for (const open of local.reverse()) {
    if (open.section === "each") st.options.scopes.leave();
    problem(
      st,
      p,
      `section « {${open.section === "each" ? "#chaque" : open.section === "if" ? "#si" : "^si"} ${open.expr}} » non fermée dans ce paragraphe (une section qui couvre des paragraphes a ses balises seules dans leur paragraphe)`,
    );
  }
  return out;
}

function wrap(text: string, marks: Marks): string {
  let t = text;
  if (marks.underline) t = `<u>${t}</u>`;
  if (marks.italic) t = `<i>${t}</i>`;
  if (marks.bold) t = `<b>${t}</b>`;
  return t;
}

/** A marker paragraph's text (a title, an annex's) as an attribute value, values as {{…}}. */
function attrText(p: WordParagraph, st: State): string {
  let out = "";
  for (const piece of read(p, st)) {
    if (piece.kind === "text") out += escapeAttr(piece.text);
    else if (piece.kind === "value") {
      const issue = st.options.scopes.check(piece.expr, true);
      if (issue) problem(st, p, issue);
      out += `{{${piece.expr}}}`;
    } else
      problem(
        st,
        p,
        "un titre ne contient ni section ni renvoi : seulement du texte et des valeurs",
      );
  }
  return out;
}

const escapeText = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (t: string) => escapeText(t).replace(/"/g, "&quot;");

/** A list from its first item at `level`: returns the index after it. */
function listAt(
  blocks: readonly WordBlock[],
  start: number,
  st: State,
  level: number,
  ordered: boolean,
): number {
  const name = ordered ? "ol" : "ul";
  st.out.push(`<${name}>`);
  const base = st.sections.length;
  const saved = st.base;
  st.base = base;
  let i = start;
  while (i < blocks.length) {
    const b = blocks[i] as WordBlock;
    if (b.kind === "table") break;
    const ls = parseListStyle(b.style);
    if (!ls || ls.level < level) break;
    if (ls.level > level || ls.continuation) {
      problem(
        st,
        b,
        `paragraphe de liste de niveau ${ls.level} sans élément de niveau ${ls.level - 1} avant lui`,
      );
      i++;
      continue;
    }
    if (ls.ordered !== ordered) break;
    const pieces = read(b, st);
    const lone = loneTag(pieces);
    if (lone) {
      blockTag(lone, b, st);
      i++;
      continue;
    }
    i = listItem(blocks, i, pieces, st, level);
  }
  closeSections(st, base, "list", undefined);
  st.base = saved;
  st.out.push(`</${name}>`);
  return i;
}

function listItem(
  blocks: readonly WordBlock[],
  start: number,
  pieces: Piece[],
  st: State,
  level: number,
): number {
  const head = blocks[start] as WordParagraph;
  const next = blocks[start + 1];
  const nextStyle = next?.kind === "paragraph" ? parseListStyle(next.style) : undefined;
  const more =
    nextStyle !== undefined &&
    ((nextStyle.continuation && nextStyle.level === level) ||
      (!nextStyle.continuation && nextStyle.level === level + 1));
  if (!more && !head.align && !head.spaceBefore) {
    st.out.push(`<li>${inline(pieces, head, st)}</li>`);
    return start + 1;
  }
  st.out.push("<li>", `<p${blockAttrs(head, true)}>${inline(pieces, head, st)}</p>`);
  const base = st.sections.length;
  const saved = st.base;
  st.base = base;
  let i = start + 1;
  while (i < blocks.length) {
    const b = blocks[i] as WordBlock;
    if (b.kind === "table") break;
    const ls = parseListStyle(b.style);
    if (ls?.continuation && ls.level === level) {
      paragraph(b, st);
      i++;
    } else if (ls && !ls.continuation && ls.level === level + 1) {
      i = listAt(blocks, i, st, level + 1, ls.ordered);
    } else break;
  }
  closeSections(st, base, "list", undefined);
  st.base = saved;
  st.out.push("</li>");
  return i;
}

/** A table: its widths from the « Tableau, largeurs » line above it, else from Word's grid. */
function table(t: WordTable, marker: WordParagraph | undefined, st: State): void {
  let widths = reduceGrid(t.grid);
  let small = false;
  if (marker) {
    const words = paragraphText(marker).trim().split(/\s+/).filter(Boolean);
    small = words.includes("petit");
    const numbers = words.filter((w) => w !== "petit");
    if (numbers.some((w) => !/^\d+(?:[.,]\d+)?$/.test(w))) {
      problem(
        st,
        marker,
        `largeurs de colonnes illisibles « ${numbers.join(" ")} » : des nombres, puis « petit » s’il le faut`,
      );
    } else if (numbers.length > 0 && numbers.length !== t.grid.length) {
      problem(
        st,
        marker,
        `${numbers.length} largeurs pour un tableau de ${t.grid.length} colonnes`,
      );
    } else if (numbers.length > 0) widths = numbers.map((w) => w.replace(",", "."));
  }
  st.out.push(`<table widths="${widths.join(" ")}"${small ? ' size="small"' : ""}>`);
  const base = st.sections.length;
  const saved = st.base;
  st.base = base;
  for (const row of t.rows) {
    const tag = rowTag(row, st);
    if (tag) {
      blockTag(tag.piece, tag.p, st);
      continue;
    }
    st.out.push(`<tr>${row.map((cell) => cellText(cell, st)).join("")}</tr>`);
  }
  closeSections(st, base, "table", undefined);
  st.base = saved;
  st.out.push("</table>");
}

/** A row of one cell holding one section tag alone: the section repeats or hides rows. */
function rowTag(
  row: readonly WordCell[],
  st: State,
): { piece: Piece; p: WordParagraph } | undefined {
  const [cell] = row;
  const [p] = cell?.blocks ?? [];
  if (row.length !== 1 || cell?.blocks.length !== 1 || p?.kind !== "paragraph") return undefined;
  const piece = loneTag(piecesOf(p, st.options.mapField).pieces);
  return piece && piece.kind !== "partial" ? { piece, p } : undefined;
}

function cellText(cell: WordCell, st: State): string {
  const name = cell.header ? "th" : "td";
  const span = cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : "";
  const [only] = cell.blocks;
  if (
    cell.blocks.length === 1 &&
    only?.kind === "paragraph" &&
    !only.align &&
    !only.spaceBefore &&
    !parseListStyle(only.style) &&
    !CONTAINERS[only.style]
  ) {
    const pieces = read(only, st);
    if (!loneTag(pieces)) return `<${name}${span}>${inline(pieces, only, st)}</${name}>`;
  }
  const mark = st.out.length;
  const saved = st.base;
  st.base = st.sections.length;
  flow(cell.blocks, 0, st, "cell");
  st.base = saved;
  const inner = st.out.splice(mark).join("\n");
  return `<${name}${span}>${inner}</${name}>`;
}

export function alignOf(value: string | undefined): Align | undefined {
  switch (value) {
    case "left":
    case "start":
      return "left";
    case "center":
      return "center";
    case "right":
    case "end":
      return "right";
    case "both":
    case "justify":
    case "distribute":
      return "justify";
    default:
      return undefined;
  }
}

/** How a problem reads: « paragraphe 12 (« Pour la durée de la ») : … ». */
export function describe(p: ModelProblem): string {
  return `paragraphe ${p.paragraph}${p.words === "" ? "" : ` (« ${p.words} »)`} : ${p.message}`;
}

/** Word's grid in twips → relative widths: 2250 6750 → 1 3. */
function reduceGrid(grid: readonly number[]): string[] {
  const whole = grid.map((w) => Math.max(1, Math.round(w)));
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const d = whole.reduce(gcd, 0) || 1;
  return whole.map((w) => String(w / d));
}
