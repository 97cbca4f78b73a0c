// A commented skeleton of a data file, drawn from its model: every field, with its description
// and example as the model gives them (the README's table and the editor's schema come from the
// same place), « À COMPLÉTER » where the value is unknown and the model lets it be, the given
// values where it does not, and each optional field in comment, ready to be uncommented.

import { exampleOf, type Node, scalarForm, unwrapGap } from "../model/fields-doc.ts";
import { GAP_TEXT } from "../model/gap.ts";
import { type DataFileKind, jsonSchemaOf, schemaComment } from "../model/json-schema.ts";
import { yamlScalar } from "../write/yaml.ts";

/** Values by dotted path (« representant.nom »); a record's entries, shown in comment. */
export interface Given {
  readonly values: ReadonlyMap<string, string>;
  /** Dotted path of a record → example entries (key → comment), written commented out. */
  readonly entries?: ReadonlyMap<string, readonly (readonly [string, string])[]>;
}

/**
 * Why: `actes nouveau` writes files a person completes. Throws when a required field that cannot
 * stay « À COMPLÉTER » has no value: the command asks for it first.
 */
export function skeletonText(kind: DataFileKind, given: Given, header: readonly string[]): string {
  const lines = [schemaComment(kind), ...header.map((h) => `# ${h}`.trimEnd()), ""];
  fields(jsonSchemaOf(kind), "", "", false, given, lines);
  return `${lines.join("\n")}\n`;
}

function fields(
  node: Node,
  path: string,
  indent: string,
  commented: boolean,
  given: Given,
  out: string[],
): void {
  const required = new Set((node.required as string[] | undefined) ?? []);
  for (const [key, child] of Object.entries(node.properties as Record<string, Node>)) {
    const at = path === "" ? key : `${path}.${key}`;
    const { value, gap } = unwrapGap(child);
    const mandatory = required.has(key);
    const hasGiven = [...given.values.keys()].some((k) => k === at || k.startsWith(`${at}.`));
    // An optional value that may stay unknown is written « À COMPLÉTER » (a SIRET, a siège: to
    // find out); other optional fields, and whole optional blocks, stay in comment.
    const scalar = value.type !== "object" && value.type !== "array";
    const off = commented || (!mandatory && !hasGiven && !(gap && scalar));
    const mark = off ? "# " : "";
    const example = exampleOf(value).replace(/`/g, "");
    const form = Array.isArray(value.enum) ? scalarForm(value).replace(/`/g, "") : "";
    const about = [
      mandatory ? "obligatoire" : "facultatif",
      form,
      example && `exemple : ${example}`,
      gap && `ou ${GAP_TEXT}`,
    ]
      .filter(Boolean)
      .join(" ; ");
    out.push(
      `${indent}${commented ? "# " : ""}# ${String(child.description ?? value.description ?? "")} (${about})`,
    );
    if (value.type === "array") {
      // A list stays in comment, one element shown: « - » then its fields.
      const items = value.items as Node;
      if (items.properties === undefined) {
        // A list of values (ids of members): one example.
        out.push(`${indent}# ${key}:`, `${indent}  # - ${exampleOf(items).replace(/`/g, "")}`);
      } else {
        out.push(`${indent}# ${key}:`, `${indent}  # -`);
        fields(items, `${at}[]`, `${indent}    `, true, given, out);
      }
    } else if (value.type === "object" && value.properties !== undefined) {
      out.push(`${indent}${mark}${key}:`);
      fields(value, at, `${indent}  `, off, given, out);
    } else if (value.type === "object") {
      out.push(`${indent}${mark}${key}: {}`);
      for (const [entry, note] of given.entries?.get(at) ?? []) {
        out.push(`${indent}#   ${entry}: # ${note}`);
        fields(
          value.additionalProperties as Node,
          `${at}.${entry}`,
          `${indent}    `,
          true,
          given,
          out,
        );
      }
    } else {
      const v = given.values.get(at) ?? (gap ? GAP_TEXT : off ? example : undefined);
      if (v === undefined) throw new Error(`skeleton: no value for the required field ${at}`);
      out.push(`${indent}${mark}${key}: ${yamlScalar(v)}`);
    }
  }
}
