// Test helper: one session's dossier built as the command builds it (the data folder computed,
// the act and session templates loaded), each document as its canonical text.
import { join } from "node:path";
import { computeFolder } from "../../src/compute-folder.ts";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.ts";
import { loadTemplates } from "../../src/document/templates.ts";
import { type DossierPart, loadSessionTemplates, sessionDossier } from "../../src/dossier/parts.ts";
import { NBSP, NNBSP } from "../../src/format/fr/typography.ts";
import { renderText } from "../../src/render/text.ts";

const TEMPLATES = join(import.meta.dirname, "..", "..", "templates");

export interface SessionTexts {
  /** Every part's title, depth first, as the table of contents lists them. */
  readonly titles: readonly string[];
  /** The canonical text of the part titled so, with plain spaces and apostrophes (see plain). */
  readonly text: (title: string) => string;
  /** Whether that part is a draft (it shows values to complete). */
  readonly draft: (title: string) => boolean;
}

/** The engine's typography read as people type it: U+202F, U+00A0 → space, ’ → '. */
export const plain = (s: string) =>
  s.replaceAll(NNBSP, " ").replaceAll(NBSP, " ").replaceAll("’", "'");

/** The dossier of `seanceId` in `dataDir`; throws with the diagnostics when it cannot be built. */
export function sessionTexts(dataDir: string, seanceId: string): SessionTexts {
  const fail = (what: string, d: readonly Diagnostic[]) => {
    throw new Error(`${what}: ${JSON.stringify(d, null, 1)}`);
  };
  const computed = computeFolder(dataDir);
  if (!computed.value) return fail("data", computed.diagnostics);
  const acts = loadTemplates(TEMPLATES);
  if (!acts.value) return fail("act templates", acts.diagnostics);
  const session = loadSessionTemplates(TEMPLATES, computed.value);
  if (!session.value) return fail("session templates", session.diagnostics);
  const seance = computed.value.data.seances.find((s) => s.id === seanceId);
  if (!seance) throw new Error(`no session ${seanceId}`);
  const dossier = sessionDossier(computed.value, seance, acts.value, session.value);
  if (!dossier.value) return fail("dossier", dossier.diagnostics);
  const parts: DossierPart[] = [];
  const walk = (p: DossierPart) => {
    parts.push(p);
    for (const c of p.children ?? []) walk(c);
  };
  for (const p of dossier.value.parts) walk(p);
  const doc = (title: string) => {
    const found = parts.find((p) => p.title === title)?.doc;
    if (!found) throw new Error(`no document « ${title} » in ${parts.map((p) => p.title)}`);
    return found;
  };
  return {
    titles: parts.map((p) => p.title),
    text: (title) => plain(renderText(doc(title))),
    draft: (title) => doc(title).draft === true,
  };
}

/** The lines of a text, and the one that starts with `start` (exactly one). */
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
