// A named person: the president, a signatory, a partner's representative.
import { z } from "zod";
import { oneOf, orGap, text } from "./fields.ts";

export const civilite = () => oneOf(["M.", "Mme"]);

/** A person who signs or presides; `fonction` is the title printed under the name. */
export const personSchema = z.strictObject({
  civilite: civilite(),
  prenom: text(),
  nom: text(),
  fonction: text().optional(),
});
export type Person = z.infer<typeof personSchema>;

/** A partner's representative: each part may still be to complete. */
export const representativeSchema = z.strictObject({
  civilite: orGap(civilite()),
  prenom: orGap(text()),
  nom: orGap(text()),
  fonction: orGap(text()),
});
export type Representative = z.infer<typeof representativeSchema>;
