// Convention attributive de subvention de l'État au Département (seed 004, annexe 2 of the
// délibération n°2022-418): the State pays the Département its share of the Bassin minier
// convention (500 000 €) in one payment at notification. Its year, its amount and its actions are
// the Département's in the session's Bassin minier convention: it lists its own actions and no
// other Département's (the seed's listed the Nord's). The State's contribution is at most 50 % of
// each action's eligible cost (rules/bassin-minier.ts).
import { z } from "zod";
import { withAdvance } from "../compute/advance.ts";
import { gapText } from "../document/context.ts";
import { formatDateLong, formatEuros, NBSP } from "../format/fr/index.ts";
import { siretGroups } from "../model/checks/identifiers.ts";
import { date, money, orGap, siret, text } from "../model/fields.ts";
import { isGap } from "../model/gap.ts";
import { Decimal, sum } from "../money/money.ts";
import {
  accountValues,
  amountOr,
  CONVENTION_ATTRIBUTIVE,
  knownAmounts,
  needConvention,
  ownEngagement,
  plafond,
  previousValues,
  representativeNamed,
  signatoryValues,
  yearPeriod,
} from "./bassin-minier.ts";
import { declaredActType } from "./declared.ts";

/** « en un seul versement dès notification de la présente convention » (article 5.1). */
const ONE_PAYMENT = new Decimal(100);

export const conventionAttributiveBassinMinier = declaredActType({
  type: CONVENTION_ATTRIBUTIVE,
  title:
    "Convention attributive de subvention de l'État au Département (convention « Bassin minier »)",
  parties: { min: 1, max: 1 },
  fields: {
    signataire_etat: text("BILLANT").describe(
      "Nom du représentant de l'État qui signe (un des représentants de la partie) : le Préfet du Pas-de-Calais.",
    ),
    numero: z
      .strictObject({
        ds: text("42080881").describe("Numéro du dossier de subvention (DS)."),
        ej: orGap(text("2103456789")).describe("Numéro de l'engagement juridique (EJ)."),
      })
      .describe("Numéro de la convention : « N° 2022 – UO DDETS 62 – DS N° … – EJ N° … »."),
    imputation: z
      .strictObject({
        programme: text("0304").describe("Programme budgétaire de l'État."),
        article_prevision: text("02").describe("Article de prévision."),
        action: text("19").describe("Action du programme."),
        sous_action: text("01").describe("Sous-action."),
        code_activite: text("030450191912").describe("Code activité."),
        groupe_marchandises: text("10.02.01").describe("Groupe de marchandises."),
      })
      .describe("L'imputation de la subvention sur les crédits de l'État (article 5.2)."),
    beneficiaire: z
      .strictObject({
        siret: siret().describe("SIRET du Département."),
        telephone: text("03.21.21.62.62").describe("Téléphone du Département."),
      })
      .describe(
        "Ce que la convention dit du Département bénéficiaire, au-delà de departement.yaml.",
      ),
    cout_eligible: money("1745883.00")
      .optional()
      .describe(
        "Coût total éligible des projets, recopié de la convention : comparé à la somme des coûts éligibles des actions ; la subvention n'en dépasse pas 50 %.",
      ),
    convention_signee: orGap(date("2022-11-15")).describe(
      "Date de signature de la convention Bassin minier de l'année.",
    ),
  },
  period: (_f, seance) => yearPeriod(needConvention(seance).annee),
  figures: (_f, seance) => {
    const own = ownEngagement(needConvention(seance));
    const amounts = knownAmounts(own);
    const steps = [
      {
        label: "montant",
        result: own.montant,
        formula: "soutien de l'État au Département dans la convention Bassin minier",
      },
      // The actions' contributions add up to it (checked by rules/bassin-minier.ts).
      ...(amounts
        ? [
            {
              label: "somme des actions",
              result: sum(amounts),
              formula: amounts.map((a, i) => `${formatEuros(a)} (action ${i + 1})`).join(" + "),
            },
          ]
        : []),
    ];
    return withAdvance(own.montant, ONE_PAYMENT, steps);
  },
  values: (f, act) => {
    const c = needConvention(act.seance);
    const own = ownEngagement(c);
    const etat = act.partenaire;
    const signer = representativeNamed(etat, f.signataire_etat);
    const ordonnateur = representativeNamed(etat, own.ordonnateur);
    const costs = own.actions.map((a) => a.cout_eligible);
    const summed = costs.some(isGap) ? undefined : sum(costs as Decimal[]);
    const cost = f.cout_eligible ?? summed;
    return {
      acte: {
        annee: String(c.annee),
        numero: {
          ds: f.numero.ds,
          ej: isGap(f.numero.ej) ? gapText("numéro de l'engagement juridique (EJ)") : f.numero.ej,
        },
        imputation: {
          programme: f.imputation.programme,
          articlePrevision: f.imputation.article_prevision,
          action: f.imputation.action,
          sousAction: f.imputation.sous_action,
          codeActivite: f.imputation.code_activite,
          groupeMarchandises: f.imputation.groupe_marchandises,
        },
        beneficiaire: {
          siret: siretGroups(f.beneficiaire.siret).join(NBSP),
          telephone: f.beneficiaire.telephone,
        },
        signataire: signer
          ? signatoryValues(signer, "l'État")
          : {
              nomComplet: gapText("signataire de l'État"),
              qualite: { le: gapText("signataire de l'État"), Le: gapText("signataire de l'État") },
            },
        ordonnateur: ordonnateur
          ? signatoryValues(ordonnateur, "l'État")
          : { qualite: { le: gapText("ordonnateur de la dépense") } },
        actions: own.actions.map((a, i) => ({
          numero: String(i + 1),
          axe: String(a.axe),
          intitule: a.intitule,
          montant: amountOr(a.montant, `contribution de l'État à l'action ${i + 1}`),
        })),
        coutEligible:
          cost === undefined ? gapText("coût total éligible des projets") : formatEuros(cost),
        plafond: plafond(),
        precedente: previousValues(c),
        conventionSignee: isGap(f.convention_signee)
          ? gapText("date de signature de la convention Bassin minier de l'année")
          : formatDateLong(f.convention_signee),
        comptable: isGap(c.comptable_assignataire)
          ? gapText("comptable assignataire de la dépense")
          : c.comptable_assignataire,
        compte: accountValues(own, "Département"),
      },
    };
  },
});
