// The assembly the deliberations name: its members (who sits, who is excused, who is secretary),
// those who attend without a vote, and its commissions. Written once in departement.yaml; each
// deliberation names people by id, so a name is spelt one way in every deliberation.
import { z } from "zod";
import { count, date, ID_PATTERN, text } from "./fields.ts";
import { personSchema } from "./person.ts";

// A person as personSchema writes one (civilité, prénom, nom), with the dates of a term begun or
// ended during the mandate; no function: the assembly's lists print none.
const elu = personSchema.omit({ fonction: true }).extend({
  depuis: date("2022-10-17")
    .optional()
    .describe("Première séance où il siège, quand il a rejoint l'assemblée en cours de mandat."),
  jusqu_au: date("2022-07-04")
    .optional()
    .describe("Dernière séance où il siège, quand il a quitté l'assemblée."),
});
export type Elu = z.infer<typeof elu>;

// A record key is plain text for zod and for the JSON Schema: the id's pattern, checked here.
const key = (example: string) =>
  z
    .string()
    .regex(ID_PATTERN)
    .meta({ title: "identifiant", examples: [example] });

export const assembleeSchema = z.strictObject({
  membres: z
    .record(key("leroy"), elu)
    .describe(
      "Les membres de la Commission Permanente, avec voix délibérative, dans l'ordre où les délibérations les nomment : les présents sont ceux qui ne sont ni excusés ni absents.",
    ),
  sans_voix: z
    .record(key("cottigny"), elu)
    .optional()
    .describe("Les élus qui assistent sans voix délibérative."),
  commissions: z
    .record(
      key("solidarites"),
      z.strictObject({
        numero: count("2").describe("Numéro de la commission : 2 pour la 2ème."),
        intitule: text("Solidarités humaines").describe("Intitulé de la commission."),
      }),
    )
    .optional()
    .describe("Les commissions qui rendent un avis sur les rapports."),
});
export type Assemblee = z.infer<typeof assembleeSchema>;
