// `actes figures --xlsx`: the figures as a workbook, read back with exceljs as a spreadsheet
// would: amounts are numbers in the euro format (seed 003: CCAS d'Arras 13 750 €, advance
// 11 000 €; seed 000: C02-561G02 solde 360 000 €), one sheet per session, the budget lines,
// the values to complete.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { loadTemplates } from "../../src/document/templates.ts";
import { assessActs, type Computed, computeFolder } from "../../src/pipeline.ts";
import { figuresXlsx } from "../../src/report/figures-xlsx.ts";
import { actes } from "../helpers/cli.ts";
import { completeFpelFiles, DEFAULT_DATA, FIXTURE, withFiles } from "../helpers/dataset.ts";

const TEMPLATES = join(import.meta.dirname, "..", "..", "templates");
const tmp = mkdtempSync(join(tmpdir(), "actes-figures-xlsx-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The workbook of `figures --xlsx` for a data folder, computed in this process. */
async function workbookOf(
  dir: string,
  change: (c: Computed) => Computed = (c) => c,
): Promise<ExcelJS.Workbook> {
  const read = computeFolder(dir).value;
  const templates = loadTemplates(TEMPLATES).value;
  if (!read || !templates) throw new Error("valid data and templates");
  const computed = change(read);
  const book = new ExcelJS.Workbook();
  const bytes = await figuresXlsx(computed, assessActs(computed, computed.acts, templates));
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

const EURO = '#,##0.00 "€"';

/** The cells of a row, from its first column. */
const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

/** The row whose first cell is `first`. */
function rowOf(sheet: ExcelJS.Worksheet, first: string): ExcelJS.Row {
  const row = sheet.getRows(2, sheet.rowCount - 1)?.find((r) => r.getCell(1).value === first);
  if (!row) throw new Error(`no row ${first} in ${sheet.name}`);
  return row;
}

describe("actes figures --xlsx", () => {
  it("writes the workbook and says so on stderr", async () => {
    const file = join(tmp, "chiffres.xlsx");
    const r = await actes(["figures", DEFAULT_DATA, "--xlsx", file]);
    expect([r.code, r.err]).toEqual([0, `✔ classeur écrit : ${file}\n`]);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  it("one sheet per session, the budget lines and the values to complete, amounts as numbers", async () => {
    const book = await workbookOf(DEFAULT_DATA);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "cp-2022-07-04",
      "cp-2022-10-17",
      "cp-2022-11-21",
      "cp-2022-12-13",
      "Lignes budgétaires",
      "À compléter",
    ]);
    const november = book.getWorksheet("cp-2022-11-21");
    if (!november) throw new Error("no sheet cp-2022-11-21");
    expect(values(november.getRow(1))).toEqual([
      "acte",
      "type",
      "partenaire",
      "territoire",
      "début",
      "fin",
      "total",
      "avance",
      "solde",
      "statut",
    ]);
    // The header and the acts' ids stay in view; each sheet holds its own session's acts only.
    expect(november.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(november.rowCount).toBe(1 + 35);
    expect(values(book.getWorksheet("cp-2022-07-04")?.getRow(2) ?? november.getRow(1))[0]).toBe(
      "cp-2022-07-04/avenant-pole-emploi-spie/pole-emploi-hdf",
    );
    expect(book.getWorksheet("cp-2022-07-04")?.rowCount).toBe(2);
    const arras = rowOf(november, "cp-2022-11-21/avenant-ag/ccas-arras");
    expect(values(arras)).toEqual([
      "cp-2022-11-21/avenant-ag/ccas-arras",
      "avenant-ag",
      "Centre Communal d'Action Sociale d'Arras",
      "Arrageois",
      "01/12/2022",
      "31/12/2023",
      13750,
      11000,
      2750,
      "projet",
    ]);
    expect([7, 8, 9].map((c) => arras.getCell(c).numFmt)).toEqual(Array(3).fill(EURO));
    // An avenant de durée moves no money: zero, and ready to sign (the seed gives all its data).
    expect(values(rowOf(november, "cp-2022-11-21/avenant-duree/eurasante"))).toEqual([
      "cp-2022-11-21/avenant-duree/eurasante",
      "avenant-duree",
      "GIE EURASANTE",
      "",
      "01/12/2021",
      "30/06/2023",
      0,
      0,
      0,
      "prêt à signer",
    ]);
    const budget = book.getWorksheet("Lignes budgétaires");
    if (!budget) throw new Error("no sheet Lignes budgétaires");
    expect(values(budget.getRow(1))).toEqual([
      "séance",
      "délibération",
      "code",
      "imputation",
      "libellé",
      "AE",
      "disponible",
      "proposition",
      "solde",
    ]);
    const spie = rowOf(budget, "cp-2022-07-04");
    expect(values(spie)).toEqual([
      "cp-2022-07-04",
      "2022-298",
      "C02-561G02",
      "6568/93561",
      "Projet collectif d'insertion",
      420000,
      410000,
      50000,
      360000,
    ]);
    expect([6, 7, 8, 9].map((c) => spie.getCell(c).numFmt)).toEqual(Array(4).fill(EURO));
    const missing = book.getWorksheet("À compléter");
    expect(missing?.getRow(1).values).toEqual([
      undefined,
      "fichier",
      "ligne",
      "colonne",
      "champ",
      "actes bloqués",
    ]);
    expect(missing?.rowCount).toBeGreaterThan(100);
    const siret = missing
      ?.getRows(2, missing.rowCount - 1)
      ?.find((row) => String(row.getCell(1).value).endsWith("partenaires/pole-emploi-hdf.yaml"));
    expect(siret && values(siret).slice(1)).toEqual([
      16,
      8,
      "siret",
      "cp-2022-07-04/avenant-pole-emploi-spie/pole-emploi-hdf, cp-2022-11-21/avenant-cooperation-pole-emploi/pole-emploi-hdf, cp-2022-12-13/convention-pole-emploi-autonomie/pole-emploi-hdf",
    ]);
  });

  it("a line without territory, a value to complete without position: empty cells", async () => {
    const book = await workbookOf(FIXTURE, (c) => ({
      ...c,
      gaps: [
        {
          file: "departement.yaml",
          field: "conventions.cadre.date",
          key: "date",
          label: "",
          acts: [],
        },
      ],
    }));
    const sheet = book.getWorksheet("cp-2022-11-21");
    if (!sheet) throw new Error("no sheet");
    expect(rowOf(sheet, "cp-2022-11-21/avenant-cllaj/pole-emploi-hdf").getCell(4).value).toBe("");
    const missing = book.getWorksheet("À compléter");
    if (!missing) throw new Error("no sheet À compléter");
    expect(values(missing.getRow(2))).toEqual([
      "departement.yaml",
      "",
      "",
      "conventions.cadre.date",
      "",
    ]);
  });

  it("an act ready to sign says so", async () => {
    const { dir, cleanup } = withFiles(completeFpelFiles(), DEFAULT_DATA);
    try {
      const book = await workbookOf(dir);
      const sheet = book.getWorksheet("cp-2022-11-21");
      if (!sheet) throw new Error("no sheet");
      expect(rowOf(sheet, "cp-2022-11-21/avenant-fpel/caf-pas-de-calais").getCell(10).value).toBe(
        "prêt à signer",
      );
    } finally {
      cleanup();
    }
  });

  it("a file that cannot be written: exit 2, a French message", async () => {
    const r = await actes(["figures", DEFAULT_DATA, "--xlsx", join(tmp, "absent", "\u0000.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^actes figures : classeur non écrit/);
  });
});
