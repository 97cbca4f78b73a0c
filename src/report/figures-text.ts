// `actes figures`: every act with how its figures were obtained, then totals, then the values
// still to complete. French, for the people who check the figures.
import { formatDateLong, formatEuros, formatPeriod } from "../format/fr/index.ts";
import type { Computed } from "../pipeline.ts";

export function figuresText(c: Computed): string {
  const out: string[] = [];
  out.push(`ACTES (${c.acts.length})`, "");
  for (const a of c.acts) {
    const name = a.partenaire.sigle ?? a.partenaire.nom;
    const where = a.allocation.territoire ? ` (${a.allocation.territoire})` : "";
    const when = a.period ? ` — ${formatPeriod(a.period.start, a.period.end)}` : "";
    out.push(`${a.id} — ${name}${where}${when}`);
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
    out.push(`  ${steps.join(" ; ")}`);
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
    const at = g.start ? `${g.file}:${g.start.line}:${g.start.column}` : g.file;
    const blocks =
      g.acts.length > 0 ? ` — concerne ${g.acts.length} acte${g.acts.length > 1 ? "s" : ""}` : "";
    out.push(`  ${at}  ${g.field}${blocks}`);
  }
  return `${out.join("\n")}\n`;
}
