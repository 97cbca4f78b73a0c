// « Voulez-vous dire … ? » on data: a misspelt key (alone, or next to the key it misspells and
// which is then missing), a partner id close to an existing one or far from all.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sortDiagnostics } from "../../src/diagnostics/diagnostic.ts";
import { closest } from "../../src/diagnostics/suggest.ts";
import { diagnose, FIXTURE, where } from "../helpers/dataset.ts";

const OPS = "cp-2022-11-21/operations.yaml";
const BETHUNE = "partenaires/ccas-bethune.yaml";
const edit = (rel: string, from: string, to: string) => {
  const text = readFileSync(join(FIXTURE, rel), "utf8");
  if (!text.includes(from)) throw new Error(`${from} not in ${rel}`);
  return { [rel]: text.replace(from, to) };
};
const show = (files: Record<string, string>) =>
  sortDiagnostics(diagnose(files).diagnostics).map((d) => ({
    at: where(d),
    message: d.message,
    hint: d.hint,
  }));

describe("closest: a typo, not another word", () => {
  it.each([
    ["montnat", ["montant", "places"], "montant"],
    ["sigel", ["sigle", "siege"], "sigle"],
    ["jsn", ["json", "help"], "json"],
    ["ccas-aras", ["ccas-arras", "ccas-lens"], "ccas-arras"],
    ["ccas-douai", ["ccas-arras", "ccas-lens", "ccas-calais"], undefined],
    ["representant", ["partenaire", "territoire"], undefined],
    ["montant", ["montant"], undefined],
    // Equally near: the first in code-point order, whatever the order given.
    ["ab", ["ac", "aa"], "aa"],
  ])("%s among %j → %s", (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});

describe("misspelt keys", () => {
  it("an unknown key near an allowed one that is not written", () => {
    expect(show(edit(OPS, "places: 110", "placse: 110"))).toEqual([
      {
        at: `${OPS}:14:13 CHAMP_INCONNU`,
        message: "champ inconnu « placse » — voulez-vous dire « places » ?",
        hint: "Renommez « placse » en « places ».",
      },
    ]);
  });

  it("a required key missing because it is misspelt: both diagnostics say so", () => {
    const found = show(edit(BETHUNE, "nom: ", "nmo: "));
    expect(found).toEqual([
      {
        at: `${BETHUNE}:1:1 CHAMP_INCONNU`,
        message: "champ inconnu « nmo » — voulez-vous dire « nom » ?",
        hint: "Renommez « nmo » en « nom ».",
      },
      {
        at: `${BETHUNE}:1:1 CHAMP_MANQUANT`,
        message:
          "champ obligatoire « nom » absent — « nmo » (ligne 1) est-il ce champ mal orthographié ?",
        hint: "Renommez « nmo » en « nom ».",
      },
    ]);
  });

  it("inside an object that may be À COMPLÉTER (the representative)", () => {
    const files = {
      [BETHUNE]: readFileSync(join(FIXTURE, BETHUNE), "utf8").replace(
        "representant: À COMPLÉTER",
        "representant:\n  civilte: M.\n  prenom: Jean\n  nom: DUPONT\n  fonction: Président",
      ),
    };
    expect(show(files).map((d) => d.message)).toEqual([
      "champ inconnu « civilte » — voulez-vous dire « civilite » ?",
      "champ obligatoire « civilite » absent — « civilte » (ligne 6) est-il ce champ mal orthographié ?",
    ]);
  });

  it("a key already written is never suggested (« montant » twice is no fix)", () => {
    const [d] = diagnose(
      edit(OPS, "            montant: 20000", "            montant: 20000\n            montnat: 1"),
    ).diagnostics;
    expect(d?.message).toBe("champ inconnu « montnat »");
    expect(d?.expected).toMatch(
      /^un des champs partenaire, territoire, description, portefeuilles, places/,
    );
  });

  it("a key far from every allowed one: no suggestion, the allowed keys", () => {
    const [d] = diagnose(edit(BETHUNE, "sigle:", "telephone:")).diagnostics;
    expect(d?.message).toBe("champ inconnu « telephone »");
    expect(d?.expected).toBe(
      "un des champs nom, article, genre, sigle, siege, siret, representant, corepresentants, banque",
    );
    expect(d?.hint).toBeUndefined();
  });
});

describe("unknown partner ids", () => {
  it("close to an existing partner: the partner, and no invitation to create a second file", () => {
    const [d] = diagnose(
      edit(OPS, "partenaire: ccas-bethune", "partenaire: ccas-bethnue"),
    ).diagnostics;
    expect(d?.message).toBe(
      "partenaire inconnu « ccas-bethnue » — voulez-vous dire « ccas-bethune » ?",
    );
    expect(d?.hint).toBe(
      "Corrigez l'identifiant : le partenaire « ccas-bethune » est décrit dans partenaires/ccas-bethune.yaml.",
    );
    expect(d?.hint).not.toMatch(/créez/i);
  });

  it("far from every partner: create its file", () => {
    const [d] = diagnose(
      edit(OPS, "partenaire: ccas-bethune", "partenaire: ccas-douai"),
    ).diagnostics;
    expect(d?.message).toBe("partenaire inconnu « ccas-douai »");
    expect(d?.hint).toBe(
      "Aucun partenaire n'a d'identifiant proche : créez partenaires/ccas-douai.yaml, ou corrigez l'identifiant.",
    );
  });
});
