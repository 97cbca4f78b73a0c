// The values a template may use for one act: every figure and date already formatted in
// French, every fact taken once from the data. A value still to complete becomes a visible
// "[À COMPLÉTER : …]" (drafts only: a signature-ready act has none, see generate).
import { addMonths, wholeMonthsInPeriod } from "../calendar/arithmetic.ts";
import type { PlainDate } from "../calendar/plain-date.ts";
import type { Act, LinesAct } from "../compute/acts.ts";
import { conventionCost } from "../compute/convention-cost.ts";
import type { Figures } from "../compute/figures.ts";
import { declaredModule } from "../declared/index.ts";
import { dispositifModule } from "../dispositifs/index.ts";
import {
  agreement,
  type Gender,
  genderOf,
  nounForms,
  presidentTitle,
  titleForms,
} from "../format/fr/grammar.ts";
import {
  amountInWords,
  formatDateLong,
  formatDateShort,
  formatDuration,
  formatEuros,
  formatPercent,
  formatPeriod,
  listInWords,
  NBSP,
} from "../format/fr/index.ts";
import { ribOfIban, siretGroups } from "../model/checks/identifiers.ts";
import type { Departement } from "../model/departement.ts";
import { type Gap, isGap, type OrGap } from "../model/gap.ts";
import type { AutresDispositifsData } from "../model/operations.ts";
import type { Partenaire } from "../model/partenaire.ts";
import { resolvePeriod } from "../model/period.ts";
import type { Person, Representative } from "../model/person.ts";
import type { Decimal } from "../money/money.ts";

/** A template value: text, a list, or nested values. Never undefined, never a number. */
export type Value = string | boolean | readonly Value[] | { readonly [key: string]: Value };

const CIVILITE_LONGUE = { "M.": "Monsieur", Mme: "Madame" } as const;

/** "[À COMPLÉTER : SIRET du partenaire]" — what a draft shows in place of a missing value. */
export function gapText(label: string): string {
  return `[À COMPLÉTER : ${label}]`;
}

/** The value shown, or « [À COMPLÉTER : label] » when the data leaves it to complete or out. */
export function or<T>(value: OrGap<T> | undefined, label: string, show: (v: T) => string): string {
  return value === undefined || isGap(value) ? gapText(label) : show(value as Exclude<T, Gap>);
}

const text = (v: string) => v;

const GENDER = { "M.": "masculin", Mme: "féminin" } as const;

// A person as templates name them. `titre` gives the title with its article and possessive
// (« le Président », « sa Directrice », « son Adjointe ») and `accord.e` the agreement of a
// participle (« dûment autorisé{{…accord.e}} »): both follow the civilité, never the template.
export function person(p: Person, title: string): { [key: string]: Value } {
  const gender = GENDER[p.civilite];
  return {
    // Under the name in a signature block: the data's full title when it gives one
    // (« Le Président du Conseil départemental »), else the short one.
    qualite: { ...titleForms(p.fonction ?? title, gender) },
    civilite: p.civilite,
    civiliteLongue: CIVILITE_LONGUE[p.civilite],
    prenom: p.prenom,
    nom: p.nom,
    nomComplet: `${p.prenom} ${p.nom}`,
    titre: { ...titleForms(title, gender) },
    accord: { ...agreement(gender) },
  };
}

function representative(r: OrGap<Representative>, whose: string): { [key: string]: Value } {
  const g = isGap(r) ? undefined : r;
  const civ = g?.civilite;
  const civLabel = `civilité du représentant de ${whose}`;
  const fonctionLabel = `fonction du représentant de ${whose}`;
  const gender = civ === undefined || isGap(civ) ? undefined : GENDER[civ];
  const fonction = g?.fonction;
  const title =
    gender === undefined || fonction === undefined || isGap(fonction)
      ? undefined
      : titleForms(fonction, gender);
  return {
    civilite: or(civ, civLabel, text),
    civiliteLongue: or(civ, civLabel, (c) => CIVILITE_LONGUE[c]),
    prenom: or(g?.prenom, `prénom du représentant de ${whose}`, text),
    nom: or(g?.nom, `nom du représentant de ${whose}`, text),
    nomComplet:
      g && !isGap(g.prenom) && !isGap(g.nom)
        ? `${g.prenom} ${g.nom}`
        : gapText(`nom du représentant de ${whose}`),
    fonction: or(fonction, fonctionLabel, text),
    qualite: title ? { ...title } : gapForms(fonctionLabel),
    titre: title ? { ...title } : gapForms(fonctionLabel),
    accord: { e: gender === undefined ? gapText(civLabel) : agreement(gender).e },
    lieuSignature: or(g?.lieu_signature, `ville où signe le représentant de ${whose}`, text),
  };
}

function gapForms(label: string): { [key: string]: Value } {
  const gap = gapText(label);
  return { titre: gap, le: gap, Le: gap, son: gap };
}

/** The partner's gender: shown by « le » or « la », stated in data otherwise (rules/agreement.ts). */
function partnerGender(p: Partenaire): Gender {
  const gender = genderOf(p.article, p.genre);
  if (gender === undefined) throw new Error(`genre of ${p.nom} checked by rules/agreement.ts`);
  return gender;
}

export function money(amount: Decimal): { [key: string]: Value } {
  return { chiffres: formatEuros(amount), lettres: amountInWords(amount) };
}

export function dates(d: PlainDate): { [key: string]: Value } {
  return { long: formatDateLong(d), court: formatDateShort(d), annee: String(d.year) };
}

export function departementValues(d: Departement): { [key: string]: Value } {
  return {
    nom: d.nom,
    siege: d.siege,
    pole: d.pole,
    direction: d.direction,
    // « le Département » always: the Département's article is French grammar, not data.
    pour: `Pour ${nounForms(d.nom, "le").le}`,
    pourDelegation: "Pour le Département et par délégation",
    payeur:
      d.payeur === undefined
        ? gapText("payeur départemental (departement.yaml, payeur)")
        : d.payeur.civilite === "Mme"
          ? "Madame la Payeuse départementale"
          : "Monsieur le Payeur départemental",
    president: person(d.president, presidentTitle(GENDER[d.president.civilite])),
    delegataire: person(d.delegataire, d.delegataire.fonction),
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

function otherDispositifs(
  o: AutresDispositifsData,
  own: Decimal,
  who: string,
): { [key: string]: Value } {
  const names = o.dispositifs;
  const list =
    names.length === 1 ? `du dispositif ${names[0]}` : `des dispositifs ${listInWords(names)}`;
  const period = resolvePeriod(o.periode);
  const cost = conventionCost(own, [o.montant]);
  return {
    dispositifs: [...names],
    auTitre: `au titre ${list}`,
    pour: names.length === 1 ? `pour le dispositif suivant` : `pour les dispositifs suivants`,
    periode: period
      ? formatPeriod(period.start, period.end)
      : gapText(`période des autres dispositifs de ${who}`),
    montant: money(o.montant),
    verse: or(o.verse, `montant déjà versé à ${who} au titre ${list}`, formatEuros),
    coutTotal: money(cost.total),
  };
}

/** The sum of a count over an act's lines, or a value to complete if one line lacks it. */
function sumOf(
  counts: readonly (number | undefined)[],
  label: string,
  show: (n: number) => string,
): string {
  if (counts.some((n) => n === undefined)) return gapText(label);
  return show(counts.reduce<number>((total, n) => total + (n ?? 0), 0));
}

/** Every value of one act, for its template. */
export function actContext(act: Act, departement: Departement): { [key: string]: Value } {
  const common = {
    ...commonValues(act, departement),
    ...(act.kind === "lignes" ? lineValues(act) : {}),
  };
  // The values of this act type alone (its dispositif's or its declared type's module), merged
  // into the common groups.
  const own =
    act.kind === "lignes"
      ? (dispositifModule(act.head.operation.dispositif).act?.values?.(act) ?? {})
      : declaredModule(act.type).values(act.declared.data as never, act);
  const merged: { [key: string]: Value } = { ...common };
  for (const [group, values] of Object.entries(own)) {
    merged[group] = { ...(common[group] as { [key: string]: Value } | undefined), ...values };
  }
  return merged;
}

function commonValues(act: Act, departement: Departement): { [key: string]: Value } {
  const f = act.figures;
  const who = act.partenaire.sigle ?? act.partenaire.nom;
  const period = act.period;
  return {
    departement: departementValues(departement),
    seance: {
      date: dates(act.seance.date),
      deliberation: act.deliberation.numero,
      rapport: act.deliberation.rapport,
      intitule: act.deliberation.intitule,
    },
    partenaire: partyValues(act.partenaire),
    // Every party besides the Département, in the act's order, each with its signatories.
    parties: act.parties.map(partyValues),
    ...(f === undefined ? {} : { montants: amountValues(f) }),
    periode: period
      ? {
          debut: dates(period.start),
          fin: dates(period.end),
          texte: formatPeriod(period.start, period.end),
          duree: or(
            period.months ?? wholeMonthsInPeriod(period.start, period.end),
            `durée en mois de la période de ${who} (periode: debut et duree_mois)`,
            (months) => formatDuration(period.start, months),
          ),
          // The bilan is due one month after the end of the period (the seed's 31/01/2023 for a
          // period ending 31/12/2023 was a known error): computed, never typed.
          bilan: formatDateLong(addMonths(period.end, 1)),
        }
      : {},
  };
}

function amountValues(f: Figures): { [key: string]: Value } {
  return {
    total: money(f.total),
    avance: money(f.advance),
    solde: money(f.balance),
    tauxAvance: formatPercent(f.advancePercent),
    // A degenerate advance changes the clause, not just the figure: no « deux versements …
    // dans la limite de 0 % » (CLLAJ avance: 0), no « solde » of 0 € (avance: 100).
    versement: {
      deux: !f.advance.isZero() && !f.balance.isZero(),
      soldeSeul: f.advance.isZero(),
      avanceSeule: f.balance.isZero() && !f.advance.isZero(),
    },
  };
}

/** A party as templates name it: its names with their article, its seat, its signatories. */
function partyValues(p: Partenaire): { [key: string]: Value } {
  const who = p.sigle ?? p.nom;
  const banque = p.banque === undefined || isGap(p.banque) ? undefined : p.banque;
  const representant = representative(p.representant, who);
  const others = (p.corepresentants ?? []).map((r) => representative(r, who));
  return {
    nom: p.nom,
    designation: who,
    // « le CCAS d'Arras », « du CCAS d'Arras », « au CCAS d'Arras », « Le CCAS d'Arras »: the
    // full name (nomAvec) and the short one (designationAvec) with the partner's article.
    nomAvec: { ...nounForms(p.nom, p.article) },
    designationAvec: { ...nounForms(who, p.article) },
    pour: `Pour ${nounForms(who, p.article).le}`,
    pourNom: `Pour ${nounForms(p.nom, p.article).le}`,
    // « Le CCAS d'Arras, « CCAS d'Arras », … » only when the short name differs.
    sigleDistinct: p.sigle !== undefined && p.sigle !== p.nom,
    accord: { ...agreement(partnerGender(p)) },
    siege: or(p.siege, `siège de ${who}`, text),
    // Grouped as on the SIRENE notice, with no-break spaces: the SIRET sits in a justified
    // sentence and must never be split across two lines (the IBAN, in a table cell, may be).
    siret: or(p.siret, `SIRET de ${who}`, (s) => siretGroups(s).join(NBSP)),
    representant,
    // Everyone who signs for it: its representative, then those who represent it jointly.
    signataires: [representant, ...others],
    banque: {
      titulaire: or(banque?.titulaire, `titulaire du compte de ${who}`, text),
      domiciliation: or(banque?.domiciliation, `domiciliation du compte de ${who}`, text),
      iban: or(banque?.iban, `IBAN de ${who}`, text),
      // The RIB is part of a French IBAN: printed from it, never typed a second time.
      rib: or(
        banque?.iban,
        `IBAN de ${who}`,
        (iban) => ribOfIban(iban) ?? gapText(`RIB de ${who} (IBAN étranger)`),
      ),
      bic: or(banque?.bic, `BIC de ${who}`, text),
    },
  };
}

/** The values of an act derived from allocation lines: its lines, operation and budget line. */
function lineValues(act: LinesAct): { [key: string]: Value } {
  const p = act.partenaire;
  const a = act.head.allocation;
  const operation = act.head.operation;
  const who = p.sigle ?? p.nom;
  const territories = act.lines.map((l) =>
    or(l.allocation.territoire, `territoire de la ligne de ${who}`, text),
  );
  const conventionLabel = `titre de la convention modifiée (opération ${operation.intitule}, acte.convention)`;
  const annexLabel = `numéro de l'annexe (opération ${operation.intitule}, acte.annexe)`;
  return {
    allocation: {
      // An act may hold several lines of one partner (SAMPS: Arrageois and Lens Liévin): the
      // territories, places and caseloads are those of all its lines.
      territoire: territories.join(", "),
      territoires:
        territories.length > 1
          ? `des territoires : ${listInWords(territories)}`
          : `du territoire : ${territories[0]}`,
      description: or(a.description, `description de la ligne de ${who}`, text),
      places: sumOf(
        act.lines.map((l) => l.allocation.places),
        `places de la ligne de ${who}`,
        (n) => String(n),
      ),
      portefeuilles: sumOf(
        act.lines.map((l) => l.allocation.portefeuilles),
        `nombre de portefeuilles de ${who}`,
        (n) => (n === 1 ? "d'un portefeuille compris" : `de ${n} portefeuilles compris chacun`),
      ),
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
    acte: {
      convention: or(operation.acte?.convention, conventionLabel, text),
      conventionMajuscules: or(operation.acte?.convention, conventionLabel, (c) => c.toUpperCase()),
      annexe: or(operation.acte?.annexe, annexLabel, String),
    },
    ...(a.autres_dispositifs === undefined
      ? {}
      : { autres: otherDispositifs(a.autres_dispositifs, act.figures.total, who) }),
    ligne: {
      code: act.head.ligne.code,
      imputation: act.head.ligne.imputation,
      libelle: act.head.ligne.libelle,
    },
  };
}
