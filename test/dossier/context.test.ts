// The values of a délibération and its rapport (src/dossier/context.ts), on a small assembly
// written here: who sits (members, their dates), the lists' agreement, who presides, the
// commissions, the vote, the budget table. Fast enough to judge each mutant of the module.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Value } from "../../src/document/context.ts";
import { deliberationContext } from "../../src/dossier/context.ts";
import { sessionFigures } from "../../src/dossier/figures.ts";
import { FIXTURE, withFiles } from "../helpers/dataset.ts";
import { computedData } from "../helpers/session-docs.ts";

const ASSEMBLEE = `
dgs: { civilite: Mme, prenom: Maryline, nom: VINCLAIRE, fonction: Directrice Générale des Services }
assemblee:
  membres:
    leroy: { civilite: M., prenom: Jean-Claude, nom: LEROY }
    hingrez: { civilite: Mme, prenom: Mireille, nom: HINGREZ }
    cuvillier: { civilite: Mme, prenom: Valérie, nom: CUVILLIER }
    petit: { civilite: M., prenom: Bertrand, nom: PETIT }
    drain: { civilite: Mme, prenom: Blandine, nom: DRAIN }
    ancienne: { civilite: Mme, prenom: Denise, nom: BOCQUILLET, jusqu_au: 2022-11-21 }
    partie: { civilite: Mme, prenom: Anne, nom: AVANT, jusqu_au: 2022-11-20 }
    nouvelle: { civilite: Mme, prenom: Zohra, nom: OUAGUEF, depuis: 2022-11-21 }
    future: { civilite: M., prenom: Paul, nom: APRES, depuis: 2022-11-22 }
  sans_voix:
    cottigny: { civilite: M., prenom: Jean-Louis, nom: COTTIGNY }
    leveugle: { civilite: Mme, prenom: Emmanuelle, nom: LEVEUGLE }
  commissions:
    solidarites: { numero: 2, intitule: Solidarités humaines }
    attractivite: { numero: 1, intitule: Attractivité départementale et emploi }
`;

const DETAIL = `
secretaire: petit
excuses: [drain]
absents: [hingrez]
assistants: [cottigny, leveugle]
excuses_sans_voix: [leveugle]
interesses: [leroy, cuvillier, petit]
interesses_excuses: [drain]
avis:
  - { commission: solidarites, date: 2022-11-07 }
  - { commission: attractivite, date: 2022-11-08 }
vote:
  pour: { voix: 24, groupes: [Groupe A, Groupe B] }
  contre: { voix: 0 }
  abstention: { voix: 17, groupes: [Groupe C] }
  absents_sans_delegation: { voix: 3, groupes: [Groupe A] }
territoires: Tous les territoires
service: Service RSA
`;

const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const c of cleanups) c();
});

/**
 * The contexts of the fixture's deliberations, with the assembly and `detail` added; `edit`
 * changes its operations.yaml. Built inside each test, never when the file is collected: a
 * mutation run reruns the tests, not the collection.
 */
function contextsWith(
  detail: string,
  assemblee = ASSEMBLEE,
  presidence?: string,
  edit: (operations: string) => string = (o) => o,
  editDepartement: (departement: string) => string = (d) => d,
): Value[] {
  const read = (rel: string) => readFileSync(join(FIXTURE, rel), "utf8");
  let seance = `${read("cp-2022-11-21/seance.yaml")}${detail}`;
  if (presidence) seance = seance.replace(/^presidence: .*$/m, `presidence: ${presidence}`);
  const { dir, cleanup } = withFiles({
    "departement.yaml": editDepartement(`${read("departement.yaml")}${assemblee}`),
    "cp-2022-11-21/seance.yaml": seance,
    "cp-2022-11-21/operations.yaml": edit(read("cp-2022-11-21/operations.yaml")),
  });
  cleanups.push(cleanup);
  const computed = computedData(dir);
  const [seanceData] = computed.data.seances;
  if (!seanceData) throw new Error("fixture session");
  return sessionFigures(computed, seanceData).map((f) =>
    deliberationContext(f, computed.data.departement),
  );
}

/** The context of the fixture's own deliberation. */
function contextWith(detail: string, assemblee = ASSEMBLEE, presidence?: string): Value {
  const [main] = contextsWith(detail, assemblee, presidence);
  if (!main) throw new Error("fixture deliberation");
  return main;
}

/** A value at a dotted path of the context. */
function at(context: Value, path: string): Value | undefined {
  return path
    .split(".")
    .reduce<Value | undefined>(
      (v, k) => (v === undefined ? undefined : (v as { [key: string]: Value })[k]),
      context,
    );
}

describe("who sits", () => {
  const context = () => contextWith(DETAIL);

  it("the présents are the members neither excused nor absent, on this day, in the assembly's order", () => {
    expect(at(context(), "deliberation.presence.presents")).toBe(
      "M. Jean-Claude LEROY, Mme Valérie CUVILLIER, M. Bertrand PETIT, Mme Denise BOCQUILLET, Mme Zohra OUAGUEF",
    );
  });

  it("names the secretary, and each list with its label agreed", () => {
    expect(at(context(), "deliberation.presence.secretaire")).toBe("M. Bertrand PETIT");
    expect(at(context(), "deliberation.presence.excuses")).toEqual({
      aucun: false,
      titre: "Excusée",
      noms: "Mme Blandine DRAIN",
    });
    expect(at(context(), "deliberation.presence.absents.titre")).toBe("Absente");
    expect(at(context(), "deliberation.presence.assistants")).toEqual({
      aucun: false,
      titre: "Assistants également sans voix délibérative",
      noms: "M. Jean-Louis COTTIGNY, Mme Emmanuelle LEVEUGLE",
    });
    expect(at(context(), "deliberation.presence.excusesSansVoix.titre")).toBe(
      "Excusée sans voix délibérative",
    );
  });

  it("groups the intéressés by civilité, women first, and agrees what follows", () => {
    expect(at(context(), "deliberation.presence.interesses")).toEqual({
      aucun: false,
      noms: "Madame Valérie CUVILLIER ainsi que Messieurs Jean-Claude LEROY et Bertrand PETIT",
      accord: { es: "s" },
    });
    expect(at(context(), "deliberation.presence.interessesExcuses")).toEqual({
      aucun: false,
      noms: "Madame Blandine DRAIN",
      accord: { es: "e" },
    });
  });

  it("agrees two women in the plural feminine, a man alone in the masculine, nobody as none", () => {
    const two = contextWith(
      DETAIL.replace("excuses: [drain]", "excuses: [drain, hingrez]")
        .replace("absents: [hingrez]", "absents: [petit]")
        .replace("interesses_excuses: [drain]", "interesses_excuses: [drain, hingrez]"),
    );
    expect(at(two, "deliberation.presence.excuses.titre")).toBe("Excusées");
    expect(at(two, "deliberation.presence.excuses.noms")).toBe(
      "Mme Blandine DRAIN, Mme Mireille HINGREZ",
    );
    expect(at(two, "deliberation.presence.absents.titre")).toBe("Absent");
    expect(at(two, "deliberation.presence.interessesExcuses")).toEqual({
      aucun: false,
      noms: "Mesdames Blandine DRAIN et Mireille HINGREZ",
      accord: { es: "es" },
    });
    const none = contextWith(
      DETAIL.replace("absents: [hingrez]", "absents: []").replace(
        "interesses_excuses: [drain]",
        "interesses_excuses: []",
      ),
    );
    expect(at(none, "deliberation.presence.absents")).toEqual({
      aucun: true,
      titre: "Absent",
      noms: "",
    });
    expect(at(none, "deliberation.presence.interessesExcuses")).toEqual({
      aucun: true,
      noms: "",
      accord: { es: "" },
    });
    const mixed = contextWith(DETAIL.replace("excuses: [drain]", "excuses: [drain, petit]"));
    expect(at(mixed, "deliberation.presence.excuses.titre")).toBe("Excusés");
  });

  it("shows the présents and the secretary to complete while the data does not say who sat", () => {
    const unknown = contextWith("");
    expect(at(unknown, "deliberation.presence.presents")).toBe(
      "[À COMPLÉTER : membres excusés et absents (délibération n°2022-467 : excuses, absents)]",
    );
    expect(at(unknown, "deliberation.presence.secretaire")).toBe(
      "[À COMPLÉTER : secrétaire de séance (délibération n°2022-467)]",
    );
    expect(at(unknown, "deliberation.territoires")).toBe(
      "[À COMPLÉTER : territoires du rapport n°47]",
    );
    expect(at(unknown, "deliberation.service")).toBe(
      "[À COMPLÉTER : service qui présente le rapport n°47]",
    );
    expect(at(unknown, "deliberation.vote")).toEqual({
      connu: false,
      texte: "[À COMPLÉTER : conditions de vote de la délibération n°2022-467]",
    });
    expect(at(unknown, "deliberation.avis")).toEqual([]);
    const noAssembly = contextWith("excuses: []\n", "");
    expect(at(noAssembly, "deliberation.presence.presents")).toMatch(/^\[À COMPLÉTER/);
    expect(at(noAssembly, "departement.dgs.nomComplet")).toBe(
      "[À COMPLÉTER : directeur général des services (departement.yaml, dgs)]",
    );
  });
});

describe("who presides", () => {
  it("the session's presidence, unless that member takes no part: then the first who does", () => {
    // The session is presided by Mme CUVILLIER, intéressée here, as M. LEROY and M. PETIT; Mme
    // HINGREZ is absent, Mme DRAIN excused: the first member who takes part is Mme BOCQUILLET.
    const context = contextWith(DETAIL);
    expect(at(context, "seance.presidence.majuscules")).toBe("MADAME DENISE BOCQUILLET");
    expect(at(context, "seance.presidence.nomComplet")).toBe("Denise BOCQUILLET");
    expect(at(context, "seance.presidence.titre.Le")).toBe("La Présidente");
    const free = contextWith(
      DETAIL.replace("interesses: [leroy, cuvillier, petit]", "interesses: [leroy]"),
    );
    expect(at(free, "seance.presidence.majuscules")).toBe("MADAME VALÉRIE CUVILLIER");
    const leroy = contextWith(
      DETAIL.replace("interesses: [leroy, cuvillier, petit]", "interesses: [cuvillier]"),
      ASSEMBLEE,
      "{ civilite: M., prenom: Jean-Claude, nom: LEROY }",
    );
    expect(at(leroy, "seance.presidence.majuscules")).toBe("MONSIEUR JEAN-CLAUDE LEROY");
    expect(at(leroy, "seance.presidence.titre.Le")).toBe("Le Président");
    const away = contextWith(
      DETAIL,
      ASSEMBLEE,
      "{ civilite: M., prenom: Jean-Claude, nom: LEROY }",
    );
    expect(at(away, "seance.presidence.majuscules")).toBe("MADAME DENISE BOCQUILLET");
  });

  it.each([
    [
      "someone outside the assembly",
      "{ civilite: M., prenom: Paul, nom: DURAND }",
      "MONSIEUR PAUL DURAND",
    ],
    // Each differs from the intéressé M. Jean-Claude LEROY by one of the three: not him.
    ["another first name", "{ civilite: M., prenom: Paul, nom: LEROY }", "MONSIEUR PAUL LEROY"],
    [
      "another name",
      "{ civilite: M., prenom: Jean-Claude, nom: DURAND }",
      "MONSIEUR JEAN-CLAUDE DURAND",
    ],
    [
      "another civilité",
      "{ civilite: Mme, prenom: Jean-Claude, nom: LEROY }",
      "MADAME JEAN-CLAUDE LEROY",
    ],
  ])("keeps a presidence who is no member (%s)", (_, presidence, printed) => {
    expect(at(contextWith(DETAIL, ASSEMBLEE, presidence), "seance.presidence.majuscules")).toBe(
      printed,
    );
  });
});

describe("the commissions, the vote, the head", () => {
  const context = () => contextWith(DETAIL);

  it("names each commission by its rank, in both forms, with the date of its opinion", () => {
    expect(at(context(), "deliberation.avis")).toEqual([
      {
        commission: "2ème commission « Solidarités humaines »",
        Commission: "2ème Commission - Solidarités humaines",
        date: "07/11/2022",
      },
      {
        commission: "1ère commission « Attractivité départementale et emploi »",
        Commission: "1ère Commission - Attractivité départementale et emploi",
        date: "08/11/2022",
      },
    ]);
  });

  it("gives each line of the vote, groups in parentheses, the absents only when given", () => {
    expect(at(context(), "deliberation.vote")).toEqual({
      connu: true,
      pour: { nombre: "24", voix: "24 voix", groupes: " (Groupe A ; Groupe B)" },
      contre: { nombre: "0", voix: "0 voix", groupes: "" },
      abstention: { nombre: "17", voix: "17 voix", groupes: " (Groupe C)" },
      absents: { nombre: "3", voix: "3 voix", groupes: " (Groupe A)" },
    });
    const without = contextWith(DETAIL.replace(/ {2}absents_sans_delegation: .*\n/, ""));
    expect(at(without, "deliberation.vote.absents")).toBeUndefined();
  });

  it("writes the head in capitals: the Département, the date, the title, the president", () => {
    expect(at(context(), "departement.nomMajuscules")).toBe("DÉPARTEMENT DU PAS-DE-CALAIS");
    expect(at(context(), "seance.dateMajuscules")).toBe("21 NOVEMBRE 2022");
    expect(at(context(), "deliberation.intituleMajuscules")).toBe(
      "APPEL À PROJETS DES POLITIQUES D'INCLUSION DURABLE 2022 - PHASE 3",
    );
    expect(at(context(), "departement.presidentMajuscules")).toBe("LE PRÉSIDENT");
    expect(at(context(), "departement.dgs.nomComplet")).toBe("Maryline VINCLAIRE");
    expect(at(context(), "deliberation.territoires")).toBe("Tous les territoires");
    expect(at(context(), "deliberation.service")).toBe("Service RSA");
    expect(at(context(), "deliberation.numero")).toBe("2022-467");
    expect(at(context(), "deliberation.rapport")).toBe("47");
  });
});

describe("the budget table and the thématiques", () => {
  const context = () => contextWith(DETAIL);

  it("each budget line: AE, disponible, the proposition summed from the lines, the solde", () => {
    expect(at(context(), "budget.lignes")).toEqual([
      {
        code: "C02-566A05",
        imputation: "6568/93566",
        libelle: "Indemnisation des organismes référents",
        ae: "6\u202f019\u202f600,00",
        disponible: "1\u202f235\u202f586,67",
        proposition: "27\u202f500,00",
        solde: "1\u202f208\u202f086,67",
      },
      {
        code: "C02-581E02",
        imputation: "6568/9358",
        libelle: "Logement des jeunes",
        ae: "1\u202f200\u202f000,00",
        disponible: "170\u202f000,00",
        proposition: "20\u202f000,00",
        solde: "150\u202f000,00",
      },
    ]);
    expect(at(context(), "totalCellule")).toBe("47\u202f500,00");
    expect(at(context(), "total.chiffres")).toBe("47\u202f500,00\u00a0€");
  });

  it("each thématique with its total, its count of operations and every line", () => {
    const [first, second] = at(context(), "thematiques") as { [key: string]: Value }[];
    expect(first?.numero).toBe("1");
    expect(first?.totalCellule).toBe("27\u202f500,00");
    expect(first?.nombreOperations).toBe("1");
    expect(first?.operations).toEqual([
      {
        numero: "1",
        intitule: "Accompagnement Global",
        totalCellule: "27\u202f500,00",
        lignes: [
          {
            territoire: "Artois",
            partenaire: "CCAS de Béthune",
            description: "",
            montant: "27\u202f500,00",
          },
        ],
      },
    ]);
    expect(second?.numero).toBe("3");
    expect((second?.operations as { [key: string]: Value }[] | undefined)?.[0]).toEqual({
      numero: "",
      intitule: "CLLAJ",
      totalCellule: "20\u202f000,00",
      lignes: [
        {
          territoire: "",
          partenaire: "Pôle emploi Hauts-de-France",
          description: "",
          montant: "20\u202f000,00",
        },
      ],
    });
    expect(at(context(), "nombreActes")).toEqual({ chiffres: "2", lettres: "deux" });
  });
});

describe("the other deliberations, the model's facts, the acts", () => {
  const OTHER = `
autres_deliberations:
  - deliberation: 2022-451
    rapport: 31
    intitule: Autre délibération
`;

  it("gives another deliberation of the session no budget table and no acts of the lines", () => {
    const [main, other] = contextsWith(`${DETAIL}${OTHER}`);
    expect(at(other as Value, "budget")).toEqual({ lignes: [] });
    expect(at(other as Value, "thematiques")).toBeUndefined();
    expect(at(other as Value, "actes")).toEqual([]);
    expect(at(other as Value, "nombreActes")).toEqual({ chiffres: "0", lettres: "zéro" });
    expect(at(other as Value, "deliberation.numero")).toBe("2022-451");
    expect(at(main as Value, "budget.lignes")).toHaveLength(2);
  });

  it("gives each act of the deliberation its own template's values", () => {
    const actes = at(contextWith(DETAIL), "actes") as { [key: string]: Value }[];
    expect(actes.map((a) => at(a, "partenaire.designation"))).toEqual([
      "CCAS de Béthune",
      "Pôle emploi Hauts-de-France",
    ]);
    expect(at(actes[0] as Value, "montants.total.chiffres")).toBe("27\u202f500,00\u00a0€");
  });

  it("gives the model's values from its facts and the acts' figures", () => {
    const withModel = contextWith(`${DETAIL}modele: pole-emploi-spie
faits:
  convention_etat_montant: 550000.00
  convention_etat_date: 2021-09-30
  premier_versement: 50000.00
  premier_versement_date: 2021-10-18
`);
    // The reversal: the first payment and the acts of this deliberation (27 500 + 20 000).
    expect(at(withModel, "faits.reversement.chiffres")).toBe("97\u202f500,00\u00a0€");
    expect(at(withModel, "faits.conventionEtat.date.long")).toBe("30 septembre 2021");
    expect(at(contextWith(DETAIL), "faits")).toEqual({});
  });

  it("a thématique without a number, a vote line whose group list is empty", () => {
    const [context] = contextsWith(
      DETAIL.replace("contre: { voix: 0 }", "contre: { voix: 0, groupes: [] }"),
      ASSEMBLEE,
      undefined,
      (o) => o.replace("  - numero: 3\n    intitule:", "  - intitule:"),
    );
    expect(at(context as Value, "deliberation.vote.contre.groupes")).toBe("");
    const thematiques = at(context as Value, "thematiques") as { [key: string]: Value }[];
    expect(thematiques.map((t) => t.numero)).toEqual(["1", ""]);
  });

  it("names the DGS's function to complete when departement.yaml has none", () => {
    const none = contextWith("excuses: []\n", "");
    expect(at(none, "departement.dgs.qualite.titre")).toBe(
      "[À COMPLÉTER : fonction du directeur général des services]",
    );
  });

  it("titles a Présidente of the Département without a function in the data", () => {
    const read = (rel: string) => readFileSync(join(FIXTURE, rel), "utf8");
    const context = contextsWith(
      DETAIL,
      ASSEMBLEE,
      undefined,
      (o) => o,
      (d) =>
        d.replace(
          "president: { civilite: M., prenom: Jean-Claude, nom: LEROY }",
          "president: { civilite: Mme, prenom: Anne, nom: DURAND }",
        ),
    )[0] as Value;
    expect(read("departement.yaml")).toContain(
      "president: { civilite: M., prenom: Jean-Claude, nom: LEROY }",
    );
    expect(at(context, "departement.presidentMajuscules")).toBe("LA PRÉSIDENTE");
  });
});
