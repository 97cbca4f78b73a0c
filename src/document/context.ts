// The values a template may use for one act: every figure and date already formatted in
// French, every fact taken once from the data. A value still to complete becomes a visible
// "[À COMPLÉTER : …]" (drafts only: a signature-ready act has none, see generate).
import { addMonths } from "../calendar/arithmetic.ts";
import type { PlainDate } from "../calendar/plain-date.ts";
import type { Act } from "../compute/acts.ts";
import { AG_PLACE_COST } from "../compute/rates.ts";
import {
  amountInWords,
  formatDateLong,
  formatDateShort,
  formatDuration,
  formatEuros,
  formatPercent,
  formatPeriod,
  NBSP,
} from "../format/fr/index.ts";
import { siretGroups } from "../model/checks/identifiers.ts";
import type { Departement } from "../model/departement.ts";
import { type Gap, isGap, type OrGap } from "../model/gap.ts";
import type { Person, Representative } from "../model/person.ts";
import type { Decimal } from "../money/money.ts";

/** A template value: text, a list, or nested values. Never undefined, never a number. */
export type Value = string | boolean | readonly Value[] | { readonly [key: string]: Value };

const CIVILITE_LONGUE = { "M.": "Monsieur", Mme: "Madame" } as const;

/** "[À COMPLÉTER : SIRET du partenaire]" — what a draft shows in place of a missing value. */
export function gapText(label: string): string {
  return `[À COMPLÉTER : ${label}]`;
}

function or<T>(value: OrGap<T> | undefined, label: string, show: (v: T) => string): string {
  return value === undefined || isGap(value) ? gapText(label) : show(value as Exclude<T, Gap>);
}

const text = (v: string) => v;

function person(p: Person): { [key: string]: Value } {
  return {
    civilite: p.civilite,
    civiliteLongue: CIVILITE_LONGUE[p.civilite],
    prenom: p.prenom,
    nom: p.nom,
    nomComplet: `${p.prenom} ${p.nom}`,
    fonction: p.fonction ?? "",
  };
}

function representative(r: OrGap<Representative>, whose: string): { [key: string]: Value } {
  const g = isGap(r) ? undefined : r;
  const civ = g?.civilite;
  return {
    civilite: or(civ, `civilité du représentant de ${whose}`, text),
    civiliteLongue: or(civ, `civilité du représentant de ${whose}`, (c) => CIVILITE_LONGUE[c]),
    prenom: or(g?.prenom, `prénom du représentant de ${whose}`, text),
    nom: or(g?.nom, `nom du représentant de ${whose}`, text),
    nomComplet:
      g && !isGap(g.prenom) && !isGap(g.nom)
        ? `${g.prenom} ${g.nom}`
        : gapText(`nom du représentant de ${whose}`),
    fonction: or(g?.fonction, `fonction du représentant de ${whose}`, text),
  };
}

function money(amount: Decimal): { [key: string]: Value } {
  return { chiffres: formatEuros(amount), lettres: amountInWords(amount) };
}

function dates(d: PlainDate): { [key: string]: Value } {
  return { long: formatDateLong(d), court: formatDateShort(d), annee: String(d.year) };
}

function departementValues(d: Departement): { [key: string]: Value } {
  return {
    nom: d.nom,
    siege: d.siege,
    pole: d.pole,
    direction: d.direction,
    president: person(d.president),
    delegataire: person(d.delegataire),
    conventions: Object.fromEntries(
      Object.entries(d.conventions ?? {}).map(([id, c]) => [
        id,
        {
          intitule: c.intitule,
          date: or(c.date, `date de signature : ${c.intitule}`, formatDateLong),
        },
      ]),
    ),
  };
}

/** Every value of one act, for its template. */
export function actContext(act: Act, departement: Departement): { [key: string]: Value } {
  const p = act.partenaire;
  const a = act.allocation;
  const f = act.figures;
  const who = p.sigle ?? p.nom;
  const banque = p.banque === undefined || isGap(p.banque) ? undefined : p.banque;
  const period = act.period;
  return {
    departement: departementValues(departement),
    seance: {
      date: dates(act.seance.date),
      deliberation: act.seance.deliberation,
      rapport: act.seance.rapport,
      intitule: act.seance.intitule,
    },
    partenaire: {
      nom: p.nom,
      designation: who,
      siege: or(p.siege, `siège de ${who}`, text),
      // Grouped as on the SIRENE notice, with no-break spaces: the SIRET sits in a justified
      // sentence and must never be split across two lines (the IBAN, in a table cell, may be).
      siret: or(p.siret, `SIRET de ${who}`, (s) => siretGroups(s).join(NBSP)),
      representant: representative(p.representant, who),
      banque: {
        titulaire: or(banque?.titulaire, `titulaire du compte de ${who}`, text),
        domiciliation: or(banque?.domiciliation, `domiciliation du compte de ${who}`, text),
        iban: or(banque?.iban, `IBAN de ${who}`, text),
        bic: or(banque?.bic, `BIC de ${who}`, text),
      },
    },
    allocation: {
      territoire: a.territoire ?? "",
      description: a.description ?? "",
      places: a.places === undefined ? "" : String(a.places),
      avenant: or(a.avenant, `numéro de l'avenant de ${who}`, String),
      convention: {
        numero: or(a.convention?.numero, `numéro de la convention de ${who}`, text),
        date: or(
          a.convention?.date,
          `date de signature de la convention de ${who}`,
          formatDateLong,
        ),
      },
      deliberationStructure: or(
        a.deliberation_structure,
        `date de la délibération de ${who}`,
        formatDateLong,
      ),
      profil: or(a.profil, `profil du professionnel (${who})`, text),
      avenantPrecedent: or(
        a.avenant_precedent,
        `date de l'avenant précédent (${who})`,
        formatDateLong,
      ),
    },
    ligne: { code: act.ligne.code, imputation: act.ligne.imputation, libelle: act.ligne.libelle },
    montants: {
      total: money(f.total),
      avance: money(f.advance),
      solde: money(f.balance),
      tauxAvance: formatPercent(f.advancePercent),
      coutPlace: formatEuros(AG_PLACE_COST),
    },
    periode: period
      ? {
          debut: dates(period.start),
          fin: dates(period.end),
          texte: formatPeriod(period.start, period.end),
          duree: period.months === undefined ? "" : formatDuration(period.start, period.months),
          // The bilan is due one month after the end of the period (the seed's 31/01/2023 for a
          // period ending 31/12/2023 was a known error): computed, never typed.
          bilan: formatDateLong(addMonths(period.end, 1)),
        }
      : {},
  };
}
