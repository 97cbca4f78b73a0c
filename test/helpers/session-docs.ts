// The documents of a session's dossier (délibérations, répartition, acts, rapports), built as
// `actes dossier` builds them, by title; and their canonical text.
import type { Computed } from "../../src/compute-folder.ts";
import { computeFolder } from "../../src/compute-folder.ts";
import type { DocumentModel } from "../../src/document/model.ts";
import { loadTemplates } from "../../src/document/templates.ts";
import { type DossierPart, loadSessionTemplates, sessionDossier } from "../../src/dossier/parts.ts";
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
