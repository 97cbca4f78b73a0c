// data/<session>/operations.yaml: annexe 5, thématique → opération → allocation lines.
import { z } from "zod";
// The funding schemes the engine knows: the registry of src/dispositifs/, one module each.
import { DISPOSITIFS, type Dispositif } from "../dispositifs/index.ts";
import { count, date, identifier, money, oneOf, orGap, percent, text } from "./fields.ts";

export { DISPOSITIFS, type Dispositif };

/** A period: start and either an inclusive end or a duration in months (rules/periods.ts). */
export const periodeSchema = z.strictObject({
  debut: date().describe("Premier jour de la période."),
  fin: date("2023-12-31").optional().describe("Dernier jour, inclus (ou bien duree_mois)."),
  duree_mois: count("12").optional().describe("Durée en mois à compter du début (ou bien fin)."),
});
export type PeriodeData = z.infer<typeof periodeSchema>;

/**
 * The other dispositifs a Convention 2022 also covers (Référent solidarité, socioprofessionnel),
 * which the AG avenant restates (seed 003, annexe 8): their names, period, cost and what was
 * already paid. The avenant's « coût total » is computed: this cost plus the line's own.
 */
export const autresDispositifsSchema = z.strictObject({
  dispositifs: z
    .array(text("Référent solidarité"))
    .min(1)
    .describe(
      "Les dispositifs, tels que l'avenant les nomme : Référent solidarité, Référent socioprofessionnel.",
    ),
  periode: periodeSchema.describe("Période de ces dispositifs dans la convention."),
  montant: money("21600.00").describe("Leur coût sur cette période."),
  verse: orGap(money("21600.00")).describe("Ce qui a déjà été versé à ce titre."),
});
export type AutresDispositifsData = z.infer<typeof autresDispositifsSchema>;

export const allocationSchema = z.strictObject({
  partenaire: identifier().describe(
    "Identifiant du partenaire : le nom de son fichier sans .yaml.",
  ),
  territoire: text("Arrageois").optional().describe("Territoire de l'action."),
  description: text("Prise en charge d'un portefeuille Accompagnement Global")
    .optional()
    .describe("Objet de la ligne, tel que l'annexe le décrit."),
  portefeuilles: count("1")
    .optional()
    .describe(
      "Nombre de portefeuilles d'accompagnement (Accompagnement Global) : « un portefeuille », « des portefeuilles ».",
    ),
  places: count()
    .optional()
    .describe(
      "Nombre de places, pour les dispositifs financés à la place (le montant est alors calculé) : obligatoire pour eux, interdit pour les autres.",
    ),
  montant: money("20000.00")
    .optional()
    .describe(
      "Montant attribué, pour les dispositifs financés par un montant : obligatoire pour eux, interdit pour les autres.",
    ),
  /** Advance in percent of the total (CLLAJ: at most 80). */
  avance: percent()
    .optional()
    .describe(
      "Avance en pourcentage du total, si le dispositif la laisse choisir (CLLAJ : 80 au plus).",
    ),
  periode: periodeSchema
    .optional()
    .describe("Période de la ligne, si elle diffère de celle de l'opération."),
  convention: z
    .strictObject({
      numero: orGap(text("2021-04462")).describe("Numéro de la convention."),
      date: orGap(date()).describe("Date de signature de la convention."),
    })
    .optional()
    .describe("La convention que l'avenant modifie."),
  avenant: orGap(count("1")).optional().describe("Numéro de l'avenant."),
  /** Date of the partner's deliberation authorising its representative to sign. */
  deliberation_structure: orGap(date())
    .optional()
    .describe("Date de la délibération du partenaire qui autorise son représentant à signer."),
  /** Profile of the professional doing the work (CLLAJ annexe). */
  profil: orGap(text("Conseiller en économie sociale et familiale"))
    .optional()
    .describe("Profil du professionnel qui mène l'action (annexe CLLAJ)."),
  autres_dispositifs: autresDispositifsSchema
    .optional()
    .describe(
      "Accompagnement Global : les autres dispositifs que la convention couvre aussi (Référent solidarité…), repris par l'avenant.",
    ),
  /** Date of the previous avenant to the same convention, cited in the visas (FPEL). */
  avenant_precedent: orGap(date())
    .optional()
    .describe("Date de l'avenant précédent à la même convention, cité dans les visas (FPEL)."),
});
export type AllocationData = z.infer<typeof allocationSchema>;

export const operationSchema = z.strictObject({
  numero: count("1").optional().describe("Numéro de l'opération dans sa thématique."),
  intitule: text("Accompagnement Global").describe("Intitulé de l'opération."),
  dispositif: oneOf(DISPOSITIFS).describe(
    "Dispositif : il fixe les champs de chaque ligne et la règle de calcul (voir le tableau des dispositifs).",
  ),
  ligne: text("C02-566A05").describe("Code opération de la ligne budgétaire qui la finance."),
  /** What the acts of this operation cite, written once here rather than in a template. */
  acte: z
    .strictObject({
      convention: text("Convention 2022")
        .optional()
        .describe(
          "La convention que les avenants modifient, telle qu'ils la citent : Convention 2022, convention de partenariat 2022-2024 (si le modèle la nomme ainsi ; à compléter sinon).",
        ),
      annexe: count("3")
        .optional()
        .describe("Numéro de l'annexe de la convention que l'avenant complète."),
    })
    .optional()
    .describe("Ce que citent les actes de l'opération : titre de la convention, numéro d'annexe."),
  total: money("420000.00")
    .optional()
    .describe("Total recopié de l'annexe : facultatif, recalculé et comparé."),
  periode: periodeSchema
    .optional()
    .describe(
      "Période commune à ses lignes : toute ligne qui produit un acte a une période, la sienne ou celle-ci.",
    ),
  allocations: z
    .array(allocationSchema)
    .min(1)
    .describe("Les lignes d'allocation : une par partenaire et territoire."),
});
export type OperationData = z.infer<typeof operationSchema>;

export const operationsSchema = z.strictObject({
  thematiques: z
    .array(
      z.strictObject({
        numero: count("1").optional().describe("Numéro de la thématique."),
        intitule: text("Accompagnement des bénéficiaires du RSA").describe(
          "Intitulé de la thématique.",
        ),
        total: money("420720.00")
          .optional()
          .describe("Total recopié de l'annexe : facultatif, recalculé et comparé."),
        operations: z.array(operationSchema).min(1).describe("Les opérations de la thématique."),
      }),
    )
    .min(1)
    .describe("Les thématiques de l'annexe, dans son ordre."),
});
export type OperationsData = z.infer<typeof operationsSchema>;
