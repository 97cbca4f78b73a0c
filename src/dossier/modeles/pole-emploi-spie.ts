// Délibération n°2022-298 and rapport n°38 (seed 000, CP du 4 juillet 2022): the second payment
// to Pôle emploi under the SPIE partnership. The rapport states the State's funding and what
// the Département reverses to Pôle emploi out of it: the reversal is the first payment plus this
// session's, computed, and may not exceed the State's funding.

import { dates, money as moneyValues } from "../../document/context.ts";
import { date, money } from "../../model/fields.ts";
import { sum } from "../../money/money.ts";
import { deliberationModel } from "./modele.ts";

export const poleEmploiSpie = deliberationModel({
  modele: "pole-emploi-spie",
  title: "Avenant financier à la convention de partenariat SPIE avec Pôle emploi",
  faits: {
    convention_etat_montant: money("550000.00").describe(
      "Montant de la convention de financement du SPIE entre l'État et le Département.",
    ),
    convention_etat_date: date("2021-09-30").describe("Date de signature de cette convention."),
    premier_versement: money("50000.00").describe(
      "Le premier versement à Pôle emploi, attribué avec la convention de partenariat.",
    ),
    premier_versement_date: date("2021-10-18").describe(
      "Date de la Commission Permanente qui a adopté la convention et ce premier versement.",
    ),
  },
  values: (faits, figures) => {
    const second = sum(figures.acts.map((a) => a.figures?.total).filter((t) => t !== undefined));
    return {
      conventionEtat: {
        montant: moneyValues(faits.convention_etat_montant),
        date: dates(faits.convention_etat_date),
      },
      premierVersement: {
        montant: moneyValues(faits.premier_versement),
        date: dates(faits.premier_versement_date),
      },
      // « une somme de 100 000 € devait être reversée … à Pôle emploi »: the two payments.
      reversement: moneyValues(faits.premier_versement.plus(second)),
    };
  },
});
