// data/partenaires/<id>.yaml: one partner, referenced by its id (the file stem) everywhere else.
import { z } from "zod";
import { bic, iban, orGap, siret, text } from "./fields.ts";
import { representativeSchema } from "./person.ts";

export const bankAccountSchema = z.strictObject({
  titulaire: orGap(text()),
  domiciliation: orGap(text()),
  iban: orGap(iban()),
  bic: orGap(bic()),
});

export const partenaireSchema = z.strictObject({
  nom: text(),
  /** The short name used in the annexes ("CCAS de Béthune"). */
  sigle: text().optional(),
  siege: orGap(text()),
  siret: orGap(siret()),
  representant: orGap(representativeSchema),
  banque: orGap(bankAccountSchema).optional(),
});
export type PartenaireData = z.infer<typeof partenaireSchema>;
export interface Partenaire extends PartenaireData {
  readonly id: string;
}
