// A template never decides a gender or an article: agreement and titles come from data
// (format/fr/grammar.ts through document/context.ts). This reads every template and common
// block as a reviewer would, looking for the mail-merge habits of the seed models.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const TEMPLATES = join(import.meta.dirname, "..", "..", "templates");
const sources = [
  ...readdirSync(TEMPLATES).filter((f) => f.endsWith(".hbs")),
  ...readdirSync(join(TEMPLATES, "partials")).map((f) => join("partials", f)),
].map((f) => [f, readFileSync(join(TEMPLATES, f), "utf8")] as const);

/** What the seed models print where the data should decide. */
const HAND_WRITTEN: readonly (readonly [string, RegExp])[] = [
  ["« (e) » or « (s) » agreement", /\((?:e|s|es)\)/],
  ["« du/des », « le/la »", /\b(?:du\/des|le\/la|de la\/du)\b/],
  [
    "an article or possessive typed before a title",
    /(?:\b(?:[Ll]e|[Ll]a|son|sa)\s+|[Ll]’)\{\{[^}]*\b(?:fonction|titre|qualite)\b/,
  ],
  ["a civilité typed by hand", /\b(?:Madame|Monsieur)\b/],
  [
    "a participle agreed by hand after a mustache",
    /\{\{[^}]*\.nom\}\}[^<]*\b(?:représentée|désignée)\b/,
  ],
];

describe("templates decide no gender", () => {
  it("finds the templates and the common blocks", () => {
    expect(sources.map(([f]) => f)).toEqual(
      expect.arrayContaining(["avenant-ag.hbs", join("partials", "signature.hbs")]),
    );
  });
  for (const [file, source] of sources) {
    for (const [what, pattern] of HAND_WRITTEN) {
      it(`${file}: no ${what}`, () => {
        const lines = source
          .split("\n")
          .map((line, i) => `${file}:${i + 1}: ${line}`)
          .filter((line) => pattern.test(line.replace(/^[^:]+:\d+: /, "")));
        expect(lines).toEqual([]);
      });
    }
  }
  it("the patterns catch what the seed models wrote", () => {
    const seedLike = [
      "identifié(e) au répertoire SIRET",
      "issu(s) du/des Territoire(s)",
      "<p>La {{departement.delegataire.fonction}},</p>",
      "représentée par son {{partenaire.representant.fonction}}",
      "par Madame la Payeuse départementale",
      "Et la {{partenaire.nom}}, dont le siège est situé, représentée par",
    ];
    for (const line of seedLike) {
      expect(
        HAND_WRITTEN.some(([, p]) => p.test(line)),
        line,
      ).toBe(true);
    }
  });
});
