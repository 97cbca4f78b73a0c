// Every validation rule has a failing fixture asserting its code, position and message.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { typo } from "../format/typo.ts";
import { diagnose, FIXTURE, where } from "../helpers/dataset.ts";

const OPS = "cp-2022-11-21/operations.yaml";
const SEANCE = "cp-2022-11-21/seance.yaml";
const BETHUNE = "partenaires/ccas-bethune.yaml";
const PE = "partenaires/pole-emploi-hdf.yaml";
const original = (rel: string) => readFileSync(join(FIXTURE, rel), "utf8");
/** The fixture file with one exact text replaced (the replaced text must exist). */
const edit = (rel: string, from: string, to: string) => {
  const text = original(rel);
  if (!text.includes(from)) throw new Error(`${from} not in ${rel}`);
  return { [rel]: text.replace(from, to) };
};

interface Case {
  readonly name: string;
  readonly files: Record<string, string | Buffer | null>;
  /** "file:line:column CODE" of the first diagnostic. */
  readonly at: string;
  readonly message?: string;
  readonly expected?: string;
  readonly found?: string;
  readonly field?: string;
}

const cases: Case[] = [
  {
    name: "a date that does not exist",
    files: edit(SEANCE, "date: 2022-11-21", "date: 2022-02-30"),
    at: `${SEANCE}:1:7 DATE_INVALIDE`,
    message: "date invalide pour « date »",
    found: "« 2022-02-30 »",
    field: "date",
  },
  {
    name: "a period that ends before it starts",
    files: edit(
      OPS,
      "{ debut: 2022-09-01, fin: 2023-08-31 }",
      "{ debut: 2022-09-01, fin: 2022-08-31 }",
    ),
    at: `${OPS}:26:48 PERIODE_INVERSEE`,
    message: "la période finit avant de commencer",
    found: "2022-08-31",
  },
  {
    name: "an amount with a thousands separator",
    files: edit(OPS, "montant: 20000", "montant: 20 000"),
    at: `${OPS}:25:22 MONTANT_INVALIDE`,
    found: "« 20 000 »",
  },
  {
    name: "an amount with a decimal comma",
    files: edit(OPS, "montant: 20000", "montant: 20000,50"),
    at: `${OPS}:25:22 MONTANT_INVALIDE`,
  },
  {
    name: "an amount written as a float exponent",
    files: edit(OPS, "montant: 20000", "montant: 2e4"),
    at: `${OPS}:25:22 MONTANT_INVALIDE`,
  },
  {
    name: "an amount with three decimals",
    files: edit(OPS, "montant: 20000", "montant: 20000.125"),
    at: `${OPS}:25:22 MONTANT_INVALIDE`,
  },
  {
    name: "an amount NaN",
    files: edit(OPS, "montant: 20000", "montant: .NaN"),
    at: `${OPS}:25:22 MONTANT_INVALIDE`,
  },
  {
    name: "an empty amount",
    files: edit(OPS, "montant: 20000", "montant:"),
    at: `${OPS}:25:21 MONTANT_INVALIDE`,
    found: "une valeur vide",
  },
  {
    name: "places that are not a whole number",
    files: edit(OPS, "places: 110", "places: 55.5"),
    at: `${OPS}:14:21 NOMBRE_INVALIDE`,
  },
  {
    name: "a required field missing",
    files: edit(BETHUNE, "nom: Centre Communal d'Action Sociale de Béthune\n", ""),
    at: `${BETHUNE}:1:1 CHAMP_MANQUANT`,
    message: "champ obligatoire « nom » absent",
  },
  {
    name: "an unknown field (typo)",
    files: edit(BETHUNE, "sigle:", "sigel:"),
    at: `${BETHUNE}:2:1 CHAMP_INCONNU`,
    message: "champ inconnu « sigel » — voulez-vous dire « sigle » ?",
  },
  {
    name: "a representative written again outside the partner file",
    files: edit(
      OPS,
      "            avenant: 1\n",
      "            avenant: 1\n            representant: M. DANEL\n",
    ),
    at: `${OPS}:28:13 CHAMP_INCONNU`,
    message: "champ inconnu « representant »",
  },
  {
    name: "a SIRET whose Luhn key is wrong",
    files: edit(PE, "siret: 13000548100010", "siret: 13000548100011"),
    at: `${PE}:3:8 SIRET_INVALIDE`,
    expected: "14 chiffres avec une clé de Luhn valide",
  },
  {
    name: "a SIRET with 13 digits",
    files: edit(PE, "siret: 13000548100010", "siret: 1300054810001"),
    at: `${PE}:3:8 SIRET_INVALIDE`,
  },
  {
    name: "an IBAN whose mod-97 key is wrong",
    files: edit(PE, "FR76 3007 6023 5211 2646 0020 085", "FR76 3007 6023 5211 2646 0020 086"),
    at: `${PE}:12:9 IBAN_INVALIDE`,
  },
  {
    name: "a BIC of the wrong form",
    files: edit(PE, "bic: NORDFRPP", "bic: NORD-FR"),
    at: `${PE}:13:8 BIC_INVALIDE`,
  },
  {
    name: "an allocation naming an unknown partner",
    files: edit(OPS, "partenaire: ccas-bethune", "partenaire: ccas-bethun"),
    at: `${OPS}:12:25 REFERENCE_INCONNUE`,
    message: "partenaire inconnu « ccas-bethun » — voulez-vous dire « ccas-bethune » ?",
  },
  {
    name: "an operation naming an unknown budget line",
    files: edit(OPS, "ligne: C02-566A05", "ligne: C02-566A06"),
    at: `${OPS}:9:16 REFERENCE_INCONNUE`,
    message: "ligne budgétaire inconnue « C02-566A06 »",
  },
  {
    name: "a budget table naming an unknown budget line",
    files: edit(SEANCE, "  C02-581E02:\n", "  C02-581E03:\n"),
    at: `${SEANCE}:10:3 REFERENCE_INCONNUE`,
  },
  {
    name: "a thématique total that is not the sum of its lines",
    files: edit(OPS, "total: 27500.00", "total: 27000.00"),
    at: `${OPS}:4:12 TOTAL_INCOHERENT`,
    message: typo("total de la thématique : 27 000,00 € écrit, 27 500,00 € calculé"),
  },
  {
    name: "an operation total that is not the sum of its lines",
    files: edit(OPS, "total: 20000.00", "total: 20000.01"),
    at: `${OPS}:22:16 TOTAL_INCOHERENT`,
  },
  {
    name: "a budget-line proposition that is not the sum of its lines",
    files: edit(SEANCE, "proposition: 27500.00", "proposition: 27600.00"),
    at: `${SEANCE}:9:18 TOTAL_INCOHERENT`,
  },
  {
    name: "a proposition above the budget line's disponible",
    files: edit(SEANCE, "disponible: 170000.00", "disponible: 19999.99"),
    at: `${SEANCE}:11:17 DISPONIBLE_DEPASSE`,
    message: typo("C02-581E02 : proposition 20 000,00 € > disponible 19 999,99 €"),
  },
  {
    name: "a mail-merge placeholder instead of À COMPLÉTER",
    files: edit(BETHUNE, "siege: À COMPLÉTER", "siege: XXXXXXXXXXX"),
    at: `${BETHUNE}:3:8 VALEUR_FICTIVE`,
  },
  {
    name: "a « N° XXXX » placeholder in a text",
    files: edit(OPS, "intitule: CLLAJ", "intitule: CLLAJ N° XXXX"),
    at: `${OPS}:19:19 VALEUR_FICTIVE`,
  },
  {
    name: "a misspelt « A COMPLETER » (it must not pass for an address)",
    files: edit(BETHUNE, "siege: À COMPLÉTER", "siege: A completer"),
    at: `${BETHUNE}:3:8 VALEUR_FICTIVE`,
  },
  {
    name: "an amount too large to be written in words (13 digits)",
    files: edit(OPS, "montant: 20000", "montant: 1000000000000"),
    at: `${OPS}:25:22 MONTANT_INVALIDE`,
  },
  {
    name: "a budget line whose key is not a code opération",
    files: edit("lignes-budgetaires.yaml", "C02-581E02:", "logement jeunes:"),
    at: "lignes-budgetaires.yaml:5:1 IDENTIFIANT_INVALIDE",
    message: "code opération invalide « logement jeunes »",
  },
  {
    name: "À COMPLÉTER where the value cannot be missing",
    files: edit(SEANCE, "date: 2022-11-21", "date: À COMPLÉTER"),
    at: `${SEANCE}:1:7 VALEUR_INVALIDE`,
    message: "cette valeur ne peut pas rester à compléter pour « date »",
  },
  {
    name: "an amount written for a dispositif computed from places",
    files: edit(
      OPS,
      "            places: 110\n",
      "            places: 110\n            montant: 27500\n",
    ),
    at: `${OPS}:15:13 CHAMP_DISPOSITIF`,
  },
  {
    name: "a CLLAJ advance above 80 %",
    files: edit(
      OPS,
      "            avenant: 1\n",
      "            avenant: 1\n            avance: 90\n",
    ),
    at: `${OPS}:28:21 TAUX_INVALIDE`,
    message: "avance de 90 % au-delà du plafond du dispositif cllaj",
  },
  {
    name: "a référent solidarité period that is not whole months",
    files: edit(
      OPS,
      "dispositif: accompagnement-global\n        ligne: C02-566A05\n        periode: { debut: 2022-12-01, fin: 2023-12-31 }",
      "dispositif: referent-solidarite\n        ligne: C02-566A05\n        periode: { debut: 2022-07-15, fin: 2022-12-31 }",
    ),
    at: `${OPS}:10:18 PERIODE_NON_MENSUELLE`,
  },
  {
    name: "an unknown dispositif",
    files: edit(OPS, "dispositif: cllaj", "dispositif: claj"),
    at: `${OPS}:20:21 VALEUR_INVALIDE`,
    found: "« claj »",
  },
  {
    name: "a period with neither end nor duration",
    files: edit(OPS, "{ debut: 2022-09-01, fin: 2023-08-31 }", "{ debut: 2022-09-01 }"),
    at: `${OPS}:26:22 CHAMP_MANQUANT`,
  },
  {
    name: "a duplicate key",
    files: edit(BETHUNE, "sigle: CCAS de Béthune\n", "sigle: CCAS de Béthune\nsigle: CCAS\n"),
    at: `${BETHUNE}:3:1 YAML_CLE_DUPLIQUEE`,
    message: "clé en double",
  },
  {
    name: "an explicit tag",
    files: edit(OPS, "places: 110", "places: !!int 110"),
    at: `${OPS}:14:21 YAML_TAG_INTERDIT`,
  },
  {
    name: "a custom tag",
    files: edit(OPS, "places: 110", "places: !places 110"),
    at: `${OPS}:14:21 YAML_TAG_INTERDIT`,
  },
  {
    name: "an anchor and an alias",
    files: edit(
      OPS,
      "{ debut: 2022-09-01, fin: 2023-08-31 }",
      "&p { debut: 2022-09-01, fin: 2023-08-31 }",
    ),
    at: `${OPS}:26:25 YAML_ALIAS_INTERDIT`,
  },
  {
    name: "a %YAML 1.1 directive",
    files: { [BETHUNE]: `%YAML 1.1\n---\n${original(BETHUNE)}` },
    at: `${BETHUNE}:1:1 YAML_VERSION`,
  },
  {
    name: "two documents in one file",
    files: { [BETHUNE]: `${original(BETHUNE)}---\nnom: autre\n` },
    at: `${BETHUNE}:7:1 YAML_MULTI_DOCUMENTS`,
  },
  {
    name: "a tab used for indentation",
    files: edit(BETHUNE, "nom:", "\tnom:"),
    at: `${BETHUNE}:1:1 YAML_SYNTAXE`,
  },
  {
    name: "a file that is not UTF-8 (Latin-1 « é »)",
    files: { [BETHUNE]: Buffer.from("nom: CCAS de B\xe9thune\n", "latin1") },
    at: `${BETHUNE}:1:15 ENCODAGE_INVALIDE`,
    found: "octet invalide à la position 14",
  },
  {
    name: "an oversized file",
    files: { [BETHUNE]: `nom: ${"a".repeat(1024 * 1024)}\n` },
    at: `${BETHUNE}:-:- FICHIER_TROP_GROS`,
  },
  {
    name: "absurd nesting",
    files: { [BETHUNE]: `nom: ${"[".repeat(40)}${"]".repeat(40)}\n` },
    at: `${BETHUNE}:1:18 YAML_IMBRICATION`,
  },
  {
    name: "an empty file",
    files: { [BETHUNE]: "" },
    at: `${BETHUNE}:1:1 TYPE_INVALIDE`,
    message: "fichier vide",
  },
  {
    name: "a list where fields are expected",
    files: { [BETHUNE]: "- nom: x\n" },
    at: `${BETHUNE}:1:1 TYPE_INVALIDE`,
    expected: "des champs (clé: valeur)",
    found: "une liste",
  },
  {
    name: "an empty list the model wants filled",
    files: { "cp-2022-11-21/actes.yaml": "actes: []\n" },
    at: "cp-2022-11-21/actes.yaml:1:8 VALEUR_INVALIDE",
    message: "liste vide pour « actes »",
    expected: "au moins 1 élément (lignes « - … »)",
    found: "une liste vide",
  },
  {
    name: "a missing required file",
    files: { "lignes-budgetaires.yaml": null },
    at: "lignes-budgetaires.yaml:-:- FICHIER_MANQUANT",
  },
  {
    name: "a letterhead logo that does not exist",
    files: { "departement.yaml": `${original("departement.yaml")}logo: logo.png\n` },
    at: "departement.yaml:11:7 LOGO_INVALIDE",
    message: "logo « logo.png » introuvable",
    field: "logo",
  },
  {
    name: "a letterhead logo that is not a PNG or JPEG image (a YAML file)",
    files: { "departement.yaml": `${original("departement.yaml")}logo: ${SEANCE}\n` },
    at: "departement.yaml:11:7 LOGO_INVALIDE",
    message: `logo « ${SEANCE} » n'est pas une image PNG ou JPEG`,
  },
  {
    name: "a partner file whose name is not an id",
    files: { "partenaires/CCAS Arras.yaml": original(BETHUNE) },
    at: "partenaires/CCAS Arras.yaml:-:- IDENTIFIANT_INVALIDE",
  },
];

describe("validation: one failing fixture per rule", () => {
  it("the fixture itself is valid", () => {
    const { ok, diagnostics } = diagnose({});
    expect(diagnostics).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(cases)("$name → $at", (c) => {
    const { ok, diagnostics } = diagnose(c.files);
    expect(ok).toBe(false);
    const [first] = diagnostics;
    expect(first && where(first)).toBe(c.at);
    if (c.message) expect(first?.message).toBe(c.message);
    if (c.expected) expect(first?.expected).toBe(c.expected);
    if (c.found) expect(first?.found).toBe(c.found);
    if (c.field) expect(first?.field).toBe(c.field);
  });

  it("reports every error at once, across files", () => {
    const { diagnostics } = diagnose({
      ...edit(SEANCE, "date: 2022-11-21", "date: 2022-13-01"),
      ...edit(BETHUNE, "sigle:", "sigel:"),
      ...edit(PE, "bic: NORDFRPP", "bic: X"),
    });
    expect(diagnostics.map(where).sort()).toEqual(
      [
        `${SEANCE}:1:7 DATE_INVALIDE`,
        `${BETHUNE}:2:1 CHAMP_INCONNU`,
        `${PE}:13:8 BIC_INVALIDE`,
      ].sort(),
    );
  });

  it("« À COMPLÉTER » typed with a combining accent is still a value to complete (NFC)", () => {
    const decomposed = "A\u0300 COMPLE\u0301TER";
    const { ok, result } = diagnose(edit(BETHUNE, "siege: À COMPLÉTER", `siege: ${decomposed}`));
    expect(ok).toBe(true);
    const fields = result.value?.gaps
      .filter((g) => g.file.endsWith("ccas-bethune.yaml"))
      .map((g) => g.field);
    expect(fields).toContain("siege");
  });

  it("a folder that does not exist", () => {
    const { diagnostics } = diagnose({ "": null });
    expect(diagnostics.map((d) => d.code)).toEqual(["DOSSIER_INTROUVABLE"]);
  });
});
