// `actes importer`: real files made here (a workbook written by exceljs, a CSV in Windows-1252),
// read as a person would check them: the amounts and dates that land in operations.yaml and in
// the figures, each problem with its cell, nothing written on error, nothing replaced unasked.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { actes } from "../helpers/cli.ts";
import { DEFAULT_DATA, withFiles } from "../helpers/dataset.ts";
import {
  dataWithNewSession,
  day,
  NEW_SESSION,
  operationsOf,
  windows1252,
  workbook,
} from "./helpers.ts";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
/** A data folder with the new session; files written next to it (`${dir}.csv`) go with it. */
function folder(files: Record<string, string | Buffer> = {}) {
  const data = dataWithNewSession(files);
  cleanups.push(data.cleanup, () => {
    for (const ext of [".csv", ".xlsx", "-repartition.xlsx"])
      rmSync(`${data.dir}${ext}`, { force: true });
  });
  return data.dir;
}

const HEADER = [
  "N° Thématique",
  "THÉMATIQUE",
  "Opération",
  "Dispositif",
  "Ligne budgétaire",
  "Structure",
  "Territoire",
  "Nombre de places",
  "Montant (€)",
  "Date de début",
  "Date de fin",
  "N° de convention",
  "Date convention",
  "N° avenant",
  "Commentaire",
];
const AG = "Accompagnement des bénéficiaires du RSA";
const ROWS = [
  ["APPEL À PROJETS DPID 2023 - RÉPARTITION FINANCIÈRE"],
  HEADER,
  [
    1,
    AG,
    "Accompagnement Global",
    null,
    "C02-566A05",
    "CCAS d'Arras",
    "Arrageois",
    55,
    null,
    day("2022-12-01"),
    day("2023-12-31"),
    "2022-01234",
    day("2022-03-15"),
    1,
    "vu",
  ],
  [
    null,
    null,
    null,
    null,
    null,
    "ccas-bethune",
    "Artois",
    110,
    null,
    day("2022-12-01"),
    day("2023-12-31"),
    "07001",
    "à compléter",
    "À COMPLÉTER",
  ],
  [
    2,
    "Accès au logement",
    "Soutien des CLLAJ",
    "CLLAJ",
    "C02-581E02",
    "4aj",
    "Arrageois",
    null,
    "20 000,00 €",
    44805,
    45169,
    "2022-0042",
    "01/09/2022",
    1,
  ],
  [null, "TOTAL", null, null, null, null, null, null, 54000],
];

async function importXlsx(rows: unknown[][], extra: string[] = [], files = {}) {
  const dir = folder(files);
  const file = `${dir}-repartition.xlsx`;
  writeFileSync(file, await workbook(rows as never, "Répartition", (s) => s.mergeCells("B3:B4")));
  const r = await actes(["importer", file, "--seance", join(dir, NEW_SESSION), ...extra]);
  return { r, dir, file };
}

describe("actes importer, from Excel", () => {
  it("writes operations.yaml with the places, amounts and dates of the sheet, each line with its cell", async () => {
    const { r, dir, file } = await importXlsx(ROWS);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `${NEW_SESSION}/operations.yaml écrit depuis ${file}, feuille « Répartition » : 3 lignes d'allocation, 3 actes`,
    );
    expect(r.out).toContain("colonnes ignorées : « Commentaire »");
    expect(r.out).toContain("lignes de total ignorées : 6");
    const name = file.split("/").pop();
    const yaml = operationsOf(dir) ?? "";
    expect(yaml).toContain(`    intitule: ${AG} # ${name}!B3`);
    expect(yaml).toContain(
      `        dispositif: accompagnement-global # déduit de l'intitulé (${name}!C3)`,
    );
    expect(yaml).toContain("        periode: { debut: 2022-12-01, fin: 2023-12-31 }");
    expect(yaml).toContain(`          - partenaire: ccas-arras # ${name}!F3`);
    expect(yaml).toContain("            convention: { numero: 2022-01234, date: 2022-03-15 }");
    expect(yaml).toContain("            convention: { numero: 07001, date: À COMPLÉTER }");
    expect(yaml).toContain("            avenant: À COMPLÉTER");
    expect(yaml).toContain("        dispositif: cllaj\n");
    expect(yaml).toContain("        periode: { debut: 2022-09-01, fin: 2023-08-31 }");
    expect(yaml).toContain("            montant: 20000.00");
    const figures = JSON.parse((await actes(["figures", dir, "--json"])).out) as {
      acts: { id: string; amounts: { total: string }; period: { start: string; end: string } }[];
    };
    const act = (id: string) => figures.acts.find((a) => a.id === `${NEW_SESSION}/${id}`);
    expect(act("avenant-ag/ccas-arras")?.amounts.total).toBe("13750.00");
    expect(act("avenant-ag/ccas-bethune")?.amounts.total).toBe("27500.00");
    expect(act("avenant-cllaj/4aj")).toMatchObject({
      amounts: { total: "20000.00" },
      period: { start: "2022-09-01", end: "2023-08-31" },
    });
  });

  it("reports every problem at once with its cell, column and what was expected, and writes nothing", async () => {
    const rows = structuredClone(ROWS) as unknown[][];
    (rows[2] as unknown[])[5] = "CCAS d'Arass";
    (rows[3] as unknown[])[9] = "31/02/2023";
    (rows[4] as unknown[])[8] = "20 000,0O €";
    const { r, dir, file } = await importXlsx(rows);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `${file}!F3  erreur  REFERENCE_INCONNUE  partenaire inconnu « CCAS d'Arass » — voulez-vous dire « ccas-arras » (Centre Communal d'Action Sociale d'Arras) ?`,
    );
    expect(r.err).toContain(
      `${file}!J4  erreur  DATE_INVALIDE  date invalide dans la colonne « Date de début »`,
    );
    expect(r.err).toContain("trouvé : « 31/02/2023 »");
    expect(r.err).toContain(
      `${file}!I5  erreur  MONTANT_INVALIDE  montant invalide dans la colonne « Montant (€) »`,
    );
    expect(r.err).toContain(
      "attendu : un montant en euros, deux décimales au plus : 13 750,00 € ou 13750.00 ; trouvé : « 20 000,0O € »",
    );
    expect(r.err).toContain("✖ 3 erreurs — rien n'est écrit");
    expect(operationsOf(dir)).toBeNull();
  });

  it("brings the engine's judgement back to the cell: places for a CLLAJ line", async () => {
    const rows = structuredClone(ROWS) as unknown[][];
    (rows[4] as unknown[])[7] = 12;
    const { r, dir, file } = await importXlsx(rows);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `${file}!H5  erreur  CHAMP_DISPOSITIF  « places » ne s'écrit pas pour le dispositif cllaj`,
    );
    expect(r.err).toContain("champ : colonne « Nombre de places »");
    expect(operationsOf(dir)).toBeNull();
  });

  it("names a missing column and a misspelt one in the header row", async () => {
    const header = HEADER.map((h) =>
      h === "Structure" ? "Libellé" : h === "Territoire" ? "Teritoire" : h,
    );
    const { r, file } = await importXlsx([header, ...ROWS.slice(2)]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `${file}!G1  erreur  COLONNE_INCONNUE  colonne inconnue « Teritoire » — voulez-vous dire « territoire » ?`,
    );
    expect(r.err).toContain(
      `${file}!A1  erreur  COLONNE_MANQUANTE  colonne « partenaire » absente de la ligne d'en-tête`,
    );
  });

  it("asks for the sheet by name, with « voulez-vous dire »", async () => {
    const { r } = await importXlsx(ROWS, ["--feuille", "Repartitoin"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("feuille « Repartitoin » introuvable");
    expect(r.err).toContain("voulez-vous dire « Répartition » ?");
  });
});

describe("actes importer, from CSV", () => {
  const CSV = [
    "thématique;opération;dispositif;ligne budgétaire;partenaire;territoire;places;montant;début;fin;convention n°;convention date;avenant n°",
    `${AG};Accompagnement Global;accompagnement-global;C02-566A05;ccas-arras;Arrageois;55;;01/12/2022;31/12/2023;2022-01234;15/03/2022;1`,
    "Accès au logement;Soutien des CLLAJ;cllaj;C02-581E02;4aj;Cœur d’Arrageois;;13 750,50 €;01/09/2022;31/08/2023;0042;01/09/2022;1",
    "",
  ].join("\r\n");

  it("reads Windows-1252 with « ; » and decimal commas", async () => {
    const dir = folder();
    const file = `${dir}.csv`;
    writeFileSync(file, windows1252(CSV));
    const r = await actes(["importer", file, "--seance", join(dir, NEW_SESSION)]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const yaml = operationsOf(dir) ?? "";
    expect(yaml).toContain("territoire: Cœur d’Arrageois");
    expect(yaml).toContain("montant: 13750.50");
    expect(yaml).toContain("convention: { numero: 0042, date: 2022-09-01 }");
    expect(yaml).toContain(`- partenaire: 4aj # ${file.split("/").pop()}:3:5`);
  });

  it("reads UTF-8 with its BOM, and names a bad cell line:field", async () => {
    const bad = CSV.replace("13 750,50 €", "13 750,505 €");
    const dir = folder();
    const file = `${dir}.csv`;
    writeFileSync(file, Buffer.from(`\ufeff${bad}`, "utf8"));
    const r = await actes(["importer", file, "--seance", join(dir, NEW_SESSION)]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `${file}:3:8  erreur  MONTANT_INVALIDE  montant invalide dans la colonne « montant »`,
    );
    expect(operationsOf(dir)).toBeNull();
  });
});

describe("one operation, one value", () => {
  const importCsv = async (csv: string) => {
    const dir = folder();
    const file = `${dir}.csv`;
    writeFileSync(file, csv);
    return { r: await actes(["importer", file, "--seance", join(dir, NEW_SESSION)]), file, dir };
  };

  it("refuses a budget line that differs between the lines of an operation, naming both cells", async () => {
    const { r, file, dir } = await importCsv(
      [
        "thématique;opération;dispositif;ligne budgétaire;partenaire;montant;début;fin",
        "Logement;CLLAJ;cllaj;C02-581E02;4aj;20000;01/09/2022;31/08/2023",
        "Logement;CLLAJ;;C02-566A05;adefi;20000;01/09/2022;31/08/2023",
      ].join("\n"),
    );
    expect(r.code).toBe(1);
    const name = file.split("/").pop();
    expect(r.err).toContain(
      `${file}:3:4  erreur  VALEUR_INVALIDE  « C02-566A05 » diffère de « C02-581E02 » (${name}:2:4) pour la même opération`,
    );
    expect(operationsOf(dir)).toBeNull();
  });

  it("asks for the dispositif when the operation's title does not name one", async () => {
    const { r, file } = await importCsv(
      [
        "thématique;opération;ligne budgétaire;partenaire;montant",
        "Logement;Soutien aux jeunes;C02-581E02;4aj;20000",
      ].join("\n"),
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `${file}:2:2  erreur  CHAMP_MANQUANT  dispositif absent, et l'intitulé de l'opération « Soutien aux jeunes » ne le nomme pas`,
    );
  });
});

describe("an existing operations.yaml", () => {
  it("is never replaced without --remplacer, then replaced whole", async () => {
    const { dir, cleanup } = withFiles({}, DEFAULT_DATA);
    cleanups.push(cleanup, () => rmSync(`${dir}.xlsx`, { force: true }));
    const xlsx = `${dir}.xlsx`;
    expect((await actes(["exporter", join(dir, "cp-2022-12-13"), "--xlsx", xlsx])).code).toBe(0);
    const target = join(dir, "cp-2022-12-13", "operations.yaml");
    const before = readFileSync(target, "utf8");
    const refused = await actes(["importer", xlsx, "--seance", join(dir, "cp-2022-12-13")]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      `${target}  erreur  FICHIER_EXISTANT  ${target} existe déjà : il n'est remplacé qu'avec --remplacer`,
    );
    expect(readFileSync(target, "utf8")).toBe(before);
    const replaced = await actes([
      "importer",
      xlsx,
      "--seance",
      join(dir, "cp-2022-12-13"),
      "--remplacer",
    ]);
    expect(replaced.code).toBe(0);
    const after = readFileSync(target, "utf8");
    expect(after).not.toBe(before);
    expect(after).toContain(
      `# Écrit par « actes importer » depuis ${xlsx.split("/").pop()}, feuille « cp-2022-12-13 »`,
    );
    expect(after).toContain("periode: { debut: 2023-01-01, duree_mois: 12 }");
  });
});
