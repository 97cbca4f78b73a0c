// The JSON Schema of each kind of data file, generated from its zod model: what an editor
// reads (through a `# yaml-language-server: $schema=…` first line) to complete and check
// fields. The model stays the one source; the schema describes the text as written (io:
// "input"), before the transforms that give values their types.
import { z } from "zod";
import { SCHEMAS_FOLDER } from "../load/data-folder.ts";
import { actesSchema } from "./actes.ts";
import { departementSchema } from "./departement.ts";
import { lignesBudgetairesSchema } from "./lignes-budgetaires.ts";
import { operationsSchema } from "./operations.ts";
import { partenaireSchema } from "./partenaire.ts";
import { seanceSchema } from "./seance.ts";

export interface DataFileKind {
  /** Stem of the schema file: partenaire → partenaire.schema.json. */
  readonly name: string;
  /** Where such a file sits in a data folder. */
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly schema: z.ZodType;
}

export const DATA_FILE_KINDS: readonly DataFileKind[] = [
  {
    name: "departement",
    path: "departement.yaml",
    title: "Le Département",
    description:
      "Le Département lui-même, écrit une fois pour tous les actes : siège, président, direction, signataire par délégation.",
    schema: departementSchema,
  },
  {
    name: "lignes-budgetaires",
    path: "lignes-budgetaires.yaml",
    title: "Les lignes budgétaires",
    description:
      "Une entrée par code opération (C02-566A05) : imputation, libellé et autorisation d'engagement.",
    schema: lignesBudgetairesSchema,
  },
  {
    name: "partenaire",
    path: "partenaires/<id>.yaml",
    title: "Un partenaire",
    description:
      "Un partenaire par fichier ; son identifiant est le nom du fichier (ccas-arras.yaml → ccas-arras).",
    schema: partenaireSchema,
  },
  {
    name: "seance",
    path: "<séance>/seance.yaml",
    title: "Une séance de Commission Permanente",
    description:
      "La séance : date, délibération, rapport, présidence, et le disponible de chaque ligne budgétaire.",
    schema: seanceSchema,
  },
  {
    name: "operations",
    path: "<séance>/operations.yaml",
    title: "La répartition financière d'une séance",
    description:
      "L'annexe « répartition financière » : thématiques → opérations → lignes d'allocation.",
    schema: operationsSchema,
  },
  {
    name: "actes",
    path: "<séance>/actes.yaml",
    title: "Les actes déclarés d'une séance",
    description:
      "Facultatif : les actes qui ne sont pas les lignes d'allocation d'un partenaire (avenant de durée, acte avec l'État…), un par entrée ; son type fixe ses champs.",
    schema: actesSchema,
  },
];

/** The JSON Schema (draft-07, the draft every editor reads) of one kind of data file. */
export function jsonSchemaOf(kind: DataFileKind): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(kind.schema, {
    target: "draft-7",
    io: "input",
    // A model that JSON Schema cannot express is a bug here, not something to paper over.
    unrepresentable: "throw",
  });
  return { $schema, title: kind.title, description: kind.description, ...body };
}

/** The file `actes schema` writes for a kind: partenaire.schema.json. */
export function schemaFileName(kind: DataFileKind): string {
  return `${kind.name}.schema.json`;
}

/** The schema file's text, byte for byte: what `actes schema` writes and the tests compare. */
export function schemaFileText(kind: DataFileKind): string {
  return `${JSON.stringify(jsonSchemaOf(kind), null, 2)}\n`;
}

/**
 * The first line of a data file of this kind, with the schema's path relative to the file,
 * for schemas written in the data folder's `schemas/`.
 * @example schemaComment(partenaire) // "# yaml-language-server: $schema=../schemas/partenaire.schema.json"
 */
export function schemaComment(kind: DataFileKind, schemasFolder = SCHEMAS_FOLDER): string {
  const up = "../".repeat(kind.path.split("/").length - 1);
  return `# yaml-language-server: $schema=${up}${schemasFolder}/${schemaFileName(kind)}`;
}
