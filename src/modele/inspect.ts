// docxtemplater judges a Word model's tags before we read it (`actes modele importer`): the .docx
// is compiled (not rendered) with its InspectModule, our tags taught to its parser ({#si x} and
// {#chaque x} are sections closed by {/si} and {/chaque}; any other tag is a value). Each error it
// finds becomes a French message naming the paragraph; when it accepts the document, the tags it
// saw must be the tags our own reading (tags.ts) finds, with the same nesting: a difference is
// our bug, said as such, never silently settled for one side.
import Docxtemplater from "docxtemplater";
import type Inspect from "docxtemplater/js/inspect-module.js";
import inspectModule from "docxtemplater/js/inspect-module.js";
import PizZip from "pizzip";
import { SKIPPED } from "./docx-read.ts";
import { type Piece, piecesOf } from "./tags.ts";
import { describe, paragraphWords } from "./to-template.ts";
import type { WordBlock, WordParagraph } from "./word.ts";

const DOCUMENT = "word/document.xml";
// The package exports a factory (its typings say a class).
const newInspect = inspectModule as unknown as () => Inspect.default;

/** A tag as both sides name it, with the tags inside it when it is a section. */
export interface TagNode {
  readonly tag: string;
  readonly children?: readonly TagNode[];
}

/** Teaches docxtemplater our sections; every other tag is a plain value (no raw XML for @…). */
const actesTags = () => ({
  name: "ActesTags",
  matchers: () => [
    [
      /^\s*([#^])\s*(si|chaque)\s+(\S+)\s*$/u,
      "loop",
      (m: RegExpMatchArray) => ({
        location: "start",
        expandTo: "auto",
        inverted: m[1] === "^",
        value: m[2],
        priority: 100,
      }),
    ],
    [
      /^\s*\/\s*(si|chaque)(?:\s+\S+)?\s*$/u,
      "loop",
      (m: RegExpMatchArray) => ({ location: "end", value: m[1], priority: 100 }),
    ],
    [
      (content: string) => (/^\s*[#^/]/u.test(content) ? false : content),
      undefined,
      { priority: 100 },
    ],
  ],
});

type Judged =
  | { readonly tags: readonly TagNode[]; readonly errors?: undefined }
  | { readonly errors: readonly string[]; readonly tags?: undefined };

/** docxtemplater's verdict on the document's tags: its tags, or every error in French. */
export function inspectTags(bytes: Uint8Array, blocks: readonly WordBlock[]): Judged {
  const zip = new PizZip(bytes);
  const inspect = newInspect();
  let locator: Locator | undefined;
  const where = () => {
    locator ??= new Locator(zip.file(DOCUMENT)?.asText() ?? "", blocks);
    return locator;
  };
  try {
    new Docxtemplater(zip, {
      paragraphLoop: true,
      errorLogging: false,
      delimiters: { start: "{", end: "}" },
      modules: [inspect, actesTags() as never],
    });
  } catch (error) {
    const props = (error as { properties?: DxtProps }).properties;
    if (!props) throw error;
    const all =
      props.id === "multi_error" ? (props.errors ?? []).map((e) => e.properties) : [props];
    return {
      errors: where().report([...all.map((p) => where().locate(p)), ...where().crossings()]),
    };
  }
  const crossing = where().crossings();
  if (crossing.length > 0) return { errors: where().report(crossing) };
  return { tags: inspect.getStructuredTags(DOCUMENT).map(fromPart) };
}

interface DxtProps {
  readonly id: string;
  readonly explanation?: string;
  readonly file?: string;
  readonly offset?: number | readonly number[];
  readonly xtag?: string;
  readonly openingtag?: string;
  readonly closingtag?: string;
  readonly errors?: readonly { readonly properties: DxtProps }[];
}

interface DxtPart {
  readonly module?: string;
  readonly raw?: string;
  readonly value: string;
  readonly subparsed?: readonly DxtPart[];
}

function fromPart(part: DxtPart): TagNode {
  const tag = normal(part.raw ?? part.value);
  return part.module === "loop" ? { tag, children: (part.subparsed ?? []).map(fromPart) } : { tag };
}

const normal = (tag: string) =>
  tag
    .trim()
    .replace(/^([#^])\s*/u, "$1")
    .replace(/\s+/gu, " ");

/** Where docxtemplater's offsets (in the raw text of the w:t of document.xml) fall. */
class Locator {
  private readonly text: string;
  private readonly starts: number[] = [];
  private readonly numbers: number[] = [];
  private readonly paragraphs: WordParagraph[];

  constructor(xml: string, blocks: readonly WordBlock[]) {
    this.paragraphs = paragraphsOf(blocks);
    let text = "";
    let skip = 0;
    let count = 0;
    const open: number[] = [];
    let inText = false;
    for (const [token] of xml.matchAll(/<[^>]*>|[^<]+/gu)) {
      if (!token.startsWith("<")) {
        if (inText) {
          this.starts.push(text.length);
          this.numbers.push(open[open.length - 1] ?? count);
          text += token;
        }
        continue;
      }
      if (token.startsWith("<?") || token.startsWith("<!")) continue;
      const name = /^<\/?([^\s/>]+)/u.exec(token)?.[1] ?? "";
      const closing = token.startsWith("</");
      if (token.endsWith("/>")) continue;
      if (name === "w:t" || name === "m:t") inText = !closing;
      if (closing) {
        if (skip > 0) skip--;
        else if (name === "w:p") open.pop();
      } else if (skip > 0 || SKIPPED.has(name)) skip++;
      else if (name === "w:p") open.push(++count);
    }
    this.text = text;
  }

  private paragraphAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) {
        found = this.numbers[mid] ?? 0;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The tag written at `offset`, up to its « } » or the end of its paragraph. */
  private tagAt(offset: number): string {
    const para = this.paragraphAt(offset);
    let end = offset;
    while (end < this.text.length && end - offset < 60 && this.paragraphAt(end) === para) {
      if (end > offset && this.text[end] === "{") break;
      end++;
      if (this.text[end - 1] === "}") break;
    }
    return fromXml(this.text.slice(offset, end)).trimEnd();
  }

  /** docxtemplater's error, in French, at the paragraph of its last offset (0: another file). */
  locate(p: DxtProps): Located {
    const offsets = typeof p.offset === "number" ? [p.offset] : [...(p.offset ?? [])];
    const [first, last = first] = offsets;
    const message = frenchOf(p, first === undefined ? "" : this.tagAt(first), (o) => ({
      tag: this.tagAt(o),
      paragraph: this.paragraphAt(o),
    }));
    if ((p.file ?? DOCUMENT) !== DOCUMENT || last === undefined) {
      return { paragraph: 0, message: `${p.file ?? DOCUMENT} : ${message}` };
    }
    return { paragraph: this.paragraphAt(last), message };
  }

  /**
   * What docxtemplater accepts and a model cannot hold: a tag whose « { » and « } » are in two
   * paragraphs (docxtemplater joins them, dropping the paragraph break). Same text it reads.
   */
  crossings(): Located[] {
    const found: Located[] = [];
    for (let at = this.text.indexOf("{"); at >= 0; at = this.text.indexOf("{", at + 1)) {
      const rest = /[{}]/u.exec(this.text.slice(at + 1));
      if (rest?.[0] !== "}") continue;
      const end = at + 1 + rest.index;
      const [from, to] = [this.paragraphAt(at), this.paragraphAt(end)];
      if (from === to) continue;
      found.push(
        { paragraph: from, message: `la balise « ${this.tagAt(at)} » n’est pas fermée par « } »` },
        { paragraph: to, message: "accolade « } » sans « { » avant elle" },
      );
    }
    return found;
  }

  /** Messages in paragraph order, each naming its paragraph as to-template.ts does. */
  report(located: readonly Located[]): string[] {
    return [...located]
      .sort((a, b) => a.paragraph - b.paragraph)
      .map(({ paragraph, message }) => {
        const p = this.paragraphs[paragraph - 1];
        return paragraph === 0
          ? message
          : describe({ paragraph, words: p ? paragraphWords(p) : "", message });
      });
  }
}

interface Located {
  readonly paragraph: number;
  readonly message: string;
}

function frenchOf(
  p: DxtProps,
  tag: string,
  at: (offset: number) => { tag: string; paragraph: number },
): string {
  const [o0, o1] = typeof p.offset === "number" ? [p.offset] : (p.offset ?? []);
  switch (p.id) {
    case "unclosed_tag":
      return `la balise « ${tag} » n’est pas fermée par « } »`;
    case "unopened_tag":
      return "accolade « } » sans « { » avant elle";
    case "duplicate_open_tag":
      return `accolade « { » en double dans « ${tag} » : une balise s’écrit {nom}`;
    case "duplicate_close_tag":
      return "accolade « } » en double : une balise s’écrit {nom}";
    case "unclosed_loop":
      return `section « ${tag} » jamais fermée : son « {/${p.xtag}} » manque`;
    case "unopened_loop":
      return `« ${tag} » sans section ouverte avant lui`;
    case "closing_tag_does_not_match_opening_tag": {
      const open = o0 === undefined ? undefined : at(o0);
      const close = o1 === undefined ? tag : at(o1).tag;
      return `« ${close} » ferme la section « ${open?.tag ?? p.openingtag} »${open ? ` (paragraphe ${open.paragraph})` : ""} : écrivez {/${p.openingtag}}`;
    }
    case "unbalanced_loop_tags": {
      const close = o1 === undefined ? "" : at(o1).tag;
      return `la section « ${tag} » et celle fermée par « ${close} » se chevauchent : fermez d’abord la dernière ouverte`;
    }
    case "loop_position_invalid":
      return `les balises de la section « ${p.xtag} » sont mal placées (l’une dans un tableau, l’autre hors de lui) : ouvrez-la et fermez-la au même niveau`;
    default:
      return `docxtemplater refuse ${tag === "" ? "le document" : `la balise « ${tag} »`} (${p.id} : ${p.explanation ?? ""})`;
  }
}

const fromXml = (t: string) =>
  t
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, "&");

/** The paragraphs in the order our diagnostics number them, tables' included. */
function paragraphsOf(blocks: readonly WordBlock[]): WordParagraph[] {
  return blocks.flatMap((b) =>
    b.kind === "paragraph" ? [b] : b.rows.flat().flatMap((c) => paragraphsOf(c.blocks)),
  );
}

/**
 * The tags our reading finds, nested as their sections are; undefined when it finds a problem
 * of its own in them (to-template.ts reports it, with its paragraph).
 */
export function ourTags(blocks: readonly WordBlock[]): TagNode[] | undefined {
  const root: { tag: string; children: TagNode[]; close?: string }[] = [{ tag: "", children: [] }];
  for (const p of paragraphsOf(blocks)) {
    const { pieces, errors } = piecesOf(p);
    if (errors.length > 0) return undefined;
    for (const piece of pieces) {
      const tag = tagOf(piece);
      if (tag === undefined) continue;
      const top = root[root.length - 1] as (typeof root)[number];
      if (piece.kind === "open") {
        const node = { tag, children: [], close: piece.section === "each" ? "chaque" : "si" };
        top.children.push(node);
        root.push(node);
      } else if (piece.kind === "close") {
        if (root.length === 1 || top.close !== piece.section) return undefined;
        root.pop();
      } else top.children.push({ tag });
    }
  }
  return root.length === 1 ? strip(root[0]?.children ?? []) : undefined;
}

function strip(nodes: readonly TagNode[]): TagNode[] {
  return nodes.map((n) =>
    n.children ? { tag: n.tag, children: strip(n.children) } : { tag: n.tag },
  );
}

function tagOf(piece: Piece): string | undefined {
  switch (piece.kind) {
    case "value":
      return normal(piece.expr);
    case "open":
      return `${piece.section === "each" ? "#chaque" : piece.section === "if" ? "#si" : "^si"} ${piece.expr}`;
    case "else":
      return "sinon";
    case "partial":
      return normal(piece.call);
    case "close":
      return "";
    default:
      return undefined;
  }
}

/** The first tag where the two readings differ, said for the user; undefined when they agree. */
export function disagreement(
  theirs: readonly TagNode[],
  ours: readonly TagNode[],
  path = "",
): string | undefined {
  const n = Math.max(theirs.length, ours.length);
  for (let i = 0; i < n; i++) {
    const a = theirs[i];
    const b = ours[i];
    const within = path === "" ? "" : ` dans la section « {${path}} »`;
    if (!a || !b || a.tag !== b.tag || !a.children !== !b.children) {
      return `erreur interne : docxtemplater lit ${a ? `« {${a.tag}} »` : "aucune balise"} là où notre lecture lit ${b ? `« {${b.tag}} »` : "aucune balise"}${within} (balise ${i + 1})`;
    }
    if (a.children && b.children) {
      const inner = disagreement(a.children, b.children, a.tag);
      if (inner) return inner;
    }
  }
  return undefined;
}
