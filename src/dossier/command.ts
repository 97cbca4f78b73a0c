// `actes dossier`: per session, one PDF (table of contents, bookmarks, continuous page numbers)
// and one DOCX and one text that hold its délibérations, annexes, acts and rapports in the
// seeds' order. compute → documents (parts.ts) → each part's PDF → table of contents → merged
// PDF (merge-pdf.ts) → the same parts in one DOCX and one text → written atomically.
import { join } from "node:path";
import type { Computed } from "../compute-folder.ts";
import { computeFolder } from "../compute-folder.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { closest } from "../diagnostics/suggest.ts";
import { buildFromContext } from "../document/build.ts";
import type { Value } from "../document/context.ts";
import { type DocumentModel, hasPageCount, withPageCount } from "../document/model.ts";
import { loadTemplates, type Template } from "../document/templates.ts";
import type { ParsedFile } from "../load/parse-yaml.ts";
import type { Seance } from "../model/dataset.ts";
import { renderPdfCounted } from "../render/pdf.ts";
import { defaultJobs, MIN_DOCS_PER_WORKER, renderMany } from "../render/pool.ts";
import { renderText } from "../render/text.ts";
import { span } from "../timing.ts";
import { writeAtomic } from "../write/atomic.ts";
import { concatDocuments } from "./concat.ts";
import { headValues } from "./context.ts";
import {
  type DossierSection,
  ExternalAnnexError,
  mergeDossier,
  type PlacedSection,
  readExternalAnnex,
  sectionPages,
} from "./merge-pdf.ts";
import {
  type DossierPart,
  loadSessionTemplates,
  type SessionDossier,
  SOMMAIRE,
  sessionDossier,
} from "./parts.ts";

export interface DossierOptions {
  readonly dataDir: string;
  readonly templatesDir: string;
  readonly outDir: string;
  /** Session ids (cp-2022-11-21); every session when empty. */
  readonly sessions: readonly string[];
  readonly onProgress?: (seance: string) => void;
}

export interface WrittenDossier {
  readonly seance: string;
  /** The files written, relative to the out folder. */
  readonly files: readonly string[];
  readonly pages: number;
  readonly parts: number;
  readonly drafts: number;
}

export interface DossierResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: readonly ParsedFile[];
  readonly written: readonly WrittenDossier[];
  /** French, one per external annex that is not PDF/A, one per session with nothing to print. */
  readonly warnings: readonly string[];
}

export const DOSSIERS_FOLDER = "dossiers";

export async function writeDossiers(options: DossierOptions): Promise<DossierResult> {
  const started = performance.now();
  const computed = computeFolder(options.dataDir);
  span("chargement", started);
  if (!computed.value) return { ...computed, written: [], warnings: [] };
  const c = computed.value;
  const fail = (diagnostics: readonly Diagnostic[]): DossierResult => ({
    diagnostics: [...computed.diagnostics, ...diagnostics],
    sources: computed.sources,
    written: [],
    warnings: [],
  });
  const selected = selectSessions(c, options.sessions, options.dataDir);
  if ("diagnostics" in selected) return fail(selected.diagnostics);
  const actTemplates = loadTemplates(options.templatesDir);
  const sessionTemplates = loadSessionTemplates(options.templatesDir, c);
  if (!actTemplates.value || !sessionTemplates.value)
    return fail([...actTemplates.diagnostics, ...sessionTemplates.diagnostics]);
  // Every session's documents, and every external annex read, before the first PDF is rendered:
  // a template that fails or a missing annex stops the run with nothing written.
  const building = performance.now();
  const dossiers = [];
  const problems: Diagnostic[] = [];
  const warnings: string[] = [];
  for (const seance of selected.seances) {
    const built = sessionDossier(c, seance, actTemplates.value, sessionTemplates.value);
    problems.push(...built.diagnostics);
    if (built.value && built.value.parts.length > 0) dossiers.push(built.value);
    else if (built.value)
      warnings.push(
        `${seance.id} : rien à mettre au dossier (ni délibération avec un modèle, ni acte) : aucun fichier écrit`,
      );
  }
  if (problems.length > 0) return fail(problems);
  const externals = new Map<DossierPart, Awaited<ReturnType<typeof readExternalAnnex>>>();
  for (const dossier of dossiers) {
    for (const part of leaves(dossier.parts)) {
      if (!part.external) continue;
      try {
        externals.set(part, await readExternalAnnex(part.external));
      } catch (error) {
        if (!(error instanceof ExternalAnnexError)) throw error;
        problems.push(externalDiagnostic(part, error));
      }
    }
  }
  if (problems.length > 0) return fail(problems);
  span("construction", building);
  const renderingParts = performance.now();
  const renderedParts = await renderParts(dossiers);
  span("rendu des pièces", renderingParts);
  const written: WrittenDossier[] = [];
  for (const dossier of dossiers) {
    const rendered = renderedParts.get(dossier) ?? new Map();
    const sections = toSections(dossier.parts, rendered, externals);
    const front = performance.now();
    const sommaire = await frontPart(
      c,
      dossier.seance,
      dossier.title,
      sections,
      // biome-ignore lint/style/noNonNullAssertion: loadSessionTemplates loads the sommaire.
      sessionTemplates.value.get(SOMMAIRE)!,
    );
    if ("diagnostics" in sommaire) return fail(sommaire.diagnostics);
    span("sommaire", front);
    const merging = performance.now();
    const merged = await mergeDossier({ front: sommaire.pdf, sections });
    warnings.push(...merged.warnings);
    span("fusion", merging);
    const docs = leaves(dossier.parts).flatMap((p) => {
      const r = rendered.get(p);
      return r ? [r.doc] : p.external ? [externalNotice(p)] : [];
    });
    const whole = concatDocuments(sommaire.doc, docs);
    const base = join(DOSSIERS_FOLDER, dossier.seance.id);
    const { renderDocx } = await import("../render/docx.ts");
    const docxStarted = performance.now();
    const docx = new Uint8Array(renderDocx(whole));
    span("docx", docxStarted);
    const txtStarted = performance.now();
    const txt = renderText(whole);
    span("txt", txtStarted);
    const writing = performance.now();
    const files: [string, Uint8Array | string][] = [
      [`${base}.pdf`, merged.pdf],
      [`${base}.docx`, docx],
      [`${base}.txt`, txt],
    ];
    for (const [file, bytes] of files)
      writeAtomic(join(options.outDir, file), bytes, { inside: options.outDir });
    span("écriture", writing);
    written.push({
      seance: dossier.seance.id,
      files: files.map(([f]) => f),
      pages: sommaire.total,
      parts: rendered.size + externals.size,
      drafts: [...rendered.values()].filter((r) => r.doc.draft).length,
    });
    options.onProgress?.(dossier.seance.id);
  }
  return { diagnostics: computed.diagnostics, sources: computed.sources, written, warnings };
}

type RenderedPart = { pdf: Uint8Array; pages: number; doc: DocumentModel };

/**
 * Every part's PDF, without its footer (the merged PDF numbers its pages across the parts), on
 * the render workers when there are enough parts to pay for them (render/pool.ts).
 */
async function renderParts(
  dossiers: readonly SessionDossier[],
): Promise<Map<SessionDossier, Map<DossierPart, RenderedPart>>> {
  const all = dossiers.flatMap((dossier) =>
    leaves(dossier.parts).flatMap((part) => (part.doc ? [{ dossier, part, doc: part.doc }] : [])),
  );
  const out = new Map(dossiers.map((d) => [d, new Map<DossierPart, RenderedPart>()]));
  const failures: string[] = [];
  await renderMany(
    all.map((a) => a.doc),
    ["pdf"],
    defaultJobs(),
    (index, result) => {
      // biome-ignore lint/style/noNonNullAssertion: indexes come from `all`.
      const { dossier, part, doc } = all[index]!;
      if (!result.ok || result.files.pdf === undefined || result.pages === undefined) {
        failures.push(`${part.title} : ${result.ok ? "pas de PDF" : result.error}`);
        return;
      }
      // « Ce document comprend N pages »: the part's own count, in the DOCX and the text too.
      const counted = hasPageCount(doc) ? withPageCount(doc, result.pages) : doc;
      out.get(dossier)?.set(part, { pdf: result.files.pdf, pages: result.pages, doc: counted });
    },
    DOSSIER_DOCS_PER_WORKER,
    { pageNumbers: false },
  );
  if (failures.length > 0) throw new Error(`dossier : rendu impossible\n${failures.join("\n")}`);
  return out;
}

/**
 * Why not fewer: on the 2-core machine the 40 parts of 21 November 2022 took 3.9 s on two
 * workers against 3.4 s in this thread (npm run bench): V8 already uses the second core.
 */
const DOSSIER_DOCS_PER_WORKER = MIN_DOCS_PER_WORKER;

function selectSessions(
  c: Computed,
  ids: readonly string[],
  dataDir: string,
): { seances: Seance[] } | { diagnostics: Diagnostic[] } {
  if (ids.length === 0) return { seances: [...c.data.seances] };
  const known = c.data.seances.map((s) => s.id);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    return {
      diagnostics: unknown.map((id) => {
        const near = closest(id, known);
        return {
          code: "REFERENCE_INCONNUE",
          severity: "error",
          file: dataDir,
          message: `séance inconnue « ${id} »${near ? ` : voulez-vous dire « ${near} » ?` : ""}`,
          expected: `une séance de ${dataDir} : ${known.join(", ")}`,
          found: id,
        };
      }),
    };
  }
  return { seances: c.data.seances.filter((s) => ids.includes(s.id)) };
}

/** The parts that hold pages (a document or an external PDF), in the dossier's order. */
function leaves(parts: readonly DossierPart[]): DossierPart[] {
  return parts.flatMap((p) => [...(p.doc || p.external ? [p] : []), ...leaves(p.children ?? [])]);
}

function toSections(
  parts: readonly DossierPart[],
  rendered: ReadonlyMap<DossierPart, { pdf: Uint8Array; pages: number }>,
  externals: ReadonlyMap<DossierPart, Awaited<ReturnType<typeof readExternalAnnex>>>,
): DossierSection[] {
  return parts.map((p) => {
    const own = rendered.get(p) ?? externals.get(p);
    return {
      title: p.title,
      ...(own ? { pdf: own } : {}),
      ...(p.children ? { children: toSections(p.children, rendered, externals) } : {}),
    };
  });
}

/**
 * The table of contents, with the page each part opens at. Its own length moves every number:
 * laid out with a guess of its page count until the count it prints is its count.
 */
async function frontPart(
  c: Computed,
  seance: Seance,
  title: string,
  sections: readonly DossierSection[],
  template: Template,
): Promise<{ pdf: Uint8Array; doc: DocumentModel; total: number } | { diagnostics: Diagnostic[] }> {
  // A first guess that is usually right saves a layout: about 20 entries fit on a page (a
  // title of two lines, the header), and the loop corrects a wrong guess.
  let guess = Math.max(1, Math.ceil(entries(sectionPages(sections, 1).sections, 1).length / 20));
  for (let layout = 0; layout < 4; layout++) {
    const placed = sectionPages(sections, guess);
    const context: { [key: string]: Value } = {
      ...headValues(c.data.departement, seance.date),
      dossier: { titre: title },
      entrees: entries(placed.sections, 1),
    };
    const built = buildFromContext("sommaire", template, context, c.data.departement, false);
    if (!built.value) return { diagnostics: built.diagnostics };
    const { pdf, pages } = await renderPdfCounted(built.value, { pageNumbers: false });
    if (pages === guess) return { pdf: new Uint8Array(pdf), doc: built.value, total: placed.total };
    guess = pages;
  }
  throw new Error("dossier: the table of contents' page count does not settle");
}

function entries(sections: readonly PlacedSection[], level: number): Value[] {
  return sections.flatMap((s) => [
    {
      titre: s.title,
      page: String(s.start),
      niveau1: level === 1,
      niveau2: level === 2,
    },
    ...entries(s.children, level + 1),
  ]);
}

/** An external annex in the DOCX and the text: its title and where its pages are. */
function externalNotice(part: DossierPart): DocumentModel {
  return {
    title: part.title,
    subject: part.title,
    letterhead: [],
    draft: false,
    blocks: [
      { kind: "heading", level: 1, align: "center", runs: [{ text: part.title, bold: true }] },
      {
        kind: "paragraph",
        runs: [
          {
            text: `Pièce reçue en PDF, jointe telle quelle au dossier PDF : ${part.external?.path}`,
          },
        ],
      },
    ],
  };
}

function externalDiagnostic(part: DossierPart, error: ExternalAnnexError): Diagnostic {
  const [file = "", line, column] = (part.external?.declaredIn ?? "").split(":");
  return {
    code: "FICHIER_ILLISIBLE",
    severity: "error",
    file,
    ...(line && column ? { start: { line: Number(line), column: Number(column) } } : {}),
    message: error.message,
    hint: error.hint,
  };
}
