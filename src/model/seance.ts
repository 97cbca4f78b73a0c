// data/<session>/seance.yaml: one Commission Permanente session and its budget table.
import { z } from "zod";
import { date, money, text } from "./fields.ts";
import { budgetCode } from "./lignes-budgetaires.ts";
import { personSchema } from "./person.ts";

export const seanceSchema = z.strictObject({
  date: date(),
  deliberation: text(),
  rapport: text(),
  intitule: text(),
  presidence: personSchema,
  /** Per budget line code: the available amount before this session, and the printed proposal. */
  budget: z.record(
    budgetCode(),
    z.strictObject({
      disponible: money(),
      proposition: money().optional(),
    }),
  ),
});
export type SeanceData = z.infer<typeof seanceSchema>;
