// data/lignes-budgetaires.yaml: budget lines by code opération (C02-566A05 …).
import { z } from "zod";
import { money, text } from "./fields.ts";

export const BUDGET_CODE = /^C[0-9]{2}-[0-9]{3}[A-Z][0-9]{2}$/;

export const ligneBudgetaireSchema = z.strictObject({
  imputation: text(),
  libelle: text(),
  ae: money(),
});

/** A code opération: C02-566A05. */
export const budgetCode = () => z.string().regex(BUDGET_CODE);

export const lignesBudgetairesSchema = z.record(budgetCode(), ligneBudgetaireSchema);
export type LigneBudgetaireData = z.infer<typeof ligneBudgetaireSchema>;
export interface LigneBudgetaire extends LigneBudgetaireData {
  readonly code: string;
}
