// The documents of a session's dossier (délibérations, répartition, acts, rapports), built as
// `actes dossier` builds them, by title; and their canonical text.
import type { Computed } from "../../src/compute-folder.ts";
import { computeFolder } from "../../src/compute-folder.ts";
import type { DocumentModel } from "../../src/document/model.ts";
import { loadTemplates } from "../../src/document/templates.ts";
import { type DossierPart, loadSessionTemplates, sessionDossier } from "../../src/dossier/parts.ts";
import { NBSP, NNBSP } from "../../src/format/fr/typography.ts";
import { renderText } from "../../src/render/text.ts";
import { DEFAULT_DATA } from "./dataset.ts";

const TEMPLATES = new URL("../../templates", import.meta.url).pathname;

export function computedData(dir = DEFAULT_DATA): Computed {
  const computed = computeFolder(dir);
  if (!computed.value) throw new Error(JSON.stringify(computed.diagnostics, null, 2));
  return computed.value;
}

/** Every part of the session's dossier, depth-first, by title. */
export function sessionParts(session: string, computed = computedData()): Map<string, DossierPart> {
  const acts = loadTemplates(TEMPLATES);
  const own = loadSessionTemplates(TEMPLATES, computed);
  if (!acts.value || !own.value) throw new Error(JSON.stringify(own.diagnostics, null, 2));
  const seance = computed.data.seances.find((s) => s.id === session);
  if (!seance) throw new Error(`no session ${session}`);
  const built = sessionDossier(computed, seance, acts.value, own.value);
  if (!built.value) throw new Error(JSON.stringify(built.diagnostics, null, 2));
  const parts = new Map<string, DossierPart>();
  const walk = (p: DossierPart) => {
    parts.set(p.title, p);
    for (const c of p.children ?? []) walk(c);
  };
  built.value.parts.forEach(walk);
  return parts;
}

/** The canonical text of one document of the session's dossier. */
export function partText(session: string, title: string, computed = computedData()): string {
  const doc: DocumentModel | undefined = sessionParts(session, computed).get(title)?.doc;
  if (!doc) throw new Error(`no document « ${title} » in ${session}`);
  return renderText(doc);
}

/** The engine's typography read as people type it: U+202F, U+00A0 → space, ’ → '. */
export const plain = (s: string) =>
  s.replaceAll(NNBSP, " ").replaceAll(NBSP, " ").replaceAll("’", "'");

export interface SessionTexts {
  /** Every part's title, depth first, as the table of contents lists them. */
  readonly titles: readonly string[];
  /** The canonical text of the part titled so, with plain spaces and apostrophes (see plain). */
  readonly text: (title: string) => string;
  /** Whether that part is a draft (it shows values to complete). */
  readonly draft: (title: string) => boolean;
}

/** The dossier of `seanceId` in `dataDir`, each document by its title. */
export function sessionTexts(dataDir: string, seanceId: string): SessionTexts {
  const parts = sessionParts(seanceId, computedData(dataDir));
  const doc = (title: string) => {
    const found = parts.get(title)?.doc;
    if (!found) throw new Error(`no document « ${title} » in ${[...parts.keys()]}`);
    return found;
  };
  return {
    titles: [...parts.keys()],
    text: (title) => plain(renderText(doc(title))),
    draft: (title) => doc(title).draft === true,
  };
}

/**
 * A document's canonical text, its no-break spaces (before « : », inside « 500 000,00 € »)
 * read as spaces, so that it compares with the seed's wording.
 */
export function textOf(parts: ReadonlyMap<string, DossierPart>, title: string): string {
  const doc = parts.get(title)?.doc;
  if (!doc) throw new Error(`no document « ${title} » in ${[...parts.keys()].join(" / ")}`);
  return renderText(doc).replace(/[\u00a0\u202f]/gu, " ");
}

/** The text after « label : » on the line that starts with it, without its final period. */
export function listAfter(text: string, label: string): string[] {
  const line = text.split("\n").find((l) => l.startsWith(`${label} : `));
  if (line === undefined) throw new Error(`no line « ${label} : »`);
  return line
    .slice(label.length + 3)
    .replace(/\.$/, "")
    .split(", ");
}

/** The decision's articles: heading → text, in order, up to the vote. */
export function articles(text: string): [string, string][] {
  const decision = text.slice(
    text.indexOf("DÉCIDE :"),
    text.indexOf("Dans les conditions de vote"),
  );
  return [
    ...decision.matchAll(/^(Article (?:\d+|unique)) :\n([\s\S]*?)(?=\nArticle |(?![\s\S]))/gmu),
  ].map((m) => [m[1] ?? "", (m[2] ?? "").trim()]);
}

/** The one line of a text that starts with `start`. */
export function lineStarting(text: string, start: string): string {
  const found = text.split("\n").filter((l) => l.startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} lines start with « ${start} »`);
  return found[0] as string;
}

/** « Article 3 : » and the paragraph after it. */
export function article(text: string, heading: string): string {
  const lines = text.split("\n");
  const i = lines.indexOf(heading);
  if (i < 0) throw new Error(`no « ${heading} »`);
  return lines[i + 1] ?? "";
}
