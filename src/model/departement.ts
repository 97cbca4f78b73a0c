// data/departement.yaml: the Département itself, written once for every act.
import { z } from "zod";
import { date, orGap, text } from "./fields.ts";
import { personSchema } from "./person.ts";

export const departementSchema = z.strictObject({
  nom: text(),
  siege: text(),
  president: personSchema,
  pole: text(),
  direction: text(),
  /** The DPID director who signs avenants by delegation of the president. */
  delegataire: personSchema.extend({ fonction: text() }),
  /** Framework conventions cited in the visas of the acts, by id: their signature dates. */
  conventions: z
    .record(z.string(), z.strictObject({ intitule: text(), date: orGap(date()) }))
    .optional(),
});
export type Departement = z.infer<typeof departementSchema>;
