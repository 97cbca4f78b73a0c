// data/<session>/operations.yaml: annexe 5, thématique → opération → allocation lines.
import { z } from "zod";
import { count, date, identifier, money, oneOf, orGap, percent, text } from "./fields.ts";

/** The funding schemes the engine knows; each has its own figures rule (compute/). */
export const DISPOSITIFS = [
  "accompagnement-global",
  "referent-solidarite",
  "cllaj",
  "fpel",
  "pole-emploi-autonomie",
  "subvention",
] as const;
export type Dispositif = (typeof DISPOSITIFS)[number];

/** A period: start and either an inclusive end or a duration in months (rules/periods.ts). */
export const periodeSchema = z.strictObject({
  debut: date(),
  fin: date().optional(),
  duree_mois: count().optional(),
});
export type PeriodeData = z.infer<typeof periodeSchema>;

export const allocationSchema = z.strictObject({
  partenaire: identifier(),
  territoire: text().optional(),
  description: text().optional(),
  places: count().optional(),
  montant: money().optional(),
  /** Advance in percent of the total (CLLAJ: at most 80). */
  avance: percent().optional(),
  periode: periodeSchema.optional(),
  convention: z.strictObject({ numero: orGap(text()), date: orGap(date()) }).optional(),
  avenant: orGap(count()).optional(),
  /** Date of the partner's deliberation authorising its representative to sign. */
  deliberation_structure: orGap(date()).optional(),
  /** Profile of the professional doing the work (CLLAJ annexe). */
  profil: orGap(text()).optional(),
  /** Date of the previous avenant to the same convention, cited in the visas (FPEL). */
  avenant_precedent: orGap(date()).optional(),
});
export type AllocationData = z.infer<typeof allocationSchema>;

export const operationSchema = z.strictObject({
  numero: count().optional(),
  intitule: text(),
  dispositif: oneOf(DISPOSITIFS),
  ligne: text(),
  total: money().optional(),
  periode: periodeSchema.optional(),
  allocations: z.array(allocationSchema).min(1),
});
export type OperationData = z.infer<typeof operationSchema>;

export const operationsSchema = z.strictObject({
  thematiques: z
    .array(
      z.strictObject({
        numero: count().optional(),
        intitule: text(),
        total: money().optional(),
        operations: z.array(operationSchema).min(1),
      }),
    )
    .min(1),
});
export type OperationsData = z.infer<typeof operationsSchema>;
