// data/lignes-budgetaires.yaml: budget lines by code opération (C02-566A05 …).
import { z } from "zod";
import { money, text } from "./fields.ts";

export const BUDGET_CODE = /^C[0-9]{2}-[0-9]{3}[A-Z][0-9]{2}$/;

export const ligneBudgetaireSchema = z.strictObject({
  imputation: text("6568/93566").describe("Imputation budgétaire (nature/fonction)."),
  libelle: text("Indemnisation des organismes référents").describe("Libellé de la ligne."),
  ae: money("6019600.00").describe("Autorisation d'engagement, en euros."),
});

/** A code opération: C02-566A05. */
export const budgetCode = () =>
  z
    .string()
    .regex(BUDGET_CODE)
    .meta({ title: "code opération", examples: ["C02-566A05"] });

export const lignesBudgetairesSchema = z.record(budgetCode(), ligneBudgetaireSchema);
export type LigneBudgetaireData = z.infer<typeof ligneBudgetaireSchema>;
export interface LigneBudgetaire extends LigneBudgetaireData {
  readonly code: string;
}
