// What an imported model changes in the acts: a candidate template checked by the loader's own
// checks (in a scratch copy of the templates folder), every act of its type rendered with the
// current template and with it, and the redline of their canonical texts (the review tools'
// word diff, as `actes diff` shows it).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Act } from "../compute/acts.ts";
import type { Computed } from "../compute-folder.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { buildDocument } from "../document/build.ts";
import { type DocumentModel, hasPageCount, withPageCount } from "../document/model.ts";
import { loadNamedTemplates, type Template } from "../document/templates.ts";
import { renderText } from "../render/text.ts";
import type { ActDiff } from "../review/diff-compare.ts";
import { ARTICLE_HEADING, redlineText } from "../review/redline/sections.ts";

/**
 * Why: an imported template must pass what the engine checks when it loads templates (markup,
 * shared blocks, values typed by hand); checked beside a copy of the shared blocks, so nothing
 * is written before it passes. Diagnostics name `shownAs`.
 */
export function checkCandidate(
  templatesDir: string,
  type: string,
  source: string,
  shownAs: string,
): { value?: Template; diagnostics: Diagnostic[] } {
  const scratch = mkdtempSync(join(tmpdir(), "actes-modele-"));
  try {
    cpSync(join(templatesDir, "partials"), join(scratch, "partials"), { recursive: true });
    writeFileSync(join(scratch, `${type}.hbs`), source);
    const loaded = loadNamedTemplates(scratch, [type]);
    const diagnostics = loaded.diagnostics.map((d) =>
      d.file.startsWith(scratch) ? { ...d, file: shownAs } : d,
    );
    const template = loaded.value?.get(type);
    return template && diagnostics.length === 0
      ? { value: { ...template, file: shownAs }, diagnostics }
      : { diagnostics };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The canonical text of one act (a draft: gaps shown); the page count is not laid out here. */
export function actText(
  act: Act,
  template: Template,
  computed: Computed,
): { value?: string; model?: DocumentModel; diagnostics: Diagnostic[] } {
  const built = buildDocument(act, template, computed.data.departement, true);
  if (!built.value) return { diagnostics: built.diagnostics };
  const model = hasPageCount(built.value) ? withPageCount(built.value, 0) : built.value;
  return { value: renderText(model), model: built.value, diagnostics: [] };
}

export interface Wording {
  /** Every act of the type, changed or not, with the redline of the changed ones. */
  readonly acts: readonly ActDiff[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Each act of `type` with the current and the candidate template, compared word for word. */
export function compareWording(
  computed: Computed,
  type: string,
  current: Template,
  candidate: Template,
): Wording {
  const acts: ActDiff[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const act of computed.acts.filter((a) => a.type === type)) {
    const before = actText(act, current, computed);
    const after = actText(act, candidate, computed);
    diagnostics.push(...after.diagnostics);
    if (before.value === undefined || after.value === undefined) continue;
    const partner = act.partenaire.sigle ?? act.partenaire.nom;
    const changed = before.value !== after.value;
    acts.push({
      id: act.id,
      type,
      status: changed ? "changed" : "unchanged",
      partner,
      lines: changed
        ? redlineText(before.value, after.value, (line) =>
            ARTICLE_HEADING.test(line) ? "heading" : "normal",
          )
        : [],
    });
  }
  return { acts, diagnostics };
}
