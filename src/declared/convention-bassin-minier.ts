// Convention « Bassin minier du Nord et du Pas-de-Calais, territoire démonstrateur de la
// stratégie nationale de prévention et de lutte contre la pauvreté » (seed 004, annexe 1 of the
// délibération n°2022-418, CP of 17 October 2022): a tripartite convention between the State, the
// Département du Pas-de-Calais and the Département du Nord, for one year. The State's support is
// the sum of each Département's amount (500 000 € + 500 000 € = 1 000 000 €, « un million
// d'euros »), never typed; each Département's actions are listed under it, and annexe 1 gives the
// budget of each action (the State's contribution and the eligible cost).
import type { Act } from "../compute/acts.ts";
import type { Figures } from "../compute/figures.ts";
import { gapText, type Value } from "../document/context.ts";
import { formatDateLong, formatEuros, formatPercent } from "../format/fr/index.ts";
import { isGap } from "../model/gap.ts";
import { Decimal, sum } from "../money/money.ts";
import {
  accountValues,
  amountOr,
  CONVENTION_BASSIN_MINIER,
  type ConventionFields,
  conventionFields,
  DEPARTEMENT,
  plafond,
  previousValues,
  representativeNamed,
  signatoryValues,
  yearPeriod,
} from "./bassin-minier.ts";
import { declaredActType } from "./declared.ts";

/**
 * 1 000 000 € = 500 000 € (Pas-de-Calais) + 500 000 € (Nord): each Département's share as the
 * data gives it, then their sum. The State pays it within the year (article 3: « double
 * versement annuel »): no advance held back, the whole is the year's payment.
 */
export function conventionFigures(f: ConventionFields): Figures {
  const total = sum(f.engagements.map((e) => e.montant));
  const hundred = new Decimal(100);
  return {
    total,
    advancePercent: hundred,
    advance: total,
    balance: new Decimal(0),
    parts: [],
    trace: [
      ...f.engagements.map((e, i) => ({
        label: `part ${e.partie}`,
        result: e.montant,
        formula: `soutien de l'État à ce Département (engagements[${i}].montant)`,
      })),
      {
        label: "montant",
        result: total,
        formula: f.engagements.map((e) => `${formatEuros(e.montant)} (${e.partie})`).join(" + "),
      },
      {
        label: `versé dans l'année ${formatPercent(hundred)}`,
        result: total,
        formula: `${formatPercent(hundred)} × ${formatEuros(total)} (double versement annuel, article 3)`,
      },
    ],
  };
}

function engagementValues(f: ConventionFields, act: Act): { [key: string]: Value }[] {
  const [etat] = act.parties;
  return f.engagements.map((e) => {
    const own = e.partie === DEPARTEMENT;
    const party = act.parties.find((p) => p.id === e.partie);
    const nom = own ? "Département" : (party?.nom ?? e.partie);
    const ordonnateur = etat && representativeNamed(etat, e.ordonnateur);
    return {
      // The Département's own name is the template's departement.nom.
      departement: own,
      nom,
      montant: formatEuros(e.montant),
      actions: e.actions.map((a, i) => ({
        numero: String(i + 1),
        axe: String(a.axe),
        intitule: a.intitule,
        montant: amountOr(a.montant, `contribution de l'État à l'action ${i + 1} (${nom})`),
        coutEligible: amountOr(a.cout_eligible, `coût éligible de l'action ${i + 1} (${nom})`),
      })),
      ordonnateur: ordonnateur
        ? signatoryValues(ordonnateur, "l'État")
        : { qualite: { le: gapText(`ordonnateur de la dépense (${nom})`) } },
      compte: accountValues(e, nom),
    };
  });
}

export const conventionBassinMinier = declaredActType({
  type: CONVENTION_BASSIN_MINIER,
  title:
    "Convention « Bassin minier » entre l'État et les Départements du Nord et du Pas-de-Calais",
  parties: { min: 2, max: 2 },
  fields: conventionFields,
  period: (f) => yearPeriod(f.annee),
  figures: (f) => conventionFigures(f),
  values: (f, act) => {
    const amounts = f.engagements.map((e) => e.montant);
    // « réparti à part égale entre … » only when the shares are equal.
    const equal = amounts.every((a) => a.equals(amounts[0] ?? a));
    return {
      acte: {
        annee: String(f.annee),
        precedente: previousValues(f),
        deliberationsParties: (f.deliberations_parties ?? []).map((d) => {
          const party = act.parties.find((p) => p.id === d.partie);
          const rep = party && !isGap(party.representant) ? party.representant : undefined;
          return {
            numero: d.numero,
            date: formatDateLong(d.date),
            autorise: rep
              ? signatoryValues(rep, party?.nom ?? d.partie)
              : { qualite: { le: gapText(`représentant de ${d.partie}`) } },
          };
        }),
        engagements: engagementValues(f, act),
        partsEgales: equal,
        plafond: plafond(),
        comptable: isGap(f.comptable_assignataire)
          ? gapText("comptable assignataire de la dépense")
          : f.comptable_assignataire,
        fichesAction: isGap(f.fiches_action)
          ? [gapText("fiches action des actions menées conjointement (annexe 2)")]
          : [...f.fiches_action],
      },
    };
  },
});
