// The acts declared in actes.yaml: the EURASANTE avenant de durée (seed 003, annexe 10) and the
// State–Département SPIE avenant (seed 001), checked against the seeds' figures and wording, and
// the errors a user makes writing actes.yaml, each with its place.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeFolder } from "../../src/compute-folder.ts";
import { endOfNextMonth } from "../../src/declared/avenant-spie-etat.ts";
import { draftText } from "../helpers/acts.ts";
import { DEFAULT_DATA, diagnose, where } from "../helpers/dataset.ts";

const ACTES = "cp-2022-11-21/actes.yaml";
const actes = () => readFileSync(join(DEFAULT_DATA, ACTES), "utf8");
const EURASANTE = "cp-2022-11-21/avenant-duree/eurasante";
const ETAT = "cp-2022-11-21/avenant-spie-etat/etat";

const computed = computeFolder(DEFAULT_DATA).value;
if (!computed) throw new Error("the embedded data is valid");
const act = (id: string) => {
  const found = computed.acts.find((a) => a.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe("avenant de durée EURASANTE (seed 003, annexe 10)", () => {
  it("states the seed's period, territories, convention and the partner's deliberation", async () => {
    const text = await draftText(EURASANTE, {});
    expect(text).toContain(
      "Objet : Avenant de durée à la convention 2021-04672 – GIE EURASANTE – Une chance pour soigner",
    );
    expect(text).toContain(
      "La présente convention s’applique à compter du 01/12/2021 et jusqu’au 30/06/2023.",
    );
    expect(text).toContain(
      "Les territoires concernés sont le Calaisis, le Boulonnais et Hénin-Carvin.",
    );
    expect(text).toContain("Vu : la convention signée le 2 décembre 2021 modifiée");
    expect(text).toContain("dûment autorisé par délibération en date du 21 mars 2019");
    expect(text).toContain("identifié au répertoire SIRET sous le n° 409 044 203 00027");
    expect(text).toContain("délibération de la Commission Permanente réunie le 21 novembre 2022");
  });

  it("is signed by its parties only: the Département by delegation and the partner", async () => {
    const text = await draftText(EURASANTE, {});
    const signatures = text.slice(text.indexOf("En trois exemplaires originaux"));
    expect(signatures.match(/^Pour .*,$/gmu)).toEqual([
      "Pour le Département et par délégation,",
      "Pour GIE EURASANTE,",
    ]);
  });

  it("moves no money: no figures, amounts of zero, ready to sign with the seed's data", () => {
    const a = act(EURASANTE);
    expect(a.figures).toBeUndefined();
    expect(a.deliberation.numero).toBe("2022-467");
    // No value of its own to complete (the Département's concern every act; it prints none).
    const own = computed.gaps.filter((g) => g.acts.includes(EURASANTE));
    expect(own.filter((g) => !g.file.endsWith("departement.yaml"))).toEqual([]);
  });

  it("cannot name a second partner (the seed's stray third signatory)", () => {
    const r = diagnose(
      { [ACTES]: actes().replace("parties: [eurasante]", "parties: [eurasante, samps]") },
      DEFAULT_DATA,
    );
    expect(r.diagnostics.map((d) => `${where(d)} ${d.message}`)).toEqual([
      `${ACTES}:8:14 VALEUR_INVALIDE un acte « avenant-duree » a 1 partie en plus du Département, pas 2`,
    ]);
  });
});

describe("avenant n°1 à la convention État–Département SPIE (seed 001)", () => {
  it("computes the seed's figures: 30 % of 50 000 € = 15 000 €, balance 35 000 €", () => {
    const f = act(ETAT).figures;
    expect(f?.total.toFixed(2)).toBe("50000.00");
    expect(f?.advance.toFixed(2)).toBe("15000.00");
    expect(f?.balance.toFixed(2)).toBe("35000.00");
    expect(act(ETAT).deliberation).toMatchObject({ numero: "2022-451", rapport: "31" });
  });

  it("states the extension, the bilans' date and the indicators as the seed does", async () => {
    const text = await draftText(ETAT, {});
    expect(text).toContain("cofinancées par l’administration de six mois ;");
    expect(text).toContain(
      "couvre les actions réalisées au cours de la période courant du 1er janvier 2021 jusqu’au 30 juin 2023.",
    );
    expect(text).toContain("au plus tard au 31 juillet 2023, arrêtés au 30 juin 2023 :");
    expect(text).toContain(
      "Ces trois indicateurs seront produits au 31 janvier 2023, arrêtés au 30 décembre 2022, ainsi qu’au 30 juillet 2023, arrêtés au 30 juin 2023.",
    );
    expect(text).toContain(
      "un versement de 30 % du montant prévisionnel maximal de 50 000,00 € (soit 15 000,00 €)",
    );
    expect(text).toContain("l’avance consentie à hauteur de 15 000,00 € pour ces dépenses");
    // The model cites article 3.4.2 for the indicators, which article 3.4.1 defines.
    expect(text).toContain("indicateurs communs aux territoires SPIE visés à l’article 3.4.1 ;");
  });

  it("carries annexes D, E and F, annexe D dated by the period (the seed's says 30 juin 2022)", async () => {
    const text = await draftText(ETAT, {});
    expect(text).toContain(
      "Annexe D – Tableau d’état des dépenses au 30 juin 2023 à remplir en rapport financier",
    );
    expect(text).toContain(
      "État des dépenses déploiement du SPIE du 1er janvier 2021 au 30 juin 2023 inclus",
    );
    expect(text).not.toContain("30 juin 2022");
    expect(text).toContain("Annexe E – Liste des données sur les bénéficiaires");
    expect(text).toContain("[À COMPLÉTER : texte de l’annexe F");
  });

  it("is signed by the president and both prefects, each where he signs", async () => {
    const text = await draftText(ETAT, {});
    const signatures = text.slice(text.indexOf("Fait à"), text.indexOf("Annexe D"));
    expect(signatures.trim().split("\n\n")).toEqual([
      "Fait à Arras, le\nLe Président du Conseil départemental\nJean-Claude LEROY",
      "Fait à Lille, le\nLe Préfet de la région Hauts-de-France, Préfet du Nord\nGeorges-François LECLERC",
      "Fait à Arras, le\nLe Préfet du Pas-de-Calais\nJacques BILLANT",
    ]);
  });

  it("a prefect who is a woman is « la Préfète » in the parties and the signatures", async () => {
    const etat = readFileSync(join(DEFAULT_DATA, "partenaires/etat.yaml"), "utf8").replace(
      "  - civilite: M.\n    prenom: Jacques\n    nom: BILLANT\n    fonction: Préfet du Pas-de-Calais",
      "  - civilite: Mme\n    prenom: Anne\n    nom: MARTIN\n    fonction: Préfète du Pas-de-Calais",
    );
    // The Bassin minier acts (cp-2022-10-17) name him as ordonnateur and signatory: her, now.
    const bassin = readFileSync(join(DEFAULT_DATA, "cp-2022-10-17/actes.yaml"), "utf8").replace(
      /: BILLANT$/gmu,
      ": MARTIN",
    );
    const text = await draftText(ETAT, {
      "partenaires/etat.yaml": etat,
      "cp-2022-10-17/actes.yaml": bassin,
    });
    expect(text).toContain("et par Anne MARTIN, Préfète du Pas-de-Calais, et désignés");
    expect(text).toContain("Fait à Arras, le\nLa Préfète du Pas-de-Calais\nAnne MARTIN");
  });

  it("with annexe F given, it has nothing left to complete and prints it", async () => {
    const files = {
      [ACTES]: actes().replace(
        "annexe_f: À COMPLÉTER",
        "annexe_f:\n      - Clause 1. Objet du traitement.\n      - Clause 2. Obligations du sous-traitant.",
      ),
    };
    const r = diagnose(files, DEFAULT_DATA);
    const own = r.result.value?.gaps.filter((g) => g.acts.includes(ETAT)) ?? [];
    expect(own.filter((g) => !g.file.endsWith("departement.yaml"))).toEqual([]);
    const text = await draftText(ETAT, files);
    expect(text).toContain(
      "Annexe F – Clauses contractuelles types entre les responsables du traitement et les sous-traitants au titre de l’article 28 du règlement (UE) 2016/679\nClause 1. Objet du traitement.\nClause 2. Obligations du sous-traitant.",
    );
  });

  it("bilans at the end of the month after the period: 30 juin → 31 juillet, 31 décembre → 31 janvier", () => {
    expect(endOfNextMonth({ year: 2023, month: 6, day: 30 })).toEqual({
      year: 2023,
      month: 7,
      day: 31,
    });
    expect(endOfNextMonth({ year: 2023, month: 12, day: 31 })).toEqual({
      year: 2024,
      month: 1,
      day: 31,
    });
    expect(endOfNextMonth({ year: 2024, month: 1, day: 15 })).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(endOfNextMonth({ year: 2023, month: 1, day: 31 })).toEqual({
      year: 2023,
      month: 2,
      day: 28,
    });
  });
});

describe("actes.yaml errors, each at its place", () => {
  const errors = (edit: (t: string) => string, extra: Record<string, string> = {}) =>
    diagnose({ [ACTES]: edit(actes()), ...extra }, DEFAULT_DATA).diagnostics.map(
      (d) => `${where(d)} ${d.message}`,
    );

  it("an unknown type, with the nearest one", () => {
    expect(errors((t) => t.replace("type: avenant-duree", "type: avenant-dure"))).toEqual([
      `${ACTES}:6:11 VALEUR_INVALIDE type d'acte inconnu « avenant-dure » — voulez-vous dire « avenant-duree » ?`,
    ]);
  });

  it("an unknown party, with the nearest partner", () => {
    expect(errors((t) => t.replace("parties: [eurasante]", "parties: [eurasant]"))).toEqual([
      `${ACTES}:8:15 REFERENCE_INCONNUE partenaire inconnu « eurasant » — voulez-vous dire « eurasante » ?`,
    ]);
  });

  it("a deliberation the session does not hold", () => {
    expect(errors((t) => t.replace("deliberation: 2022-451", "deliberation: 2022-452"))).toEqual([
      `${ACTES}:33:19 REFERENCE_INCONNUE délibération inconnue « 2022-452 » pour la séance cp-2022-11-21 — voulez-vous dire « 2022-451 » ?`,
    ]);
  });

  it("a field its type does not know, and one it needs", () => {
    expect(
      errors((t) =>
        t
          .replace('article_periode: "3"', 'article_period: "3"')
          .replace("    avenant: 1\n    # « Objet", "    # « Objet"),
      ),
    ).toEqual([
      `${ACTES}:6:5 CHAMP_MANQUANT champ obligatoire « avenant » absent`,
      `${ACTES}:6:5 CHAMP_MANQUANT champ obligatoire « article_periode » absent — « article_period » (ligne 14) est-il ce champ mal orthographié ?`,
      `${ACTES}:14:5 CHAMP_INCONNU champ inconnu « article_period » — voulez-vous dire « article_periode » ?`,
    ]);
  });
});

describe("avenant de coopération Pôle emploi – Accompagnement Global (seed 003, annexe 7)", () => {
  const COOP = "cp-2022-11-21/avenant-cooperation-pole-emploi/pole-emploi-hdf";
  const counts = () => {
    const a = act(COOP);
    return a.kind === "declare" ? a.counts.map((c) => [c.label, c.result, c.formula]) : [];
  };

  it("sums the seed's 50 conseillers and 50 référents sociaux, référents of providers from annexe 5", () => {
    expect(counts()).toContainEqual([
      "conseillers Pôle emploi",
      50,
      "5 + 1 + 6 + 10 + 10 + 5 + 6 + 3 + 4",
    ]);
    expect(counts()).toContainEqual([
      "référents sociaux",
      50,
      "21 animateurs (2 + 1 + 2 + 5 + 0 + 3 + 3 + 2 + 3) + 29 référents de prestataires",
    ]);
    // The Artois: 10 portefeuilles in annexe 5 (the seed's annexe 4 says 8).
    expect(counts()).toContainEqual([
      "référents de prestataires, Artois",
      10,
      "portefeuilles Accompagnement Global : 2 + 1 + 2 + 2 + 1 + 1 + 1",
    ]);
  });

  it("prints the totals, the table, the delay and its signatory", async () => {
    const text = await draftText(COOP, {});
    expect(text).toContain("- 50 conseillers Pôle emploi dédiés à l’axe 2.");
    expect(text).toContain("en mobilisant un réseau de 50 référents sociaux");
    expect(text).toContain("ARTOIS | 10 | 1 | 0 | 10");
    expect(text).toContain("dans un délai maximum de 21 jours");
    expect(text).toContain(
      "la durée de la convention est prolongée jusqu’au 31/12/2023 (au lieu du 31/12/2022)",
    );
    expect(text).toContain(
      "représentée par Madame Emmanuelle LEROY, Directrice Territoriale Pôle emploi du Pas-de-Calais",
    );
    expect(text).toContain("en date du 21 novembre 2022");
    expect(text).toContain("N4105 : Conduite et livraison par tournées sur courte distance");
  });

  const errors = (edit: (t: string) => string) =>
    diagnose({ [ACTES]: edit(actes()) }, DEFAULT_DATA).diagnostics.map(
      (d) => `${where(d)} ${d.message}`,
    );

  it("the seed's annexe 4 for the Artois (8 référents) is reported, not printed", () => {
    expect(
      errors((t) =>
        t.replace(
          "{ territoire: Artois, conseillers: 10, chefs_slai: 1, animateurs: 0 }",
          "{ territoire: Artois, conseillers: 10, chefs_slai: 1, animateurs: 0, referents_prestataires: 8 }",
        ),
      ),
    ).toEqual([
      `${ACTES}:89:102 VALEUR_INVALIDE Artois : 8 référents de prestataires écrits, 10 portefeuilles Accompagnement Global dans la répartition de la séance`,
    ]);
  });

  it("an adviser without a binôme, a funded territory missing from the table", () => {
    expect(
      errors((t) =>
        t
          .replace(
            "{ territoire: Arrageois, conseillers: 5,",
            "{ territoire: Arrageois, conseillers: 6,",
          )
          .replace(
            "      - { territoire: Audomarois, conseillers: 4, chefs_slai: 1, animateurs: 3 }\n",
            "",
          ),
      ),
    ).toEqual([
      `${ACTES}:85:9 VALEUR_INVALIDE Arrageois : 6 conseillers Pôle emploi pour 2 animateurs et 3 référents de prestataires — chaque conseiller a un binôme`,
      `${ACTES}:85:7 VALEUR_INVALIDE le territoire « Audomarois » a 1 portefeuille Accompagnement Global dans la répartition mais pas de ligne au tableau des ressources`,
    ]);
  });
});
