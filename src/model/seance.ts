// data/<session>/seance.yaml: one Commission Permanente session and its budget table.
import { z } from "zod";
import { date, money, text } from "./fields.ts";
import { budgetCode } from "./lignes-budgetaires.ts";
import { personSchema } from "./person.ts";

export const seanceSchema = z.strictObject({
  date: date("2022-11-21").describe("Date de la séance, écrite une fois pour tous ses actes."),
  deliberation: text("2022-467").describe("Numéro de la délibération."),
  rapport: text("47").describe("Numéro du rapport."),
  intitule: text("Appel à projets des politiques d'inclusion durable 2022 - phase 3").describe(
    "Intitulé de la délibération.",
  ),
  autres_deliberations: z
    .array(
      z.strictObject({
        deliberation: text("2022-451").describe("Numéro de la délibération."),
        rapport: text("31").describe("Numéro du rapport."),
        intitule: text(
          "Expérimentation du service public de l'insertion et de l'emploi - avenant à la convention de financement entre l'État et le Département",
        ).describe("Intitulé de la délibération."),
      }),
    )
    .optional()
    .describe(
      "Les autres délibérations de la séance (n°2022-451 et n°2022-467 sont du 21 novembre 2022) : chaque acte déclaré dans actes.yaml nomme la sienne.",
    ),
  presidence: personSchema.describe("La personne qui préside la séance."),
  /** Per budget line code: the available amount before this session, and the printed proposal. */
  budget: z
    .record(
      budgetCode(),
      z.strictObject({
        disponible: money("1235586.67").describe("Disponible de la ligne avant la séance."),
        proposition: money("420720.00")
          .optional()
          .describe("Proposition recopiée du rapport : facultative, recalculée et comparée."),
      }),
    )
    .describe("Le tableau budgétaire du rapport : une entrée par ligne budgétaire de la séance."),
});
export type SeanceData = z.infer<typeof seanceSchema>;
