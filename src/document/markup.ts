// The markup that templates produce (a small HTML-like XML) → the document model.
// Elements: document(title, subject) · h1 h2 h3 · p(align, space) · b i u · ul ol li ·
// table(widths) tr th td(colspan) · article(title) · signatures signature · pagebreak ·
// pagecount (inline, empty: the document's number of pages, so no template types a number) ·
// annexe(id, title): an annex of the act, on a page of its own under « Annexe D – title » ·
// ref(annexe) (inline, empty: « D », an annex the act cites — it must carry it).
// Whitespace runs collapse to one space, as in HTML; U+00A0 and U+202F are kept.
// <article> headings are numbered here ("Article 2", "Article 2.1"): templates never number.
import { SaxesParser, type SaxesTag } from "saxes";
import { frenchTypography } from "../format/fr/index.ts";
import {
  type Align,
  type Block,
  type Heading,
  type List,
  PAGE_COUNT_PENDING,
  type Paragraph,
  type Run,
  type TableCell,
} from "./model.ts";

export interface MarkupError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface ParsedMarkup {
  readonly title: string;
  readonly subject: string;
  readonly blocks: Block[];
}

const ATTRIBUTES: Record<string, readonly string[]> = {
  document: ["title", "subject", "articles"],
  h1: ["align"],
  h2: ["align"],
  h3: ["align"],
  p: ["align", "space"],
  b: [],
  i: [],
  u: [],
  ul: [],
  ol: [],
  li: [],
  table: ["widths", "size"],
  tr: [],
  th: ["colspan"],
  td: ["colspan"],
  article: ["title"],
  signatures: [],
  signature: [],
  pagebreak: [],
  pagecount: [],
  annexe: ["id", "title"],
  ref: ["annexe"],
};
const INLINE = new Set(["b", "i", "u"]);
const ALIGNS = new Set(["left", "center", "right", "justify"]);

interface Frame {
  readonly name: string;
  readonly attributes: Record<string, string>;
  /** Blocks collected inside (block containers). */
  readonly blocks: Block[];
  /** Inline runs collected inside (paragraph-like elements). */
  runs: Run[];
  readonly rows: TableCell[][];
  readonly cells: TableCell[];
  readonly items: Block[][];
  readonly columns: Paragraph[][];
}

/** Parses markup; throws nothing: every problem is a MarkupError with its position. */
export function parseMarkup(
  text: string,
  { staticCheck = false } = {},
): { value?: ParsedMarkup; errors: MarkupError[] } {
  const errors: MarkupError[] = [];
  const parser = new SaxesParser({ position: true });
  const stack: Frame[] = [];
  const articles: number[] = [];
  /** The headings of a decision's top-level articles, to write « Article unique » for one. */
  const decisions: Heading[] = [];
  // The annexes the act carries, and those its text cites (with where), checked at the end.
  const annexes = new Set<string>();
  const cited: { id: string; line: number; column: number }[] = [];
  let root: Frame | undefined;
  const fail = (message: string) =>
    errors.push({ line: parser.line, column: parser.column, message });

  parser.on("error", (e) => {
    errors.push({
      line: parser.line,
      column: parser.column,
      message: `XML invalide : ${e.message.replace(/^.*?:\d+:\d+: /, "")}`,
    });
  });
  parser.on("opentag", (tag: SaxesTag) => {
    const allowed = ATTRIBUTES[tag.name];
    if (!allowed) fail(`élément inconnu <${tag.name}>`);
    for (const attr of Object.keys(tag.attributes)) {
      if (allowed && !allowed.includes(attr))
        fail(`attribut inconnu « ${attr} » sur <${tag.name}>`);
    }
    const parent = stack[stack.length - 1];
    if (!parent && tag.name !== "document") fail(`<${tag.name}> hors de <document>`);
    if (parent && !canContain(parent.name, tag.name))
      fail(`<${tag.name}> interdit dans <${parent.name}>`);
    if (tag.name === "article") {
      const depth = stack.filter((f) => f.name === "article").length;
      articles.length = depth + 1;
      articles[depth] = (articles[depth] ?? 0) + 1;
    }
    if (tag.name === "table") {
      // A width is a relative share: "1 x" or "1e999" would reach the renderers as NaN or
      // Infinity (and as null through JSON, render/pool.ts), a column of no width. Told at the
      // opening tag, where the attribute is written.
      const wrong = String(tag.attributes.widths ?? "")
        .split(/ +/)
        .find((w) => w !== "" && !(Number(w) > 0 && Number.isFinite(Number(w))));
      if (wrong !== undefined)
        fail(
          `largeur de colonne invalide « ${wrong} » (un nombre positif, par exemple widths="1 3")`,
        );
    }
    if (tag.name === "annexe") {
      const id = String(tag.attributes.id ?? "");
      if (id === "") fail("<annexe> sans id");
      else if (annexes.has(id)) fail(`annexe ${id} portée deux fois`);
      annexes.add(id);
    }
    if (tag.name === "ref") {
      const id = String(tag.attributes.annexe ?? "");
      cited.push({ id, line: parser.line, column: parser.column });
      const owner = [...stack].reverse().find((f) => !INLINE.has(f.name));
      owner?.runs.push({ text: id, ...inlineMarks(stack) });
    }
    if (tag.name === "pagecount") {
      // A run of its own, with the marks around it; its text comes with the layout (model.ts).
      const owner = [...stack].reverse().find((f) => !INLINE.has(f.name));
      owner?.runs.push({ text: PAGE_COUNT_PENDING, pageCount: true, ...inlineMarks(stack) });
    }
    stack.push({
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      blocks: [],
      runs: [],
      rows: [],
      cells: [],
      items: [],
      columns: [],
    });
    if (tag.name === "article") {
      const frame = stack[stack.length - 1] as Frame;
      const depth = stack.filter((f) => f.name === "article").length;
      const number = articles.slice(0, depth).join(".");
      const title = frame.attributes.title;
      // A decision's articles (a délibération: `<document articles="decision">`) are « Article 1 : »
      // with the decision under them, and « Article unique : » when there is one (see below).
      const decision = stack[0]?.attributes.articles === "decision" && !title && depth === 1;
      const heading: Heading = {
        kind: "heading",
        level: depth === 1 ? 2 : 3,
        runs: normalizeRuns([
          {
            text: decision
              ? `Article ${number} :`
              : title
                ? `Article ${number} : ${title}`
                : `Article ${number}`,
            bold: true,
          },
        ]),
      };
      if (decision) decisions.push(heading);
      frame.blocks.push(heading);
    }
  });
  parser.on("text", (t) => {
    if (stack.length === 0) return;
    // Text inside b/i/u belongs to the nearest paragraph-like element, with the marks.
    const owner = [...stack].reverse().find((f) => !INLINE.has(f.name));
    if (owner && acceptsInline(owner.name)) owner.runs.push({ text: t, ...inlineMarks(stack) });
    else if (t.trim() !== "") {
      fail(`texte « ${t.trim().slice(0, 30)} » interdit directement dans <${owner?.name ?? "?"}>`);
    }
  });
  parser.on("closetag", () => {
    const frame = stack.pop();
    if (!frame) return;
    const parent = stack[stack.length - 1];
    if (!parent) {
      root = frame;
      return;
    }
    const block = close(frame, parent, fail);
    if (block) parent.blocks.push(block);
  });
  try {
    parser.write(text).close();
  } catch {
    // saxes reports through the error handler; a throw after it adds nothing.
  }
  for (const ref of cited) {
    if (!annexes.has(ref.id))
      errors.push({
        line: ref.line,
        column: ref.column,
        message: `l'acte cite l'annexe « ${ref.id} » qu'il ne porte pas (aucune <annexe id="${ref.id}">)`,
      });
  }
  if (errors.length > 0 || !root) {
    if (!root && errors.length === 0)
      errors.push({ line: 1, column: 1, message: "aucun élément <document>" });
    return { errors };
  }
  const title = root.attributes.title ?? "";
  const subject = root.attributes.subject ?? "";
  const only = decisions.length === 1 ? decisions[0] : undefined;
  if (only) (only as { runs: readonly Run[] }).runs = [{ text: "Article unique :", bold: true }];
  const articlesKind = root.attributes.articles;
  if (articlesKind !== undefined && articlesKind !== "decision")
    errors.push({
      line: 1,
      column: 1,
      message: `articles="${articlesKind}" inconnu : articles="decision" seulement`,
    });
  if (title.trim() === "" && !staticCheck)
    errors.push({ line: 1, column: 1, message: "titre du document vide" });
  return errors.length > 0
    ? { errors }
    : { value: { title, subject, blocks: root.blocks }, errors };
}

/** Closes an element into its parent; returns the block it adds, if any. */
function close(frame: Frame, parent: Frame, fail: (m: string) => void): Block | undefined {
  const a = frame.attributes;
  switch (frame.name) {
    case "b":
    case "i":
    case "u":
    case "pagecount":
    case "ref":
      return;
    case "p":
    case "h1":
    case "h2":
    case "h3": {
      const runs = normalizeRuns(frame.runs);
      const align = a.align;
      if (align !== undefined && !ALIGNS.has(align)) fail(`alignement inconnu « ${align} »`);
      const block: Paragraph | Heading =
        frame.name === "p"
          ? {
              kind: "paragraph",
              runs,
              ...(align ? { align: align as Align } : {}),
              ...(a.space === "before" ? { spaceBefore: true } : {}),
            }
          : {
              kind: "heading",
              level: Number(frame.name[1]) as 1 | 2 | 3,
              runs,
              ...(align ? { align: align as Align } : {}),
            };
      return block;
    }
    case "li":
    case "th":
    case "td":
    case "signature": {
      const blocks = [...frame.blocks];
      const runs = normalizeRuns(frame.runs);
      if (runs.length > 0 && blocks.length > 0) {
        fail(`<${frame.name}> mêle du texte et des blocs : mettez le texte dans un <p>`);
      }
      if (runs.length > 0) blocks.unshift({ kind: "paragraph", runs });
      if (frame.name === "li") parent.items.push(blocks);
      else if (frame.name === "signature")
        parent.columns.push(blocks.filter((b): b is Paragraph => b.kind === "paragraph"));
      else {
        const span = a.colspan ? Number(a.colspan) : undefined;
        parent.cells.push({
          blocks,
          ...(frame.name === "th" ? { header: true } : {}),
          ...(span ? { colSpan: span } : {}),
        });
      }
      return;
    }
    case "ul":
    case "ol":
      return {
        kind: "list",
        ordered: frame.name === "ol",
        items: frame.items,
      } satisfies List;
    case "tr":
      parent.rows.push([...frame.cells]);
      return;
    case "table": {
      const widths = (a.widths ?? "").split(/ +/).filter(Boolean).map(Number);
      const columns = Math.max(
        0,
        ...frame.rows.map((r) => r.reduce((n, c) => n + (c.colSpan ?? 1), 0)),
      );
      if (widths.length > 0 && widths.length !== columns)
        fail(`${widths.length} largeurs pour ${columns} colonnes`);
      if (a.size !== undefined && a.size !== "small")
        fail(`taille de tableau inconnue « ${a.size} » (seule valeur : small)`);
      return {
        kind: "table",
        ...(a.size === "small" ? { small: true } : {}),
        widths: widths.length > 0 ? widths : Array(columns).fill(1),
        rows: frame.rows,
      };
    }
    case "signatures":
      return { kind: "signatures", columns: frame.columns };
    case "pagebreak":
      return { kind: "pagebreak" };
    case "article":
      parent.blocks.push(...frame.blocks);
      return undefined;
    case "annexe": {
      // Each annex starts a page, under its heading: the engine titles it, as it numbers articles.
      const heading = a.title ? `Annexe ${a.id} – ${a.title}` : `Annexe ${a.id}`;
      parent.blocks.push(
        {
          kind: "heading",
          level: 2,
          align: "center",
          pageBreakBefore: true,
          runs: normalizeRuns([{ text: heading, bold: true }]),
        },
        ...frame.blocks,
      );
      return undefined;
    }
  }
}

const CHILDREN: Record<string, readonly string[]> = {
  document: [
    ...["h1", "h2", "h3", "p", "ul", "ol", "table", "article", "signatures", "pagebreak"],
    "annexe",
  ],
  annexe: ["h3", "p", "ul", "ol", "table", "pagebreak"],
  article: ["h3", "p", "ul", "ol", "table", "article", "pagebreak"],
  li: ["p", "ul", "ol", "b", "i", "u", "pagecount", "ref"],
  td: ["p", "ul", "ol", "b", "i", "u", "pagecount", "ref"],
  th: ["p", "ul", "ol", "b", "i", "u", "pagecount", "ref"],
  ul: ["li"],
  ol: ["li"],
  table: ["tr"],
  tr: ["th", "td"],
  signatures: ["signature"],
  signature: ["p"],
  p: ["b", "i", "u", "pagecount", "ref"],
  h1: ["b", "i", "u"],
  h2: ["b", "i", "u"],
  h3: ["b", "i", "u"],
  b: ["i", "u", "pagecount", "ref"],
  i: ["b", "u", "pagecount", "ref"],
  u: ["b", "i", "pagecount", "ref"],
};

function canContain(parent: string, child: string): boolean {
  return CHILDREN[parent]?.includes(child) ?? false;
}

function acceptsInline(name: string): boolean {
  return ["p", "h1", "h2", "h3", "li", "td", "th", "b", "i", "u"].includes(name);
}

function inlineMarks(stack: readonly Frame[]): Omit<Run, "text"> {
  const names = new Set(stack.map((f) => f.name));
  return {
    ...(names.has("b") ? { bold: true } : {}),
    ...(names.has("i") ? { italic: true } : {}),
    ...(names.has("u") ? { underline: true } : {}),
  };
}

/**
 * Collapses whitespace (not U+00A0/U+202F), trims the ends, merges runs of equal marks and
 * applies French typography (’, « », spaces before : ; ! ?).
 */
export function normalizeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const text = run.text.replace(/[ \t\r\n]+/g, " ");
    const last = out[out.length - 1];
    if (
      last &&
      last.bold === run.bold &&
      last.italic === run.italic &&
      last.underline === run.underline &&
      // A page count stays a run of its own: its text is replaced, its neighbours' are not.
      last.pageCount !== true &&
      run.pageCount !== true
    ) {
      out[out.length - 1] = { ...last, text: last.text + text };
    } else out.push({ ...run, text });
  }
  // Trim leading and trailing spaces of the paragraph, then drop empty runs.
  if (out[0]) out[0] = { ...out[0], text: out[0].text.replace(/^ +/, "") };
  const lastIndex = out.length - 1;
  if (out[lastIndex])
    out[lastIndex] = { ...out[lastIndex], text: (out[lastIndex] as Run).text.replace(/ +$/, "") };
  return dedupeSpaces(out)
    .filter((r) => r.text !== "")
    .map((r) => ({ ...r, text: frenchTypography(r.text) }));
}

/** "a " + " b" → "a " + "b": one space between runs, as HTML renders it. */
function dedupeSpaces(runs: Run[]): Run[] {
  return runs.map((r, i) =>
    i > 0 && (runs[i - 1] as Run).text.endsWith(" ")
      ? { ...r, text: r.text.replace(/^ +/, "") }
      : r,
  );
}
