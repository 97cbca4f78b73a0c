// A named person: the president, a signatory, a partner's representative.
import { z } from "zod";
import { oneOf, orGap, text } from "./fields.ts";

export const civilite = () => oneOf(["M.", "Mme"]).describe("Civilité : M. ou Mme.");

/** A person who signs or presides; `fonction` is the title printed under the name. */
export const personSchema = z.strictObject({
  civilite: civilite(),
  prenom: text("Jean-Claude").describe("Prénom, tel qu'il est imprimé."),
  nom: text("LEROY").describe("Nom de famille, écrit comme il sera imprimé."),
  fonction: text("Président du Conseil départemental")
    .optional()
    .describe("Fonction imprimée sous le nom."),
});
export type Person = z.infer<typeof personSchema>;

/** A partner's representative: each part may still be to complete. */
export const representativeSchema = z.strictObject({
  civilite: orGap(civilite()).describe("Civilité du représentant : M. ou Mme."),
  prenom: orGap(text("Frédéric")).describe("Prénom du représentant."),
  nom: orGap(text("DANEL")).describe("Nom du représentant."),
  fonction: orGap(text("Directeur Régional")).describe(
    "Fonction du représentant, imprimée après son nom.",
  ),
  lieu_signature: text("Lille")
    .optional()
    .describe(
      "Ville où il signe, pour les actes qui la nomment (« Fait à Lille, le ») ; à défaut, celle du Département.",
    ),
});
export type Representative = z.infer<typeof representativeSchema>;
