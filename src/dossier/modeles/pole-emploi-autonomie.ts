// Délibération n°2022-553 and rapport n°50 (seed 002, CP du 13 décembre 2022): Pôle emploi's
// convention « Cap sur les métiers de l'autonomie ». The amount, the start and the duration are
// the convention's (its act's values); the rapport alone states the deliberation that created
// the platform (also a visa of the délibération: written once) and the number of posts funded.

import { dates } from "../../document/context.ts";
import { integerInWords } from "../../format/fr/index.ts";
import { count, date, text } from "../../model/fields.ts";
import { deliberationModel } from "./modele.ts";

export const poleEmploiAutonomie = deliberationModel({
  modele: "pole-emploi-autonomie",
  title:
    "Convention financière avec Pôle emploi : postes de conseillers dédiés aux métiers de l'autonomie",
  faits: {
    plateforme_deliberation: text("2022-54").describe(
      "Numéro de la délibération de la Commission Permanente qui a créé la plateforme des métiers de l'autonomie.",
    ),
    plateforme_date: date("2022-02-21").describe("Date de la séance qui l'a adoptée."),
    postes: count("4").describe(
      "Nombre de postes de conseillers Pôle emploi que la participation finance.",
    ),
  },
  values: (faits) => ({
    // « Vu la délibération n°2022-54 … en date du 21/02/2022 » and the rapport's « validée par
    // la Commission permanente en date du 21 février 2022 »: one deliberation, two forms.
    plateforme: { numero: faits.plateforme_deliberation, date: dates(faits.plateforme_date) },
    // « quatre postes de conseillers », « quatre conseillers dédiés »
    postes: { lettres: integerInWords(faits.postes) },
  }),
});
