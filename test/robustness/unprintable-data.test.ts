// Issue 8 §4: data that cannot be printed is refused at validation, naming the field and the
// code point, with its line — not blamed on a template at generation. Also: reserved keys in
// maps are refused with their position, and a YAML tag never turns a value into a JS Date.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diagnose, FIXTURE } from "../helpers/dataset.ts";

const BETHUNE = "partenaires/ccas-bethune.yaml";
const SEANCE = "cp-2022-11-21/seance.yaml";
const original = (rel: string) => readFileSync(join(FIXTURE, rel), "utf8");
const withName = (yamlValue: string) =>
  original(BETHUNE).replace(/^nom: .*$/m, `nom: ${yamlValue}`);

const found = (files: Record<string, string | Buffer>) =>
  diagnose(files).diagnostics.map(
    (d) => `${d.file}:${d.start?.line}:${d.start?.column} ${d.code} ${d.message}`,
  );

describe("characters no act can print", () => {
  it.each([
    ['"CCAS\\x07 de Béthune"', "caractère de contrôle U+0007 dans nom"],
    ['"CCAS\\0 de Béthune"', "caractère de contrôle U+0000 dans nom"],
    ['"CCAS\\r de Béthune"', "caractère de contrôle U+000D dans nom"],
    ['"CCAS\\x85 de Béthune"', "caractère de contrôle U+0085 dans nom"],
    ['"CCAS\\uFFFE de Béthune"', "non-caractère Unicode U+FFFE dans nom"],
    ['"CCAS\\uFDD0"', "non-caractère Unicode U+FDD0 dans nom"],
    ['"CCAS\\U0010FFFF"', "non-caractère Unicode U+10FFFF dans nom"],
    ['"CCAS\\uD800 de Béthune"', "demi-caractère (substitut isolé) U+D800 dans nom"],
  ])("nom: %s → %s, at the value", (value, message) => {
    expect(found({ [BETHUNE]: withName(value) })).toEqual([
      `${BETHUNE}:1:6 CARACTERE_INVALIDE ${message}`,
    ]);
  });

  it("written raw in the file (U+FFFF as UTF-8 bytes), in a nested field", () => {
    const text = original("partenaires/pole-emploi-hdf.yaml").replace(
      "prenom: Frédéric",
      "prenom: Fr\uFFFFédéric",
    );
    expect(found({ "partenaires/pole-emploi-hdf.yaml": text })).toEqual([
      "partenaires/pole-emploi-hdf.yaml:6:11 CARACTERE_INVALIDE non-caractère Unicode U+FFFF dans representant.prenom",
    ]);
  });

  it("tab and line feed are layout, not errors; an emoji-free accented name is fine", () => {
    expect(found({ [BETHUNE]: withName('"Centre\\tCommunal\\nd\'Action Sociale"') })).toEqual([]);
  });
});

describe("reserved keys", () => {
  it("« __proto__ » as a budget code is refused at its key, not dropped", () => {
    const text = original(SEANCE).replace("  C02-581E02:", "  __proto__:");
    expect(found({ [SEANCE]: text })).toContain(
      `${SEANCE}:10:3 CLE_RESERVEE clé réservée « __proto__ »`,
    );
  });
  it("« constructor » as a convention id of the Département", () => {
    const text = `${original("departement.yaml")}conventions:\n  constructor:\n    intitule: x\n    date: 2022-01-01\n`;
    const line = text.split("\n").indexOf("  constructor:") + 1;
    expect(found({ "departement.yaml": text })).toEqual([
      `departement.yaml:${line}:3 CLE_RESERVEE clé réservée « constructor »`,
    ]);
  });
});

describe("YAML tags never make a JavaScript Date", () => {
  it("« date: !!timestamp 2022-11-21 » is refused, and the message quotes the text as written", () => {
    const text = original(SEANCE).replace("date: 2022-11-21", "date: !!timestamp 2022-11-21");
    const { diagnostics } = diagnose({ [SEANCE]: text });
    expect(diagnostics.map((d) => `${d.file}:${d.start?.line} ${d.code}`)).toContain(
      `${SEANCE}:1 YAML_TAG_INTERDIT`,
    );
    const everything = JSON.stringify(diagnostics);
    expect(everything).not.toMatch(/GMT|UTC|T00:00|Coordinated|heure|Mon |Tue |Sun /);
  });
});

describe("characters the PDF's fonts cannot draw", () => {
  it.each([
    ['"CCAS 😀"', "U+1F600"],
    ['"CCAS 北京"', "U+5317"],
    ['"CCAS مرحبا"', "U+0645"],
  ])("nom: %s → refused, naming %s", (value, cp) => {
    expect(found({ [BETHUNE]: withName(value) })).toEqual([
      `${BETHUNE}:1:6 CARACTERE_INVALIDE caractère non imprimable ${cp} dans nom`,
    ]);
  });

  it("French beyond Latin-1 is drawn: œ, Œ, ’, –, —, €, « », no-break spaces", () => {
    expect(
      found({ [BETHUNE]: withName('"Centre Œuvre d’aide – cœur — 100 € « x » \u202F\u00A0Ÿ"') }),
    ).toEqual([]);
  });
});
