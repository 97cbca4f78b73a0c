// Template → Word (`actes modele exporter`): the template's statements as handlebars reads them
// become one XML tree (values as tokens, sections as elements), then the markup elements become
// paragraphs and tables: each value a highlighted tag {partenaire.nom}, each section a tag of its
// own ({#si …}, {^si …}, {#chaque …}, {sinon}, {/si}, {/chaque}), each element Word has no
// notion of a paragraph style (actes-article … actes-fin). What cannot pass is an error.
import { SaxesParser } from "saxes";
import type { Align } from "../document/model.ts";
import { templateStatements } from "../document/templates.ts";
import {
  continuationStyle,
  listStyle,
  MAX_LIST_LEVEL,
  type Marks,
  STYLES,
  type WordBlock,
  type WordCell,
  type WordParagraph,
  type WordRun,
} from "./word.ts";

interface XElement {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XNode[];
}
type XNode = XElement | string;

/** Why: the message every construct Word cannot carry yet starts with, as the brief asks. */
export const NOT_YET = "cette construction ne peut pas encore passer par Word";

const SECTION_WORD = { if: "#si", unless: "^si", each: "#chaque" } as const;
const SECTION_CLOSE = { if: "/si", unless: "/si", each: "/chaque" } as const;
type SectionKind = keyof typeof SECTION_WORD;

const TOKEN = /\uE000(\d+)\uE001/g;

/** The template's text (partial calls kept as calls) → Word paragraphs and tables. */
export function templateToWord(source: string): { value?: WordBlock[]; errors: string[] } {
  const errors: string[] = [];
  const values: string[] = [];
  const xml = flatten(templateStatements(source).body, source, values, errors);
  const root = parseTree(`<x-root>${xml}</x-root>`, errors);
  if (!root || errors.length > 0) return { errors };
  const ctx: Ctx = { values, errors, listLevel: 0 };
  const value = flow(root.children, ctx);
  return errors.length > 0 ? { errors } : { value, errors };
}

/** Why: the paths a template already reads are offered even when no act of the data has them. */
export function templateExpressions(source: string): Set<string> {
  const out = new Set<string>();
  const walk = (body: readonly hbs.AST.Statement[]) => {
    for (const node of body) {
      if (node.type === "MustacheStatement") {
        const m = node as hbs.AST.MustacheStatement;
        if (m.path.type === "PathExpression") out.add((m.path as hbs.AST.PathExpression).original);
      } else if (node.type === "BlockStatement") {
        const b = node as hbs.AST.BlockStatement;
        for (const p of b.params)
          if (p.type === "PathExpression") out.add((p as hbs.AST.PathExpression).original);
        walk(b.program.body);
        if (b.inverse) walk(b.inverse.body);
      }
    }
  };
  walk(templateStatements(source).body);
  return out;
}

/** Statements → XML text: values become tokens, sections elements, the rest stays text. */
function flatten(
  body: readonly hbs.AST.Statement[],
  source: string,
  values: string[],
  errors: string[],
): string {
  let out = "";
  for (const node of body) {
    switch (node.type) {
      case "ContentStatement":
        out += (node as hbs.AST.ContentStatement).value;
        break;
      case "CommentStatement": {
        values.push((node as hbs.AST.CommentStatement).value.trim());
        out += `<x-comment n="${values.length - 1}"/>`;
        break;
      }
      case "MustacheStatement": {
        const m = node as hbs.AST.MustacheStatement;
        if (m.path.type !== "PathExpression" || m.params.length > 0 || m.hash) {
          errors.push(`${NOT_YET} : l'expression ${slice(source, node.loc)}`);
          break;
        }
        values.push((m.path as hbs.AST.PathExpression).original);
        out += `\uE000${values.length - 1}\uE001`;
        break;
      }
      case "BlockStatement": {
        const b = node as hbs.AST.BlockStatement;
        const kind = b.path.original;
        const [param] = b.params;
        const chained = (b.inverse as { chained?: boolean } | undefined)?.chained === true;
        if (
          !(kind in SECTION_WORD) ||
          b.params.length !== 1 ||
          param?.type !== "PathExpression" ||
          b.hash ||
          b.program.blockParams?.length ||
          chained
        ) {
          errors.push(`${NOT_YET} : la section ${slice(source, node.loc).split("\n")[0]}`);
          break;
        }
        values.push((param as hbs.AST.PathExpression).original);
        out += `<x-section k="${kind}" n="${values.length - 1}">`;
        out += flatten(b.program.body, source, values, errors);
        if (b.inverse) out += `<x-else/>${flatten(b.inverse.body, source, values, errors)}`;
        out += "</x-section>";
        break;
      }
      case "PartialStatement": {
        values.push(
          slice(source, node.loc)
            .replace(/^\{\{\s*/, "")
            .replace(/\s*\}\}$/, ""),
        );
        out += `<x-partial n="${values.length - 1}"/>`;
        break;
      }
      default:
        errors.push(`${NOT_YET} : ${slice(source, node.loc)}`);
    }
  }
  return out;
}

/** The source text of a statement (handlebars positions: lines from 1, columns from 0). */
function slice(source: string, loc: hbs.AST.SourceLocation): string {
  const lines = source.split("\n");
  const offset = (p: hbs.AST.Position) =>
    lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column;
  return source.slice(offset(loc.start), offset(loc.end));
}

function parseTree(xml: string, errors: string[]): XElement | undefined {
  const parser = new SaxesParser();
  const stack: XElement[] = [];
  let root: XElement | undefined;
  parser.on("opentag", (tag) => {
    const el: XElement = {
      name: tag.name,
      attrs: tag.attributes as Record<string, string>,
      children: [],
    };
    stack[stack.length - 1]?.children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => {
    root = stack.pop();
  });
  parser.on("text", (t) => stack[stack.length - 1]?.children.push(t));
  parser.on("error", (e) => {
    errors.push(
      `${NOT_YET} : une section qui croise un élément, ou un XML invalide (${e.message})`,
    );
  });
  try {
    parser.write(xml).close();
  } catch {
    // reported by the error handler
  }
  return root;
}

interface Ctx {
  readonly values: readonly string[];
  readonly errors: string[];
  /** The depth of the list being written (0 outside lists). */
  readonly listLevel: number;
}

const para = (style: string, runs: WordRun[], extra: Partial<WordParagraph> = {}) =>
  ({ kind: "paragraph", style, runs, ...extra }) as WordParagraph;
const label = (text: string): WordRun => ({ text, marks: {}, role: "label" });
const sectionTag = (text: string): WordRun => ({ text: `{${text}}`, marks: {}, role: "section" });

/** Blocks of a document, an article, an annex, a cell, a list item or a signature. */
function flow(children: readonly XNode[], ctx: Ctx, tagStyle: string = STYLES.p): WordBlock[] {
  const out: WordBlock[] = [];
  for (const node of children) {
    if (typeof node === "string") {
      if (node.trim() !== "")
        ctx.errors.push(`${NOT_YET} : texte « ${node.trim()} » hors paragraphe`);
      continue;
    }
    const a = node.attrs;
    switch (node.name) {
      case "document": {
        out.push(para(STYLES.titre, [label("Titre : "), ...attrRuns(a.title ?? "", ctx)]));
        out.push(para(STYLES.objet, [label("Objet : "), ...attrRuns(a.subject ?? "", ctx)]));
        if (a.articles !== undefined)
          out.push(para(STYLES.articles, [label("Articles : "), ...attrRuns(a.articles, ctx)]));
        out.push(...flow(node.children, ctx));
        break;
      }
      case "p":
      case "h1":
      case "h2":
      case "h3":
        out.push(
          para(node.name === "p" ? STYLES.p : STYLES[node.name], inline(node.children, {}, ctx), {
            ...alignOf(a.align),
            ...(a.space === "before" ? { spaceBefore: true } : {}),
          }),
        );
        break;
      case "ul":
      case "ol":
        out.push(...list(node, ctx));
        break;
      case "table":
        out.push(...table(node, ctx));
        break;
      case "article":
        out.push(para(STYLES.article, [label("Article — "), ...attrRuns(a.title ?? "", ctx)]));
        out.push(...flow(node.children, ctx));
        out.push(para(STYLES.fin, [label("fin de l’article")]));
        break;
      case "annexe": {
        const title =
          a.title === undefined ? [] : [{ text: " – ", marks: {} }, ...attrRuns(a.title, ctx)];
        out.push(para(STYLES.annexe, [label("Annexe "), ...attrRuns(a.id ?? "", ctx), ...title]));
        out.push(...flow(node.children, ctx));
        out.push(para(STYLES.fin, [label("fin de l’annexe")]));
        break;
      }
      case "signatures":
      case "signature":
        out.push(
          para(STYLES[node.name], [label(node.name === "signatures" ? "Signatures" : "Signature")]),
        );
        out.push(...flow(node.children, ctx));
        out.push(
          para(STYLES.fin, [
            label(node.name === "signatures" ? "fin des signatures" : "fin de la signature"),
          ]),
        );
        break;
      case "pagebreak":
        out.push(para(STYLES.saut, [label("saut de page")], { pageBreak: true }));
        break;
      case "x-comment":
        out.push(para(STYLES.commentaire, [{ text: value(a, ctx), marks: {} }]));
        break;
      case "x-partial":
        out.push(para(tagStyle, [{ text: `{${value(a, ctx)}}`, marks: {}, role: "section" }]));
        break;
      case "x-section":
        out.push(...section(node, ctx, tagStyle, (c) => flow(c, ctx, tagStyle)));
        break;
      default:
        ctx.errors.push(`${NOT_YET} : <${node.name}> à cette place`);
    }
  }
  return out;
}

/** A section's tags as paragraphs of their own, around its blocks (or rows, or items). */
function section<T>(
  node: XElement,
  ctx: Ctx,
  tagStyle: string,
  inner: (children: readonly XNode[]) => T[],
  wrap: (tag: string) => T = (tag) => para(tagStyle, [sectionTag(tag)]) as T,
): T[] {
  const kind = node.attrs.k as SectionKind;
  const expr = value(node.attrs, ctx);
  const split = node.children.findIndex((c) => typeof c !== "string" && c.name === "x-else");
  const then = split < 0 ? node.children : node.children.slice(0, split);
  const otherwise = split < 0 ? undefined : node.children.slice(split + 1);
  return [
    wrap(`${SECTION_WORD[kind]} ${expr}`),
    ...inner(then),
    ...(otherwise ? [wrap("sinon"), ...inner(otherwise)] : []),
    wrap(SECTION_CLOSE[kind]),
  ];
}

function list(node: XElement, ctx: Ctx): WordBlock[] {
  const ordered = node.name === "ol";
  const level = ctx.listLevel + 1;
  if (level > MAX_LIST_LEVEL) {
    ctx.errors.push(`${NOT_YET} : une liste de profondeur ${level}`);
    return [];
  }
  const inner: Ctx = { ...ctx, listLevel: level };
  const style = listStyle(ordered, level);
  const items = (children: readonly XNode[]): WordBlock[] =>
    children.flatMap((child): WordBlock[] => {
      if (typeof child === "string") return [];
      if (child.name === "x-section") return section(child, inner, style, items);
      if (child.name !== "li") {
        ctx.errors.push(`${NOT_YET} : <${child.name}> dans une liste`);
        return [];
      }
      return item(child, style, inner);
    });
  return items(node.children);
}

/** A list item: one paragraph, or its first paragraph then its other blocks. */
function item(li: XElement, style: string, ctx: Ctx): WordBlock[] {
  if (!hasBlocks(li.children)) return [para(style, inline(li.children, {}, ctx))];
  const blocks = li.children.filter((c): c is XElement => typeof c !== "string");
  const [first, ...rest] = blocks;
  if (first?.name !== "p") {
    ctx.errors.push(`${NOT_YET} : un élément de liste qui ne commence pas par un paragraphe`);
    return [];
  }
  const suite = continuationStyle(ctx.listLevel);
  const head = flow([first], ctx)[0] as WordParagraph;
  const tail = flow(rest, ctx, suite).map((b) =>
    b.kind === "paragraph" && b.style === STYLES.p ? { ...b, style: suite } : b,
  );
  for (const b of tail) {
    if (
      b.kind === "table" ||
      (b.kind === "paragraph" && b.style.startsWith("actes-") && !isListish(b.style))
    )
      ctx.errors.push(`${NOT_YET} : un tableau ou un titre dans un élément de liste`);
  }
  return [{ ...head, style }, ...tail];
}

const isListish = (style: string) => /^actes-(puce|numero|liste-suite)-\d$/.test(style);

const BLOCK_NAMES = new Set(["p", "ul", "ol", "table", "h1", "h2", "h3"]);

function hasBlocks(children: readonly XNode[]): boolean {
  return children.some(
    (c) =>
      typeof c !== "string" &&
      (BLOCK_NAMES.has(c.name) || (c.name === "x-section" && hasBlocks(c.children))),
  );
}

function table(node: XElement, ctx: Ctx): WordBlock[] {
  const widths = (node.attrs.widths ?? "").split(/ +/).filter(Boolean);
  const small = node.attrs.size === "small";
  const columns = Math.max(
    1,
    ...node.children
      .filter((c): c is XElement => typeof c !== "string" && c.name === "tr")
      .map((tr) =>
        tr.children
          .filter((c): c is XElement => typeof c !== "string")
          .reduce((n, c) => n + Number(c.attrs.colspan ?? 1), 0),
      ),
  );
  if (widths.some((w) => !/^\d+(\.\d+)?$/.test(w))) {
    ctx.errors.push(`${NOT_YET} : des largeurs de colonnes « ${node.attrs.widths} »`);
  }
  const inner: Ctx = { ...ctx, listLevel: 0 };
  const tagRow = (tag: string): WordCell[] => [
    { header: false, colSpan: columns, blocks: [para(STYLES.p, [sectionTag(tag)])] },
  ];
  const rows = (children: readonly XNode[]): WordCell[][] =>
    children.flatMap((child): WordCell[][] => {
      if (typeof child === "string") return [];
      if (child.name === "x-section") return section(child, inner, STYLES.p, rows, tagRow);
      if (child.name !== "tr") {
        ctx.errors.push(`${NOT_YET} : <${child.name}> dans un tableau`);
        return [];
      }
      return [
        child.children.flatMap((cell): WordCell[] => {
          if (typeof cell === "string") return [];
          if (cell.name !== "td" && cell.name !== "th") {
            ctx.errors.push(`${NOT_YET} : <${cell.name}> dans une ligne de tableau`);
            return [];
          }
          const span =
            cell.attrs.colspan === undefined ? {} : { colSpan: Number(cell.attrs.colspan) };
          const blocks = hasBlocks(cell.children)
            ? flow(cell.children, inner)
            : [para(STYLES.p, inline(cell.children, {}, inner))];
          return [{ header: cell.name === "th", ...span, blocks }];
        }),
      ];
    });
  const words = [...widths, ...(small ? ["petit"] : [])].join(" ");
  const total = widths.reduce((n, w) => n + Number(w), 0);
  const grid =
    widths.length === columns
      ? widths.map((w) => Math.round((Number(w) / total) * 9638))
      : Array<number>(columns).fill(Math.round(9638 / columns));
  return [
    para(STYLES.tableau, [label("Tableau, largeurs des colonnes : "), { text: words, marks: {} }]),
    { kind: "table", grid, rows: rows(node.children) },
  ];
}

/** Inline content → runs with their marks; sections inside a paragraph as tags in the text. */
function inline(children: readonly XNode[], marks: Marks, ctx: Ctx): WordRun[] {
  const out: WordRun[] = [];
  for (const node of children) {
    if (typeof node === "string") {
      out.push(...textRuns(node.replace(/[ \t\r\n]+/g, " "), marks, ctx));
      continue;
    }
    switch (node.name) {
      case "b":
        out.push(...inline(node.children, { ...marks, bold: true }, ctx));
        break;
      case "i":
        out.push(...inline(node.children, { ...marks, italic: true }, ctx));
        break;
      case "u":
        out.push(...inline(node.children, { ...marks, underline: true }, ctx));
        break;
      case "ref":
        out.push({ text: node.attrs.annexe ?? "", marks, role: "ref" });
        break;
      case "pagecount":
        out.push({ text: "nombre de pages", marks, role: "pagecount" });
        break;
      case "x-section":
        out.push(
          ...section(
            node,
            ctx,
            "",
            (c) => inline(c, marks, ctx),
            (tag) => sectionTag(tag),
          ),
        );
        break;
      default:
        ctx.errors.push(`${NOT_YET} : <${node.name}> dans un paragraphe`);
    }
  }
  return out;
}

/** Text with value tokens → text runs and highlighted tags; a literal brace cannot pass. */
function textRuns(text: string, marks: Marks, ctx: Ctx): WordRun[] {
  if (/[{}]/.test(text))
    ctx.errors.push(`${NOT_YET} : une accolade dans le texte « ${text.trim()} »`);
  const out: WordRun[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), marks });
    out.push({ text: `{${ctx.values[Number(m[1])]}}`, marks, role: "tag" });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), marks });
  return out;
}

/** An attribute's text (a title with values) → runs; whitespace kept as written. */
function attrRuns(text: string, ctx: Ctx): WordRun[] {
  if (/[\r\n\t]/.test(text)) ctx.errors.push(`${NOT_YET} : un retour à la ligne dans « ${text} »`);
  return textRuns(text, {}, ctx);
}

function value(attrs: Record<string, string>, ctx: Ctx): string {
  return ctx.values[Number(attrs.n)] ?? "";
}

function alignOf(align: string | undefined): { align?: Align } {
  return align === undefined ? {} : { align: align as Align };
}
