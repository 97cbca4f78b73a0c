// data/<session>/seance.yaml: one Commission Permanente session and its budget table.
import { z } from "zod";
import { date, identifier, money, quantity, text } from "./fields.ts";
import { budgetCode } from "./lignes-budgetaires.ts";
import { personSchema } from "./person.ts";

const ids = (example: string, what: string) =>
  z.array(identifier(example)).optional().describe(what);

const voteLine = z.strictObject({
  voix: quantity("44").describe("Nombre de voix."),
  groupes: z.array(text("Groupe Union pour le Pas-de-Calais")).optional().describe("Les groupes."),
});

/**
 * What the délibération and the rapport of one deliberation print besides the figures: who sat
 * (ids of departement.yaml's assemblee), the vote, the commissions' opinions, the model of its
 * wording, the facts its rapport states, the PDF annexes received from outside. Every field is
 * optional: the dossier shows what is missing as a value to complete.
 */
const deliberationDetail = {
  modele: identifier("pole-emploi-spie")
    .optional()
    .describe(
      "Le modèle de la délibération et de son rapport : templates/deliberations/<modele>.hbs et templates/rapports/<modele>.hbs.",
    ),
  secretaire: identifier("malfait").optional().describe("Le secrétaire de séance (un membre)."),
  excuses: ids("gauthier", "Les membres excusés : les autres membres sont présents."),
  absents: ids("cauwet", "Les membres absents."),
  assistants: ids("cottigny", "Les élus présents sans voix délibérative (assemblee.sans_voix)."),
  excuses_sans_voix: ids("dagbert", "Les élus sans voix délibérative excusés."),
  interesses: ids(
    "leroy",
    "Les membres intéressés à l'affaire, qui ne prennent part ni au débat ni au vote.",
  ),
  interesses_excuses: ids(
    "cauwet",
    "Les membres intéressés à l'affaire et excusés, sans délégation de vote pour ce rapport.",
  ),
  avis: z
    .array(
      z.strictObject({
        commission: identifier("solidarites").describe("La commission (assemblee.commissions)."),
        date: date("2022-11-07").describe("Date de sa réunion."),
      }),
    )
    .optional()
    .describe("Les avis des commissions sur le rapport, dans l'ordre où la délibération les vise."),
  vote: z
    .strictObject({
      pour: voteLine.describe("Les voix pour, et les groupes qui les ont données."),
      contre: voteLine.describe("Les voix contre."),
      abstention: voteLine.describe("Les abstentions."),
      absents_sans_delegation: voteLine
        .optional()
        .describe("Les absents sans délégation de vote (leur nombre dans voix)."),
    })
    .optional()
    .describe("Les conditions de vote."),
  territoires: text("Tous les territoires")
    .optional()
    .describe("Les territoires que vise le rapport."),
  service: text("Service RSA, Coordination et Pilotage Budgétaire")
    .optional()
    .describe("Le service qui présente le rapport."),
  faits: z
    .record(
      z.string().meta({ title: "nom" }),
      // Text for the engine, which parses it with the model's field; a number for an editor.
      z.string().meta({ type: ["string", "number"] }),
    )
    .optional()
    .describe(
      "Les faits que le rapport énonce et que les données ne portent pas ailleurs ; leurs noms et leurs formes sont ceux du modèle (src/dossier/modeles/).",
    ),
  annexes_externes: z
    .array(
      z.strictObject({
        titre: text("Budget prévisionnel de l'action").describe(
          "Titre, dans le sommaire et les signets.",
        ),
        fichier: text("annexes/budget.pdf").describe(
          "Le fichier PDF reçu, chemin relatif au dossier de la séance.",
        ),
      }),
    )
    .optional()
    .describe(
      "Les annexes reçues en PDF, ajoutées telles quelles à la fin du dossier de la délibération.",
    ),
};

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
        ...deliberationDetail,
      }),
    )
    .optional()
    .describe(
      "Les autres délibérations de la séance (n°2022-451 et n°2022-467 sont du 21 novembre 2022) : chaque acte déclaré dans actes.yaml nomme la sienne.",
    ),
  ...deliberationDetail,
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
