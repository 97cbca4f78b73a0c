// data/partenaires/<id>.yaml: one partner, referenced by its id (the file stem) everywhere else.
import { z } from "zod";
import { bic, iban, oneOf, orGap, siret, text } from "./fields.ts";
import { representativeSchema } from "./person.ts";

export const bankAccountSchema = z.strictObject({
  titulaire: orGap(text("POLE EMPLOI DR NORD GA")).describe(
    "Titulaire du compte, comme sur le RIB.",
  ),
  domiciliation: orGap(text("AG INSTITUTIONNELS")).describe(
    "Domiciliation (agence), comme sur le RIB.",
  ),
  iban: orGap(iban()).describe("IBAN, espaces permis : il est vérifié (clé modulo 97)."),
  bic: orGap(bic()).describe("BIC de la banque."),
});

export const partenaireSchema = z.strictObject({
  nom: text().describe("Nom complet de la structure, tel qu'il est écrit en tête de l'acte."),
  // The article and gender drive « le CCAS … représenté », « l'association … représentée »,
  // « du / de la / de l' », « au / à la / à l' » (format/fr/grammar.ts): never a template's guess.
  article: oneOf(["le", "la", "l'", "aucun"]).describe(
    "Article devant le nom et le nom court : le (le CCAS d'Arras), la (la CAF), l' (l'association), aucun (Pôle emploi).",
  ),
  genre: oneOf(["masculin", "féminin"])
    .optional()
    .describe(
      "Genre du nom, pour l'accord (représenté, représentée) : obligatoire avec l' ou aucun, déduit de le et la.",
    ),
  /** The short name used in the annexes ("CCAS de Béthune"). */
  sigle: text("CCAS d'Arras")
    .optional()
    .describe("Nom court, utilisé dans le corps des actes et les rapports (à défaut : nom)."),
  // Optional: the State or another Département has no siège or SIRET in the acts that name it;
  // an act whose template prints one that data lacks shows it « à compléter » and is blocked.
  siege: orGap(text("28-30 rue Elisée Reclus, 59650 Villeneuve d'Ascq"))
    .optional()
    .describe("Adresse du siège social."),
  siret: orGap(siret())
    .optional()
    .describe(
      "SIRET de l'avis de situation SIRENE : 14 chiffres, d'un seul tenant ou groupés 3 3 3 5 ; la clé est vérifiée.",
    ),
  representant: orGap(representativeSchema).describe(
    "La personne qui signe pour le partenaire (ou À COMPLÉTER pour le tout).",
  ),
  corepresentants: z
    .array(representativeSchema)
    .optional()
    .describe(
      "Les personnes qui le représentent conjointement avec le représentant, et signent aussi (l'État : le Préfet de région et le Préfet du département).",
    ),
  banque: orGap(bankAccountSchema)
    .optional()
    .describe("Coordonnées bancaires, pour les actes qui les impriment."),
});
export type PartenaireData = z.infer<typeof partenaireSchema>;
export interface Partenaire extends PartenaireData {
  readonly id: string;
}
