// A session's dossier as the seeds assemble it, for each of its deliberations: the délibération,
// its annexe « répartition financière » (when it funds allocation lines), the acts it authorises,
// the rapport, then the PDF annexes received from outside. Documents only: rendering and merging
// are the command's (dossier/command.ts).
import { dirname, join } from "node:path";
import type { Act } from "../compute/acts.ts";
import type { Computed } from "../compute-folder.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { buildFromContext } from "../document/build.ts";
import { documentGaps } from "../document/gaps.ts";
import type { DocumentModel } from "../document/model.ts";
import { loadNamedTemplates, type Template } from "../document/templates.ts";
import { formatDateLong } from "../format/fr/index.ts";
import type { Seance } from "../model/dataset.ts";
import { assessActs } from "../pipeline.ts";
import { deliberationContext } from "./context.ts";
import { type SessionFigures, sessionFigures } from "./figures.ts";
import type { AnnexeProjets } from "./modeles/autorisations.ts";
import { deliberationModelOf } from "./modeles/index.ts";

export interface DossierPart {
  /** In the table of contents and the bookmarks. */
  readonly title: string;
  readonly doc?: DocumentModel;
  /** A PDF received as it is; `declaredIn` is where seance.yaml names it (file:line:column). */
  readonly external?: { readonly path: string; readonly declaredIn: string };
  readonly children?: readonly DossierPart[];
}

export interface SessionDossier {
  readonly seance: Seance;
  readonly title: string;
  readonly parts: readonly DossierPart[];
}

/** The templates a session's deliberations ask for, besides the acts'. */
export function sessionTemplateNames(computed: Computed): string[] {
  const modeles = new Set<string>();
  for (const s of computed.data.seances) {
    for (const f of sessionFigures(computed, s)) {
      if (f.deliberation.detail.modele !== undefined) modeles.add(f.deliberation.detail.modele);
    }
  }
  return [
    ...[...modeles].sort().flatMap((m) => [`deliberations/${m}`, `rapports/${m}`]),
    REPARTITION,
    SOMMAIRE,
  ];
}

export const REPARTITION = "annexes/repartition";
/** The dossier's first pages: its table of contents. */
export const SOMMAIRE = "dossier/sommaire";

export function loadSessionTemplates(dir: string, computed: Computed) {
  return loadNamedTemplates(dir, sessionTemplateNames(computed));
}

/**
 * Every part of one session's dossier; a template that fails is a diagnostic naming its line,
 * and then no dossier. Documents that show values to complete are drafts, as acts are.
 */
export function sessionDossier(
  computed: Computed,
  seance: Seance,
  actTemplates: ReadonlyMap<string, Template>,
  sessionTemplates: ReadonlyMap<string, Template>,
): { value?: SessionDossier; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const departement = computed.data.departement;
  const build = (
    id: string,
    name: string,
    context: Parameters<typeof buildFromContext>[2],
    letterhead?: readonly string[],
  ) => {
    const template = sessionTemplates.get(name);
    if (!template) throw new Error(`sessionTemplateNames lists ${name}`);
    const final = buildFromContext(id, template, context, departement, false, letterhead);
    diagnostics.push(...final.diagnostics);
    if (!final.value) return undefined;
    return documentGaps(final.value).length > 0 ? { ...final.value, draft: true } : final.value;
  };
  const deliberations = sessionFigures(computed, seance).map((figures): DossierPart => {
    const d = figures.deliberation;
    const context = deliberationContext(figures, departement);
    const modele = d.detail.modele;
    const model = modele === undefined ? undefined : deliberationModelOf(modele);
    const children: DossierPart[] = [];
    const deliberation =
      modele === undefined
        ? undefined
        : build(`délibération n°${d.numero}`, `deliberations/${modele}`, context, []);
    if (deliberation) children.push({ title: `Délibération n°${d.numero}`, doc: deliberation });
    // The annexes' numbers, when the délibération cites them: its parts carry them.
    const numbers = model?.annexes?.(figures);
    if (figures.totals && model?.repartition === true) {
      const annexe = build(`répartition de la délibération n°${d.numero}`, REPARTITION, context);
      const title = "Répartition financière des opérations";
      if (annexe)
        children.push({
          title: numbers ? `Annexe ${numbers.repartition} – ${title}` : title,
          doc: annexe,
        });
    }
    const acts = actParts(computed, figures, actTemplates, diagnostics);
    if (acts.length > 0)
      children.push({ title: "Projets d'actes", children: numbered(acts, numbers?.projets) });
    const rapport =
      modele === undefined
        ? undefined
        : build(`rapport n°${d.rapport}`, `rapports/${modele}`, context);
    if (rapport) children.push({ title: `Rapport n°${d.rapport}`, doc: rapport });
    for (const [i, annexe] of (d.detail.annexes_externes ?? []).entries()) {
      const span = seance.origin.source.locate([...d.path, "annexes_externes", i, "fichier"]);
      const where = span?.start ? `:${span.start.line}:${span.start.column}` : "";
      children.push({
        title: annexe.titre,
        external: {
          path: join(dirname(seance.origin.source.file), annexe.fichier),
          declaredIn: `${seance.origin.source.file}${where}`,
        },
      });
    }
    return { title: `${d.intitule} (n°${d.numero})`, children };
  });
  if (diagnostics.length > 0) return { diagnostics };
  return {
    value: {
      seance,
      title: `Commission Permanente du ${formatDateLong(seance.date)} – dossier de séance`,
      // A deliberation with nothing to print yet (no model, no act) has no part in the dossier.
      parts: deliberations.filter((d) => (d.children ?? []).length > 0),
    },
    diagnostics,
  };
}

interface ActPart extends DossierPart {
  readonly act: Act;
}

/** The acts a deliberation authorises: final when ready to sign, else drafts (as generate). */
function actParts(
  computed: Computed,
  figures: SessionFigures,
  templates: ReadonlyMap<string, Template>,
  diagnostics: Diagnostic[],
): ActPart[] {
  return assessActs(computed, figures.acts, templates).flatMap((a) => {
    diagnostics.push(...a.failure);
    if (!a.doc) return [];
    return [{ act: a.act, title: a.doc.title, doc: a.ready ? { ...a.doc, draft: false } : a.doc }];
  });
}

/**
 * The acts under the annexes the délibération gives them (« Annexe 6 – Accompagnement Global
 * (24 avenants) »), in the annexes' order; as they come when it numbers none.
 */
function numbered(
  acts: readonly ActPart[],
  annexes: readonly AnnexeProjets[] | undefined,
): DossierPart[] {
  if (annexes === undefined) return [...acts];
  const filed = new Set<Act>();
  const groups = [...annexes]
    .sort((a, b) => a.annexe - b.annexe)
    .flatMap((annexe): DossierPart[] => {
      const own = acts.filter((p) => annexe.acts.includes(p.act));
      const [first] = own;
      if (first === undefined) return [];
      for (const p of own) filed.add(p.act);
      const what = first.act.kind === "lignes" ? first.act.head.operation.intitule : first.title;
      const noun = first.act.type.startsWith("convention") ? "convention" : "avenant";
      const count = `${own.length} ${noun}${own.length > 1 ? "s" : ""}`;
      return [{ title: `Annexe ${annexe.annexe} – ${what} (${count})`, children: own }];
    });
  return [...groups, ...acts.filter((p) => !filed.has(p.act))];
}
