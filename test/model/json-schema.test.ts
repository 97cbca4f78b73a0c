// The JSON Schemas as an editor uses them: each embedded data file names its schema on its first
// line, the schema file is the one the models give today, and a real JSON Schema validator (ajv)
// accepts every embedded file read as an editor reads YAML, and refuses what the engine refuses.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  DATA_FILE_KINDS,
  type DataFileKind,
  jsonSchemaOf,
  schemaComment,
  schemaFileName,
  schemaFileText,
} from "../../src/model/json-schema.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const kind = (name: string): DataFileKind => {
  const found = DATA_FILE_KINDS.find((k) => k.name === name);
  if (!found) throw new Error(`no kind ${name}`);
  return found;
};

/** Every embedded data file with the kind of data it holds. */
function embeddedFiles(): { path: string; kind: DataFileKind }[] {
  const out = [
    { path: join(DEFAULT_DATA, "departement.yaml"), kind: kind("departement") },
    { path: join(DEFAULT_DATA, "lignes-budgetaires.yaml"), kind: kind("lignes-budgetaires") },
  ];
  for (const name of readdirSync(join(DEFAULT_DATA, "partenaires"))) {
    out.push({ path: join(DEFAULT_DATA, "partenaires", name), kind: kind("partenaire") });
  }
  for (const name of readdirSync(DEFAULT_DATA)) {
    const dir = join(DEFAULT_DATA, name);
    if (["partenaires", "schemas"].includes(name) || !statSync(dir).isDirectory()) continue;
    out.push({ path: join(dir, "seance.yaml"), kind: kind("seance") });
    // operations.yaml and actes.yaml when the session has them (cp-2022-10-17 has no allocation lines).
    for (const k of ["operations", "actes"] as const) {
      const path = join(dir, `${k}.yaml`);
      if (existsSync(path)) out.push({ path, kind: kind(k) });
    }
  }
  return out;
}

/** The editor's reading: YAML 1.2 core schema, where 110 is a number and 2022-553 is text. */
const asEditorReads = (text: string): unknown => parse(text, { version: "1.2", schema: "core" });

// allowUnionTypes: the numeric kinds are ["string", "integer"] on purpose (see fields.ts).
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const compiled = new Map(DATA_FILE_KINDS.map((k) => [k, ajv.compile(jsonSchemaOf(k))]));
const validator = (k: DataFileKind) => {
  const validate = compiled.get(k);
  if (!validate) throw new Error(`no schema for ${k.name}`);
  return validate;
};

describe("JSON Schemas of the data files", () => {
  it.each(DATA_FILE_KINDS.map((k) => [k.name, k] as const))(
    "data/schemas/%s.schema.json is what `actes schema` writes from the models today",
    async (_, k) => {
      await expect(schemaFileText(k)).toMatchFileSnapshot(
        join(DEFAULT_DATA, "schemas", schemaFileName(k)),
      );
    },
  );

  it("every embedded data file names its schema on its first line, by a path that exists", () => {
    for (const { path, kind: k } of embeddedFiles()) {
      const [first] = readFileSync(path, "utf8").split("\n");
      const target = /\$schema=(.+)$/.exec(first ?? "")?.[1] ?? "";
      expect(first, relative(DEFAULT_DATA, path)).toBe(schemaComment(k));
      expect(resolve(dirname(path), target)).toBe(join(DEFAULT_DATA, "schemas", schemaFileName(k)));
    }
  });

  it("every embedded data file is valid against its schema, read as an editor reads it", () => {
    const files = embeddedFiles();
    expect(files.length).toBeGreaterThan(50);
    for (const { path, kind: k } of files) {
      const validate = validator(k);
      const ok = validate(asEditorReads(readFileSync(path, "utf8")));
      expect(ok ? [] : validate.errors, relative(DEFAULT_DATA, path)).toEqual([]);
    }
  });

  const partner = (extra: string) =>
    `nom: CCAS d'Arras\narticle: le\nsiege: À COMPLÉTER\nrepresentant: À COMPLÉTER\n${extra}`;
  const errors = (k: DataFileKind, text: string) => {
    const validate = validator(k);
    return validate(asEditorReads(text))
      ? []
      : (validate.errors ?? []).map(
          (e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`,
        );
  };

  it("refuses an unknown key and a missing required key", () => {
    const found = errors(
      kind("partenaire"),
      "nom: CCAS d'Arras\narticle: le\nsiege: À COMPLÉTER\nsirte: 1\n",
    );
    expect(found).toContain(' additionalProperties {"additionalProperty":"sirte"}');
    expect(found).toContain(' required {"missingProperty":"representant"}');
  });

  it.each([
    {
      name: "a SIRET in one piece (a number to the editor)",
      extra: "siret: 26620007200004\n",
      valid: true,
    },
    {
      name: "a SIRET grouped as on the SIRENE notice",
      extra: "siret: 266 200 072 00004\n",
      valid: true,
    },
    { name: "a SIRET still to complete", extra: "siret: À COMPLÉTER\n", valid: true },
    { name: "a SIRET grouped otherwise", extra: "siret: 2662 0007 200004\n", valid: false },
    { name: "an empty SIRET", extra: "siret:\n", valid: false },
  ])("partner: $name → valid: $valid", ({ extra, valid }) => {
    expect(errors(kind("partenaire"), partner(extra)).length === 0).toBe(valid);
  });

  const allocation = (line: string) => `thematiques:
  - intitule: T
    operations:
      - intitule: O
        dispositif: cllaj
        ligne: C02-581E02
        allocations:
          - partenaire: ccas-arras
            ${line}
`;

  it.each([
    { name: "an amount as YAML reads it (a number)", line: "montant: 20000.00", valid: true },
    { name: "an amount with a thousands space", line: "montant: 20 000", valid: false },
    { name: "a misspelt key", line: "montnat: 20000.00", valid: false },
    { name: "an advance above 100 %", line: "avance: 120", valid: false },
    { name: "places that are not whole", line: "places: 55.5", valid: false },
  ])("operations: $name → valid: $valid", ({ line, valid }) => {
    expect(errors(kind("operations"), allocation(line)).length === 0).toBe(valid);
  });

  it("refuses a dispositif outside the list and a budget key that is not a code opération", () => {
    expect(
      errors(kind("operations"), allocation("montant: 1").replace("cllaj", "claj")),
    ).not.toEqual([]);
    expect(
      errors(
        kind("lignes-budgetaires"),
        "logement jeunes:\n  imputation: a\n  libelle: b\n  ae: 1\n",
      ),
    ).not.toEqual([]);
  });

  it("carries the French description of each field", () => {
    const schema = jsonSchemaOf(kind("partenaire")) as {
      properties: Record<string, { description?: string }>;
    };
    expect(schema.properties.siret?.description).toMatch(/^SIRET de l'avis de situation SIRENE/);
    expect(Object.values(schema.properties).every((p) => (p.description ?? "") !== "")).toBe(true);
  });
});
