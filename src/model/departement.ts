// data/departement.yaml: the Département itself, written once for every act.
import { z } from "zod";
import { assembleeSchema } from "./assemblee.ts";
import { date, orGap, text } from "./fields.ts";
import { civilite, personSchema } from "./person.ts";

export const departementSchema = z.strictObject({
  nom: text("Département du Pas-de-Calais").describe("Nom du Département, partie à chaque acte."),
  siege: text("Hôtel du Département, rue Ferdinand Buisson, 62018 Arras Cedex 9").describe(
    "Adresse du siège.",
  ),
  president: personSchema.describe("Le président du Conseil départemental."),
  pole: text("Pôle Solidarités").describe("Pôle de la direction, cité dans les actes."),
  direction: text("Direction des Politiques d'Inclusion Durable").describe(
    "Direction qui prépare les actes, citée dans les actes.",
  ),
  logo: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Logo de l'en-tête (image PNG ou JPEG), chemin relatif au dossier de données : logo.png.",
    ),
  /** The DPID director who signs avenants by delegation of the president. */
  delegataire: personSchema
    .extend({
      fonction: text("Directrice des Politiques d'Inclusion Durable").describe(
        "Fonction imprimée sous le nom.",
      ),
    })
    .describe("La personne qui signe par délégation du président."),
  /** The director-general who signs the deliberations' extracts « Pour le Président ». */
  dgs: personSchema
    .extend({
      fonction: text("Directrice Générale des Services").describe("Fonction imprimée sous le nom."),
    })
    .optional()
    .describe(
      "La personne qui signe les délibérations pour le président (« Pour le Président du Conseil départemental, La Directrice Générale des Services »).",
    ),
  assemblee: assembleeSchema
    .optional()
    .describe(
      "Les élus de la Commission Permanente et ses commissions : les délibérations nomment les présents, les excusés, le secrétaire par leur identifiant.",
    ),
  /** The public accountant who pays: « Madame la Payeuse départementale » (CLLAJ avenant). */
  payeur: z
    .strictObject({ civilite: civilite() })
    .optional()
    .describe(
      "Le payeur départemental, nommé par sa fonction : sa civilité accorde « la Payeuse » ou « le Payeur ».",
    ),
  /** Framework conventions cited in the visas of the acts, by id: their signature dates. */
  conventions: z
    .record(
      z.string().meta({ title: "identifiant" }),
      z.strictObject({
        intitule: text(
          "convention 2022 relative à la Stratégie de prévention et de lutte contre la pauvreté",
        ).describe("Intitulé, tel qu'il est cité dans les visas."),
        date: orGap(date()).describe("Date de signature."),
      }),
    )
    .optional()
    .describe("Conventions-cadres citées dans les visas des actes, par identifiant."),
});
export type Departement = z.infer<typeof departementSchema>;
