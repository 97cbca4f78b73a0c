// Every allocation line with its figures, and the acts: one per session, act type, partner and
// convention. SAMPS's two Accompagnement Global lines (Arrageois, Lens Liévin) under one
// convention make one avenant listing both territories; lines under distinct conventions make
// distinct acts.

import type { ActType } from "../act-types.ts";
import type { CountStep } from "../declared/declared.ts";
import { declaredModule } from "../declared/index.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { dispositifModule } from "../dispositifs/index.ts";
import { formatEuros } from "../format/fr/index.ts";
import type { Dataset, DeclaredAct, Located, Origin, Seance } from "../model/dataset.ts";
import { isGap } from "../model/gap.ts";
import type { LigneBudgetaire } from "../model/lignes-budgetaires.ts";
import type { AllocationData } from "../model/operations.ts";
import type { Partenaire } from "../model/partenaire.ts";
import { type Period, periodSource, resolvePeriod } from "../model/period.ts";
import { report } from "../model/rules/report.ts";
import { type AllocationContext, allocationsOf } from "../model/walk.ts";
import { sum } from "../money/money.ts";
import { assignActIds } from "./act-id.ts";
import { withAdvance } from "./advance.ts";
import { computeFigures } from "./dispositif-figures.ts";
import type { Figures } from "./figures.ts";
import { splitByPercents } from "./split.ts";

export interface Line extends AllocationContext {
  readonly partenaire: Partenaire & Located;
  readonly ligne: LigneBudgetaire;
  /** The line's territory (allocation.territoire), when the data gives one. */
  readonly territory: string | undefined;
  /** The line's places (allocation.places), for the dispositifs financed by the place. */
  readonly places: AllocationData["places"];
  readonly period: Period | undefined;
  /** This line's own figures. */
  readonly figures: Figures;
}

/** The deliberation that authorises an act: its session's, or another of the same session. */
export interface Deliberation {
  readonly numero: string;
  readonly rapport: string;
  readonly intitule: string;
}

interface ActBase {
  /** "cp-2022-11-21/avenant-ag/samps": the act's path in the output folder (act-id.ts). */
  readonly id: string;
  readonly type: ActType;
  readonly seance: Seance;
  readonly deliberation: Deliberation;
  /** The first party after the Département: the act is named after it. */
  readonly partenaire: Partenaire & Located;
  /** Every party besides the Département, in the act's order; each signs. */
  readonly parties: readonly (Partenaire & Located)[];
  /** The convention's number when known; undefined when absent or « À COMPLÉTER ». */
  readonly convention: string | undefined;
  readonly period: Period | undefined;
  /** Where the data writes the act: its declaration, or its first line. */
  readonly origin: Origin;
}

/**
 * An act derived from allocation lines: one per session, act type, partner and convention.
 * `head` is its first line (what all its lines share: operation, line, partner, period);
 * `lines` lists every line; the figures are those of the act as a whole.
 */
export interface LinesAct extends ActBase {
  readonly kind: "lignes";
  readonly head: Line;
  /** Every line of the act, in data order (one, or several territories of one partner). */
  readonly lines: readonly Line[];
  /** The act's figures: total = the lines' totals summed; advance and balance on that total. */
  readonly figures: Figures;
}

/** An act declared in the session's actes.yaml (src/declared/). */
export interface DeclaredActInstance extends ActBase {
  readonly kind: "declare";
  readonly declared: DeclaredAct;
  readonly lines: readonly Line[];
  /** None for an act that moves no money (an avenant de durée). */
  readonly figures: Figures | undefined;
  /** Its figures that are counts (the resources of the coopération avenant), traced. */
  readonly counts: readonly CountStep[];
}

export type Act = LinesAct | DeclaredActInstance;

/** Lines in data order (session, thématique, operation, line). */
export function computeLines(data: Dataset): Line[] {
  return data.seances.flatMap((seance) =>
    [...allocationsOf(seance)].map((ctx): Line => {
      const source = periodSource(ctx.allocation, ctx.operation);
      const period = source && resolvePeriod(source.periode);
      return {
        ...ctx,
        partenaire: known(data.partenaires.get(ctx.allocation.partenaire)),
        ligne: known(data.lignes.get(ctx.operation.ligne)),
        territory: ctx.allocation.territoire,
        places: ctx.allocation.places,
        period,
        figures: computeFigures(ctx.operation.dispositif, { allocation: ctx.allocation, period }),
      };
    }),
  );
}

/** The known convention number of a line, undefined when absent or still to complete. */
function conventionOf(line: Line): string | undefined {
  const numero = line.allocation.convention?.numero;
  // Stryker disable next-line ConditionalExpression: isGap(undefined) is false, and undefined is returned either way
  return numero === undefined || isGap(numero) ? undefined : numero;
}

/** The deliberation of the session's seance.yaml (its first). */
function mainDeliberation(seance: Seance): Deliberation {
  return { numero: seance.deliberation, rapport: seance.rapport, intitule: seance.intitule };
}

/** The deliberation an act names: the session's own, or one of its autres_deliberations. */
function deliberationOf(seance: Seance, numero: string | undefined): Deliberation {
  const other = seance.autres_deliberations?.find((d) => d.deliberation === numero);
  return other
    ? { numero: other.deliberation, rapport: other.rapport, intitule: other.intitule }
    : mainDeliberation(seance);
}

/** The acts declared in actes.yaml, each from its type's module (src/declared/). */
function declaredActs(data: Dataset): Unnamed<DeclaredActInstance>[] {
  return data.seances.flatMap((seance) =>
    seance.declared.map((declared) => {
      const module = declaredModule(declared.data.type);
      // The declaration was validated against this module's own schema.
      const fields = declared.data as never;
      const named = declared.data.parties.map((id) => known(data.partenaires.get(id)));
      // A declaration may name who signs for its first party, in place of its representative.
      const signataire = declared.data.signataire;
      const parties = signataire
        ? named.map((p, i) => (i === 0 ? { ...p, representant: signataire } : p))
        : named;
      // Stryker disable next-line OptionalChaining: every registered type states its period
      const periode = module.period?.(fields, seance);
      const convention = module.convention?.(fields);
      return {
        kind: "declare" as const,
        type: module.type as ActType,
        declared,
        seance,
        deliberation: deliberationOf(seance, declared.data.deliberation),
        // biome-ignore lint/style/noNonNullAssertion: the schema asks for one party at least.
        partenaire: parties[0]!,
        parties,
        period: periode && resolvePeriod(periode),
        convention: typeof convention === "string" ? convention : undefined,
        origin: declared.origin,
        lines: [],
        figures: module.figures?.(fields, seance),
        counts: module.counts?.(fields, seance) ?? [],
      };
    }),
  );
}

/**
 * Every act, each with its id: those derived from the lines, in the order of their first line,
 * then those declared, session by session.
 */
export function selectActs(lines: readonly Line[], data: Dataset): Act[] {
  const groups = new Map<string, { type: ActType; lines: Line[] }>();
  for (const line of lines) {
    const type = dispositifModule(line.operation.dispositif).act?.type as ActType | undefined;
    if (!type) continue;
    // The unknown convention is one convention: "\u0000" is no convention number's text.
    // Stryker disable next-line StringLiteral: "" is no convention number's text either (validation)
    const key = [line.seance.id, type, line.partenaire.id, conventionOf(line) ?? "\u0000"].join(
      "\u0000",
    );
    const group = groups.get(key);
    if (group) group.lines.push(line);
    else groups.set(key, { type, lines: [line] });
  }
  const acts = [...groups.values()].map(({ type, lines: [first, ...rest] }) => {
    // biome-ignore lint/style/noNonNullAssertion: a group is made with its first line.
    const head = first!;
    const all = [head, ...rest];
    return {
      kind: "lignes" as const,
      type,
      head,
      seance: head.seance,
      deliberation: mainDeliberation(head.seance),
      partenaire: head.partenaire,
      parties: [head.partenaire],
      period: head.period,
      origin: head.allocation.origin,
      convention: conventionOf(head),
      lines: all,
      figures: sumFigures(all),
    };
  });
  const declared = declaredActs(data);
  const order = (a: { seance: Seance }) => data.seances.indexOf(a.seance);
  const unnamed: Unnamed<Act>[] = [...acts, ...declared].sort((a, b) => order(a) - order(b));
  const ids = assignActIds(
    unnamed.map((a) => ({
      session: a.seance.id,
      type: a.type,
      partner: a.partenaire.id,
      convention: a.convention,
    })),
  );
  // Stryker disable next-line StringLiteral: assignActIds returns one id per act, never undefined
  return unnamed.map((a, i) => ({ ...a, id: ids[i] ?? "" }) as Act);
}

/** An act before its id is given (distributed over the kinds of acts). */
type Unnamed<T> = T extends unknown ? Omit<T, "id"> : never;

/**
 * The figures of several lines as one act: their totals summed, then the advance and balance
 * computed once on that sum (rounding once, so advance + balance = total exactly), at the
 * first line's rate. One line's figures are its own, trace included.
 */
export function sumFigures(lines: readonly Pick<Line, "territory" | "figures">[]): Figures {
  const [first] = lines;
  if (!first) throw new Error("an act has at least one line");
  if (lines.length === 1) return first.figures;
  const total = sum(lines.map((l) => l.figures.total));
  const terms = lines.map((l, i) => {
    const what = l.territory ?? `ligne ${i + 1}`;
    // Stryker disable next-line OptionalChaining: every line's trace has a first step
    return `${formatEuros(l.figures.total)} (${what} : ${l.figures.trace[0]?.formula})`;
  });
  const step = { label: "montant", result: total, formula: terms.join(" + ") };
  const percents = first.figures.parts.map((p) => p.percent);
  const amounts = splitByPercents(total, percents);
  const parts = first.figures.parts.map((p, i) => ({ ...p, amount: amounts[i] ?? total }));
  return withAdvance(total, first.figures.advancePercent, [step], parts);
}

/**
 * Acts the data describes twice or inconsistently: two acts with the same known convention and
 * avenant numbers (a copied line, or a line given another partner), and lines of one act at
 * different advance rates (one act prints one rate).
 */
export function checkActs(acts: readonly Act[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, LinesAct>();
  const lineActs = acts.filter((a) => a.kind === "lignes");
  for (const act of lineActs) {
    const avenant = act.head.allocation.avenant;
    if (act.convention === undefined || avenant === undefined || isGap(avenant)) continue;
    const key = `${act.convention}\u0000${avenant}`;
    const other = seen.get(key);
    if (!other) {
      seen.set(key, act);
      continue;
    }
    const what = `l'avenant n°${avenant} à la convention n°${act.convention}`;
    out.push(
      report(act.head.allocation, ["avenant"], "VALEUR_INVALIDE", {
        message: `${what} est décrit deux fois : ${at(other.head.allocation, "avenant")} (${other.id}) et ${at(act.head.allocation, "avenant")} (${act.id})`,
        expected: "un numéro d'avenant par convention qui n'appartient qu'à un acte",
        found: `avenant ${avenant}`,
        hint: "Supprimez la ligne en double, ou corrigez le numéro de la convention ou de l'avenant.",
      }),
    );
  }
  for (const act of lineActs) {
    // Stryker disable next-line OptionalChaining: an act has at least one line
    const rate = act.lines[0]?.figures.advancePercent;
    // Stryker disable next-line MethodExpression: the first line has the first line's rate
    for (const line of act.lines.slice(1)) {
      // Stryker disable next-line ConditionalExpression: rate is defined, an act having at least one line
      if (rate === undefined || line.figures.advancePercent.equals(rate)) continue;
      out.push(
        report(line.allocation, [], "VALEUR_INVALIDE", {
          message: `avance de ${line.figures.advancePercent} % ici, de ${rate} % à ${at(act.head.allocation)} : les lignes d'un même acte (${act.id}) ont une seule avance`,
          expected: `avance: ${rate}`,
          found: `avance: ${line.figures.advancePercent}`,
          hint: "Donnez la même avance à chaque ligne de la convention.",
        }),
      );
    }
  }
  return out;
}

/** "data/cp-2022-11-21/operations.yaml:36:22" — where a field (or the line) is written. */
function at(entity: Located, field?: string): string {
  // Stryker disable next-line ConditionalExpression: locate() walks up to the entity itself when the last step is undefined
  const path = field === undefined ? entity.origin.path : [...entity.origin.path, field];
  // Stryker disable next-line OptionalChaining: an entity read from a file is always located
  const start = entity.origin.source.locate(path)?.start;
  return start
    ? `${entity.origin.source.file}:${start.line}:${start.column}`
    : entity.origin.source.file;
}

function known<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("reference checked by model/rules/references.ts");
  return value;
}
