// What a new session's skeleton takes from the data already there: who presided the last
// session (to check, not to trust), and the budget lines a session may draw on.
import { join } from "node:path";
import { departementSchema } from "../model/departement.ts";
import { lignesBudgetairesSchema } from "../model/lignes-budgetaires.ts";
import type { Person } from "../model/person.ts";
import { seanceSchema } from "../model/seance.ts";
import { validateFile } from "../model/validate-file.ts";

const dataFile = (dataDir: string, ...parts: string[]) => ({
  path: join(dataDir, ...parts),
  file: join(dataDir, ...parts),
  root: dataDir,
});

/** The presidence of the last session (by folder name, cp-AAAA-MM-JJ), else the president's. */
export function lastPresidence(
  dataDir: string,
  sessions: readonly string[],
): { values: [string, string][]; note: string } {
  const last = [...sessions]
    .sort()
    .reverse()
    .find((s) => validateFile(dataFile(dataDir, s, "seance.yaml"), seanceSchema).value);
  const person: Person | undefined = last
    ? validateFile(dataFile(dataDir, last, "seance.yaml"), seanceSchema).value?.presidence
    : validateFile(dataFile(dataDir, "departement.yaml"), departementSchema).value?.president;
  if (!person) return { values: [], note: "" };
  const values = Object.entries(person).map(([k, v]): [string, string] => [
    `presidence.${k}`,
    String(v),
  ]);
  return {
    values,
    note: `Présidence reprise de ${last ? `la séance ${last}` : "departement.yaml (président)"} : vérifiez-la.`,
  };
}

/** Each budget line of lignes-budgetaires.yaml, with its libellé. */
export function budgetLines(dataDir: string): [string, string][] {
  const lignes =
    validateFile(dataFile(dataDir, "lignes-budgetaires.yaml"), lignesBudgetairesSchema).value ?? {};
  return Object.entries(lignes).map(([code, l]) => [code, l.libelle]);
}
