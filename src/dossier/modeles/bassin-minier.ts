// Délibération n°2022-418 and rapport n°42 (seed 004, CP du 17 octobre 2022): the Bassin minier
// convention between the State and the two Départements, and the State's convention attributive
// to the Département. Every figure is the acts': the State's support (1 000 000 €, the sum of
// the Départements' shares), each share (500 000 €), each Département's actions, the year, the
// previous convention; the annex of each act is its rank among the deliberation's acts. The
// rapport alone states the EPCI it concerns and the signing of the ERBM (date, intercommunalities).

import type { Act } from "../../compute/acts.ts";
import {
  CONVENTION_ATTRIBUTIVE,
  CONVENTION_BASSIN_MINIER,
  type ConventionFields,
  DEPARTEMENT,
} from "../../declared/bassin-minier.ts";
import { dates, gapText, money as moneyValues, type Value } from "../../document/context.ts";
import { nounForms } from "../../format/fr/grammar.ts";
import { formatDateLong, formatEuros, integerInWords, listInWords } from "../../format/fr/index.ts";
import { count, date, text } from "../../model/fields.ts";
import type { SessionFigures } from "../figures.ts";
import { deliberationModel } from "./modele.ts";

type Values = { [key: string]: Value };

export const bassinMinier = deliberationModel({
  modele: "bassin-minier",
  title:
    "Convention « Bassin minier » avec l'État et le Département du Nord, et convention attributive de l'État",
  faits: {
    epci: text("C. d'Agglo. d'Hénin Carvin").describe(
      "Les EPCI que vise le rapport (son en-tête « EPCI(s) »).",
    ),
    erbm_date: date("2017-03-07").describe(
      "Date de signature de l'Engagement pour le Renouveau du Bassin Minier (ERBM), à Oignies.",
    ),
    erbm_intercommunalites: count("8").describe(
      "Nombre d'intercommunalités signataires de l'ERBM.",
    ),
  },
  values: (faits, figures) => ({
    epci: faits.epci,
    erbm: {
      date: dates(faits.erbm_date),
      intercommunalites: integerInWords(faits.erbm_intercommunalites),
    },
    convention: conventionValues(figures),
    attributive: attributiveValues(figures),
  }),
});

/** The deliberation's act of `type`, and its annex number (« annexe 1 »): its rank among them. */
function actOf(figures: SessionFigures, type: string): { act: Act; annexe: string } | undefined {
  const i = figures.acts.findIndex((a) => a.type === type);
  const act = figures.acts[i];
  return act ? { act, annexe: String(i + 1) } : undefined;
}

/** The convention's fields as declared in actes.yaml (validated by its act type). */
function fieldsOf(act: Act): ConventionFields | undefined {
  return act.kind === "declare" ? (act.declared.data as unknown as ConventionFields) : undefined;
}

/**
 * The tripartite convention: its annex, its year, the State's support (computed by its act type:
 * the sum of the shares) in figures and in words, each Département's share and actions, the other
 * Départements (« avec l'État et le Département du Nord »), the previous convention.
 */
function conventionValues(figures: SessionFigures): Values {
  const found = actOf(figures, CONVENTION_BASSIN_MINIER);
  const f = found && fieldsOf(found.act);
  const total = found?.act.figures?.total;
  if (!found || !f || !total) {
    const gap = gapText(`convention ${CONVENTION_BASSIN_MINIER} de la délibération (actes.yaml)`);
    return {
      annexe: gap,
      annee: gap,
      total: { chiffres: gap, lettres: gap },
      partsEgales: false,
      engagements: [],
      autres: gap,
      precedente: { date: gap, periode: gap },
    };
  }
  const { act } = found;
  const others = f.engagements.filter((e) => e.partie !== DEPARTEMENT);
  const partyOf = (id: string) => act.parties.find((p) => p.id === id);
  const nameOf = (id: string) => {
    const p = partyOf(id);
    return p ? nounForms(p.nom, p.article).le : gapText(`partie ${id} de la convention`);
  };
  const amounts = f.engagements.map((e) => e.montant);
  return {
    annexe: found.annexe,
    annee: String(f.annee),
    total: moneyValues(total),
    // « réparti à parts égales » only when the shares are equal.
    partsEgales: amounts.every((a) => a.equals(amounts[0] ?? a)),
    engagements: f.engagements.map((e) => ({
      // The Département's own name is the template's departement.nom.
      departement: e.partie === DEPARTEMENT,
      nomAvec: e.partie === DEPARTEMENT ? "" : nameOf(e.partie),
      montant: formatEuros(e.montant),
      actions: e.actions.map((a, i) => ({
        numero: String(i + 1),
        axe: String(a.axe),
        intitule: a.intitule,
      })),
    })),
    autres: listInWords(others.map((e) => nameOf(e.partie))),
    precedente: {
      date: formatDateLong(f.convention_precedente.date),
      periode: f.convention_precedente.periode,
    },
  };
}

/** The convention attributive: its annex and its amount (the Département's share, computed). */
function attributiveValues(figures: SessionFigures): Values {
  const found = actOf(figures, CONVENTION_ATTRIBUTIVE);
  const total = found?.act.figures?.total;
  if (!found || !total) {
    const gap = gapText(`convention ${CONVENTION_ATTRIBUTIVE} de la délibération (actes.yaml)`);
    return { annexe: gap, montant: { chiffres: gap, lettres: gap } };
  }
  return { annexe: found.annexe, montant: moneyValues(total) };
}
