// `actes figures`: every act with how its figures were obtained, then totals, then the values
// still to complete. French, for the people who check the figures.
import type { Act } from "../compute/acts.ts";
import { formatDateLong, formatEuros, formatPeriod } from "../format/fr/index.ts";
import type { GapLocation } from "../model/gaps.ts";
import type { Assessment, Computed } from "../pipeline.ts";

/**
 * Every act with its figures, then the totals, then the values to complete. With the acts'
 * assessments (pipeline.ts), each act says whether it is ready to sign: the same decision as
 * `generate`.
 */
export function figuresText(c: Computed, assessed?: readonly Assessment[]): string {
  const out: string[] = [];
  out.push(`ACTES (${c.acts.length})`, "");
  const status = new Map(assessed?.map((a) => [a.act.id, a]));
  for (const a of c.acts) {
    out.push(...actLines(a));
    const s = status.get(a.id);
    if (s)
      out.push(`  ${s.ready ? "prêt à signer" : `${missing(s)} : actes figures --only ${a.id}`}`);
  }
  for (const s of c.totals) {
    out.push(
      "",
      `SÉANCE ${s.seance.id} — Commission Permanente du ${formatDateLong(s.seance.date)}, délibération n°${s.seance.deliberation}`,
    );
    for (const t of s.thematiques) {
      const num = t.thematique.numero === undefined ? "" : `${t.thematique.numero}. `;
      out.push(`  ${num}${t.thematique.intitule} : ${formatEuros(t.total)}`);
      for (const o of t.operations) {
        const n = o.operation.numero === undefined ? "" : `${o.operation.numero}. `;
        out.push(
          `    ${n}${o.operation.intitule} (${o.lines} ligne${o.lines > 1 ? "s" : ""}, ${o.operation.ligne}) : ${formatEuros(o.total)}`,
        );
      }
    }
    out.push(`  Total de la séance : ${formatEuros(s.total)}`, "  Lignes budgétaires :");
    for (const b of s.budget) {
      out.push(
        `    ${b.ligne.code} ${b.ligne.imputation} ${b.ligne.libelle} — AE ${formatEuros(b.ligne.ae)} ; disponible ${formatEuros(b.disponible)} ; proposition ${formatEuros(b.proposition)} ; solde ${formatEuros(b.solde)}`,
      );
    }
  }
  out.push("", `VALEURS À COMPLÉTER (${c.gaps.length})`);
  for (const g of c.gaps) {
    const blocks =
      g.acts.length > 0 ? ` — bloque ${g.acts.length} acte${g.acts.length > 1 ? "s" : ""}` : "";
    out.push(`  ${at(g)}  ${g.field}${blocks}`);
  }
  return `${out.join("\n")}\n`;
}

/**
 * `actes figures --only X`: for each act, its figures and what is left before it can be
 * signed — each value at its place in the data, with its key, what it is and an example, then
 * the values its document shows to complete.
 */
export function checklistText(assessed: readonly Assessment[]): string {
  const out: string[] = [];
  for (const s of assessed) {
    if (out.length > 0) out.push("");
    out.push(...actLines(s.act));
    if (s.ready) {
      out.push("  Prêt à signer : aucune valeur à compléter.");
      continue;
    }
    out.push(`  Pas prêt à signer — ${missing(s)} :`);
    for (const g of s.values) out.push(`    [ ] ${item(g)}`);
    if (s.documentGaps.length > 0) {
      out.push("  Le document montre à compléter :");
      for (const label of s.documentGaps) out.push(`    [ ] ${label}`);
    }
    if (s.shared.length > 0) {
      out.push("  Valeurs du Département à compléter (si le document les cite) :");
      for (const g of s.shared) out.push(`    [ ] ${item(g)}`);
    }
  }
  return `${out.join("\n")}\n`;
}

/** The act's title line (territories of all its lines) and its figures' trace. */
function actLines(a: Act): string[] {
  const name = a.partenaire.sigle ?? a.partenaire.nom;
  const territories = a.lines.flatMap((l) => (l.territory ? [l.territory] : []));
  const where = territories.length > 0 ? ` (${territories.join(", ")})` : "";
  const when = a.period ? ` — ${formatPeriod(a.period.start, a.period.end)}` : "";
  const title = `${a.id} — ${name}${where}${when}`;
  // Stryker disable next-line ArrayDeclaration: an act of lines always has figures: its counts are never printed
  const counts = (a.kind === "declare" ? a.counts : []).map(
    (c) => `  ${c.label} = ${c.result} (${c.formula})`,
  );
  if (!a.figures) return [title, "  sans incidence financière", ...counts];
  const [first, ...rest] = a.figures.trace;
  const steps = [
    // Stryker disable next-line StringLiteral: every act has a trace of at least one step
    first ? `${formatEuros(first.result)} = ${first.formula}` : "",
    ...rest.map((t) =>
      t.label === "solde"
        ? `solde ${formatEuros(t.result)}`
        : `${t.label} = ${formatEuros(t.result)}`,
    ),
  ];
  return [title, `  ${steps.join(" ; ")}`];
}

/**
 * "3 valeurs à compléter": those of the data (the document shows them too, not counted twice),
 * else those only the document shows (a value its template prints and the data does not give).
 */
function missing(s: Assessment): string {
  const n = s.values.length || s.documentGaps.length;
  const where = s.values.length > 0 ? "" : " dans le document";
  return `${n} valeur${n > 1 ? "s" : ""} à compléter${where}`;
}

/** "data/partenaires/samps.yaml:9:8  siret — SIRET … Exemple : 266 200 072 00004" */
function item(g: GapLocation): string {
  const example = g.example === undefined ? "" : ` Exemple : ${g.example}`;
  return `${at(g)}  ${g.key} — ${g.label}${example}`;
}

/** "data/partenaires/samps.yaml:3:8", or the file alone when the value has no position. */
function at(g: GapLocation): string {
  return g.start ? `${g.file}:${g.start.line}:${g.start.column}` : g.file;
}
