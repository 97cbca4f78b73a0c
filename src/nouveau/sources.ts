// What a new session's skeleton takes from the data already there: who presided the last
// session (to check, not to trust), and the budget lines a session may draw on.
import { findDataFiles } from "../load/data-folder.ts";
import { departementSchema } from "../model/departement.ts";
import { lignesBudgetairesSchema } from "../model/lignes-budgetaires.ts";
import { seanceSchema } from "../model/seance.ts";
import { validateFile } from "../model/validate-file.ts";

/** The session folders of a data folder, in date order (cp-AAAA-MM-JJ). */
export function sessionIds(dataDir: string): string[] {
  return (findDataFiles(dataDir).value?.seances ?? []).map((s) => s.id).sort();
}

/** The presidence of the last valid session, else the president of departement.yaml. */
export function lastPresidence(dataDir: string): { values: [string, string][]; note: string } {
  const files = findDataFiles(dataDir).value;
  const last = [...(files?.seances ?? [])]
    .sort((a, b) => b.id.localeCompare(a.id))
    .map((s) => ({ id: s.id, value: validateFile(s.seance, seanceSchema).value }))
    .find((s) => s.value !== undefined);
  const person =
    last?.value?.presidence ??
    (files && validateFile(files.departement, departementSchema).value?.president);
  if (!person) return { values: [], note: "" };
  return {
    values: Object.entries(person).map(([k, v]): [string, string] => [
      `presidence.${k}`,
      String(v),
    ]),
    note: `Présidence reprise de ${last ? `la séance ${last.id}` : "departement.yaml (président)"} : vérifiez-la.`,
  };
}

/** Each budget line of lignes-budgetaires.yaml, with its libellé. */
export function budgetLines(dataDir: string): [string, string][] {
  const files = findDataFiles(dataDir).value;
  const lignes = files && validateFile(files.lignes, lignesBudgetairesSchema).value;
  return Object.entries(lignes ?? {}).map(([code, l]) => [code, l.libelle]);
}
