// A data folder → the Dataset, or every diagnostic found on the way (all files, all errors).
import { type Diagnostic, hasErrors } from "../diagnostics/diagnostic.ts";
import { findDataFiles } from "../load/data-folder.ts";
import type { ParsedFile } from "../load/parse-yaml.ts";
import { actesSchema, type DeclaredActData } from "./actes.ts";
import type { Dataset, Origin, Seance } from "./dataset.ts";
import { departementSchema } from "./departement.ts";
import { ID_PATTERN } from "./fields.ts";
import { lignesBudgetairesSchema } from "./lignes-budgetaires.ts";
import { operationsSchema } from "./operations.ts";
import { partenaireSchema } from "./partenaire.ts";
import { RULES } from "./rules/index.ts";
import { seanceSchema } from "./seance.ts";
import { validateFile } from "./validate-file.ts";

export interface LoadResult {
  readonly value?: Dataset;
  readonly diagnostics: readonly Diagnostic[];
  /** Every file read, valid or not, for code frames. */
  readonly sources: readonly ParsedFile[];
}

export function loadDataset(dir: string): LoadResult {
  const found = findDataFiles(dir);
  const diagnostics: Diagnostic[] = [...found.diagnostics];
  const sources: ParsedFile[] = [];
  if (!found.value) return { diagnostics, sources };
  const files = found.value;
  const run = <T>(r: { parsed?: ParsedFile; value?: T; diagnostics: Diagnostic[] }) => {
    if (r.parsed) sources.push(r.parsed);
    diagnostics.push(...r.diagnostics);
    return r;
  };
  const origin = (source: ParsedFile | undefined, ...path: (string | number)[]): Origin => ({
    // biome-ignore lint/style/noNonNullAssertion: a value exists only when its file was parsed.
    source: source!,
    path,
  });

  const departement = run(validateFile(files.departement, departementSchema));
  const lignes = run(validateFile(files.lignes, lignesBudgetairesSchema));
  const partenaires = files.partenaires.map((f) => ({
    id: f.id,
    ...run(validateFile(f, partenaireSchema)),
  }));
  const seances = files.seances.map((s) => ({
    id: s.id,
    seance: run(validateFile(s.seance, seanceSchema)),
    operations: s.operations ? run(validateFile(s.operations, operationsSchema)) : undefined,
    actes: s.actes ? run(validateFile(s.actes, actesSchema)) : undefined,
  }));
  for (const p of partenaires) {
    if (!ID_PATTERN.test(p.id)) {
      diagnostics.push({
        code: "IDENTIFIANT_INVALIDE",
        severity: "error",
        file: files.partenaires.find((f) => f.id === p.id)?.file ?? p.id,
        message: `nom de fichier de partenaire invalide « ${p.id} »`,
        expected: "un identifiant en minuscules : ccas-arras.yaml",
        found: p.id,
      });
    }
  }
  // Warnings (ignored files) do not stop the load; they travel with the dataset.
  if (hasErrors(diagnostics)) return { diagnostics, sources };

  // All files are valid: assemble, keeping the origin of every entity.
  const dataset: Dataset = {
    // biome-ignore lint/style/noNonNullAssertion: valid files have values.
    departement: { ...departement.value!, origin: origin(departement.parsed) },
    lignes: new Map(
      Object.entries(lignes.value ?? {}).map(([code, l]) => [
        code,
        { ...l, code, origin: origin(lignes.parsed, code) },
      ]),
    ),
    partenaires: new Map(
      partenaires.map((p) => [
        p.id,
        // biome-ignore lint/style/noNonNullAssertion: valid files have values.
        { ...p.value!, id: p.id, origin: origin(p.parsed) },
      ]),
    ),
    seances: seances.map((s): Seance => {
      // biome-ignore lint/style/noNonNullAssertion: valid files have values.
      const data = s.seance.value!;
      // A session without operations.yaml has no allocation lines (its acts are declared).
      const ops = s.operations?.value ?? { thematiques: [] };
      const src = s.operations?.parsed;
      const actes = s.actes;
      return {
        ...data,
        id: s.id,
        origin: origin(s.seance.parsed),
        budget: Object.entries(data.budget).map(([code, b]) => ({
          code,
          ...b,
          origin: origin(s.seance.parsed, "budget", code),
        })),
        thematiques: ops.thematiques.map((t, ti) => ({
          ...t,
          origin: origin(src, "thematiques", ti),
          operations: t.operations.map((o, oi) => ({
            ...o,
            origin: origin(src, "thematiques", ti, "operations", oi),
            allocations: o.allocations.map((a, ai) => ({
              ...a,
              origin: origin(src, "thematiques", ti, "operations", oi, "allocations", ai),
            })),
          })),
        })),
        declared: (actes?.value?.actes ?? []).map((data, i) => ({
          data: data as DeclaredActData,
          origin: origin(actes?.parsed, "actes", i),
        })),
      };
    }),
    sources,
  };
  diagnostics.push(...RULES.flatMap((rule) => rule(dataset)));
  return hasErrors(diagnostics)
    ? { diagnostics, sources }
    : { value: dataset, diagnostics, sources };
}
