// Avenant de durée (seed 003, annexe 10: GIE EURASANTE, « Une chance pour soigner »): the
// convention's period of application is replaced, the territories it covers may be completed;
// no money moves. Its signatories are its parties: the Département by delegation and the one
// partner (the seed's model carried no other).
import { z } from "zod";
import { or } from "../document/context.ts";
import { formatDateLong, listInWords } from "../format/fr/index.ts";
import { count, date, orGap, text } from "../model/fields.ts";
import { periodeSchema } from "../model/operations.ts";
import { declaredActType } from "./declared.ts";

export const avenantDuree = declaredActType({
  type: "avenant-duree",
  title: "Avenant de durée à une convention (sans incidence financière)",
  parties: { min: 1, max: 1 },
  fields: {
    avenant: count("1").describe("Numéro de l'avenant."),
    convention: z
      .strictObject({
        numero: orGap(text("2021-04672")).describe("Numéro de la convention."),
        date: orGap(date("2021-12-02")).describe("Date de signature de la convention."),
        action: text("Une chance pour soigner").describe("Nom de l'action qu'elle finance."),
      })
      .describe("La convention que l'avenant prolonge."),
    periode: periodeSchema.describe("La nouvelle période d'application de la convention."),
    article_periode: text("3").describe(
      "Article de la convention qui fixe sa période, remplacé par l'avenant.",
    ),
    territoires: z
      .strictObject({
        article: text("4.3").describe("Article de la convention que l'avenant complète."),
        liste: z
          .array(text("le Calaisis"))
          .min(1)
          .describe("Les territoires, avec leur article : le Calaisis, Hénin-Carvin."),
      })
      .optional()
      .describe("Les territoires concernés, si l'avenant les précise."),
    visas: z
      .array(
        text("l'avenant N°4 à la convention cadre stratégie pauvreté, signé le 7 septembre 2021"),
      )
      .optional()
      .describe(
        "Les visas propres à cet avenant, cités entre ceux du cadre départemental et celui de la convention.",
      ),
    deliberation_structure: orGap(date("2019-03-21")).describe(
      "Date de la délibération du partenaire qui autorise son représentant à signer.",
    ),
  },
  period: (f) => f.periode,
  convention: (f) => f.convention.numero,
  values: (f) => ({
    acte: {
      numero: String(f.avenant),
      visas: [...(f.visas ?? [])],
      articlePeriode: f.article_periode,
      convention: {
        numero: or(f.convention.numero, "numéro de la convention prolongée", String),
        date: or(f.convention.date, "date de signature de la convention", formatDateLong),
        action: f.convention.action,
      },
      deliberationStructure: or(
        f.deliberation_structure,
        "date de la délibération du partenaire",
        formatDateLong,
      ),
      ...(f.territoires
        ? {
            territoires: {
              article: f.territoires.article,
              texte: listInWords(f.territoires.liste),
            },
          }
        : {}),
    },
  }),
});
