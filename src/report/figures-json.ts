// `actes figures --json`: the computed figures as data. Amounts are decimal strings in euros
// with two decimals ("27500.00"), dates "YYYY-MM-DD".

import { formatIso } from "../calendar/plain-date.ts";
import { centAmounts } from "../compute/figures.ts";
import type { GapLocation } from "../model/gaps.ts";
import { toCentString } from "../money/money.ts";
import type { Assessment, Computed } from "../pipeline.ts";

/**
 * The figures as data. With the acts' assessments (pipeline.ts), each act says whether it is
 * ready to sign and lists what it lacks; with `only`, just those acts (the checklist's data).
 */
export function figuresJson(
  c: Computed,
  assessed?: readonly Assessment[],
  only?: readonly string[],
): unknown {
  const status = new Map(assessed?.map((s) => [s.act.id, s]));
  const acts = only ? c.acts.filter((a) => only.includes(a.id)) : c.acts;
  return {
    acts: acts.map((a) => ({
      id: a.id,
      type: a.type,
      partner: { id: a.partenaire.id, name: a.partenaire.nom },
      amounts: centAmounts(a.figures),
      period: a.period ? { start: formatIso(a.period.start), end: formatIso(a.period.end) } : null,
      session: a.seance.id,
      territory: a.kind === "lignes" ? (a.head.allocation.territoire ?? null) : null,
      lines: a.lines.map((l) => ({
        territory: l.territory ?? null,
        places: l.places ?? null,
        total: toCentString(l.figures.total),
        file: l.allocation.origin.source.file,
        // Stryker disable next-line OptionalChaining: an allocation read from a file is always located
        line: l.allocation.origin.source.locate(l.allocation.origin.path)?.start.line ?? null,
      })),
      trace: (a.figures?.trace ?? []).map((t) => ({
        label: t.label,
        result: toCentString(t.result),
        formula: t.formula,
        ...(t.rounding ? { rounding: t.rounding } : {}),
      })),
      ...(a.kind === "declare" && a.counts.length > 0 ? { counts: a.counts } : {}),
      ...readiness(status.get(a.id)),
    })),
    totals: {
      sessions: c.totals.map((s) => ({
        id: s.seance.id,
        date: formatIso(s.seance.date),
        deliberation: s.seance.deliberation,
        total: toCentString(s.total),
        thematiques: s.thematiques.map((t) => ({
          numero: t.thematique.numero ?? null,
          intitule: t.thematique.intitule,
          total: toCentString(t.total),
          operations: t.operations.map((o) => ({
            numero: o.operation.numero ?? null,
            intitule: o.operation.intitule,
            dispositif: o.operation.dispositif,
            budgetLine: o.operation.ligne,
            lines: o.lines,
            total: toCentString(o.total),
          })),
        })),
        budgetLines: s.budget.map((b) => ({
          code: b.ligne.code,
          imputation: b.ligne.imputation,
          libelle: b.ligne.libelle,
          ae: toCentString(b.ligne.ae),
          disponible: toCentString(b.disponible),
          proposition: toCentString(b.proposition),
          solde: toCentString(b.solde),
        })),
      })),
    },
    missing: c.gaps.map((g) => ({ ...gap(g), acts: g.acts })),
  };
}

function readiness(s: Assessment | undefined) {
  return s === undefined
    ? {}
    : {
        ready: s.ready,
        missing: s.values.map(gap),
        documentGaps: [...s.documentGaps],
        departementMissing: s.shared.map(gap),
      };
}

function gap(g: GapLocation) {
  return {
    file: g.file,
    line: g.start?.line ?? null,
    column: g.start?.column ?? null,
    field: g.field,
    key: g.key,
    label: g.label,
    example: g.example ?? null,
  };
}
