// The README's tables of fields are the models': regenerated here and compared with the README
// (a file snapshot: under CI a difference fails; `-u` rewrites the section after review).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fieldsMarkdown } from "../../src/model/fields-doc.ts";
import { DATA_FILE_KINDS, jsonSchemaOf } from "../../src/model/json-schema.ts";

const README = join(import.meta.dirname, "..", "..", "README.md");
const START = "<!-- champs:début";
const END = "<!-- champs:fin -->";

/** The README with the text between the two markers replaced by `section`. */
function withSection(readme: string, section: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README: markers ${START} … ${END} not found`);
  const afterStart = readme.indexOf("\n", start) + 1;
  return `${readme.slice(0, afterStart)}\n${section}\n\n${readme.slice(end)}`;
}

/** Every leaf field path of a JSON Schema, as the README writes it (`banque.iban`). */
function leafNames(node: Record<string, unknown>): string[] {
  const anyOf = node.anyOf as Record<string, unknown>[] | undefined;
  const value = anyOf?.find((o) => o.type === "object" || o.type === "array") ?? node;
  if (value.type === "array") return leafNames(value.items as Record<string, unknown>);
  if (value.type === "object" && value.properties === undefined) {
    return leafNames(value.additionalProperties as Record<string, unknown>);
  }
  if (value.type !== "object") return [];
  return Object.entries(value.properties as Record<string, Record<string, unknown>>).flatMap(
    ([key, child]) => {
      const inner = leafNames(child);
      return inner.length === 0 ? [key] : inner;
    },
  );
}

describe("README: the fields of every data file", () => {
  it("the section between the markers is the one the models give", async () => {
    const readme = readFileSync(README, "utf8");
    await expect(withSection(readme, fieldsMarkdown())).toMatchFileSnapshot(README);
  });

  it("names every field of every model, with a description", () => {
    const markdown = fieldsMarkdown();
    for (const kind of DATA_FILE_KINDS) {
      for (const name of leafNames(jsonSchemaOf(kind))) {
        expect(markdown, `${kind.name}: ${name}`).toMatch(
          new RegExp(`\\| \`([^\`]*\\.)?${name}\` +\\| (oui|non) `),
        );
      }
    }
    const rows = markdown.split("\n").filter((l) => /^\| `/.test(l));
    const withoutDescription = rows.filter((l) => /\| +\|$/.test(l));
    expect(withoutDescription).toEqual([]);
  });
});
