// data/<séance>/actes.yaml (optional): the acts declared one by one — an act that is not one
// partner's allocation lines (an avenant de durée, an act with the State, a tripartite
// convention). Each entry names its type, which fixes its other fields (src/declared/).
import { z } from "zod";
import { DECLARED_MODULES } from "../declared/index.ts";
import { identifier, text } from "./fields.ts";
import { type Representative, representativeSchema } from "./person.ts";

const common = {
  deliberation: text("2022-451")
    .optional()
    .describe(
      "Numéro de la délibération qui l'autorise : celle de seance.yaml ou une de ses autres_deliberations (par défaut, la première).",
    ),
  parties: z
    .array(identifier("eurasante"))
    .min(1)
    .describe(
      "Les parties autres que le Département, dans l'ordre de l'acte : identifiants de partenaires/ (l'État, un autre Département y ont leur fichier). Elles signent l'acte.",
    ),
  signataire: representativeSchema
    .optional()
    .describe(
      "La personne qui signe pour la première partie quand ce n'est pas son représentant habituel (la Directrice territoriale de Pôle emploi).",
    ),
};

// A type's field named like a common one would silently replace it (a `signataire` of the
// type's own meaning where the engine reads a representative): refused when the models load.
for (const m of DECLARED_MODULES) {
  const clash = Object.keys(m.fields).filter((k) => k === "type" || k in common);
  if (clash.length > 0)
    throw new Error(`${m.type} redefines the common fields ${clash.join(", ")}`);
}

export const declaredActSchema = z.discriminatedUnion(
  "type",
  DECLARED_MODULES.map((m) =>
    z
      .strictObject({
        type: z.literal(m.type).describe("Type d'acte."),
        ...common,
        ...m.fields,
      })
      .describe(m.title),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
);

export const actesSchema = z.strictObject({
  actes: z.array(declaredActSchema).min(1).describe("Les actes déclarés de la séance."),
});

export type DeclaredActData = {
  readonly type: (typeof DECLARED_MODULES)[number]["type"];
  readonly deliberation?: string | undefined;
  readonly parties: readonly string[];
  readonly signataire?: Representative | undefined;
  readonly [field: string]: unknown;
};
