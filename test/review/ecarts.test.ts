// `actes ecarts`: the acts of a type side by side, one column per value the template inserts,
// what a reviewer of the batch looks at flagged. Figures from seed 003 (annexe 5): 55 places
// × 250 € = 13 750,00 € (CCAS d'Arras), SAMPS's two lines 27 500,00 €.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadTemplates, type Template } from "../../src/document/templates.ts";
import { Decimal } from "../../src/money/money.ts";
import { type Computed, computeFolder } from "../../src/pipeline.ts";
import { csvTables } from "../../src/review/ecarts/outputs.ts";
import { type VarianceTable, varianceTables } from "../../src/review/ecarts/variance.ts";
import { xlsxTables } from "../../src/review/ecarts/xlsx.ts";
import { actes } from "../helpers/cli.ts";
import { DEFAULT_DATA, withFiles } from "../helpers/dataset.ts";

const TEMPLATES = join(import.meta.dirname, "..", "..", "templates");
const tmp = mkdtempSync(join(tmpdir(), "actes-ecarts-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function computed(dir = DEFAULT_DATA): Computed {
  const r = computeFolder(dir);
  if (!r.value) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}
const templates = (() => {
  const t = loadTemplates(TEMPLATES).value;
  if (!t) throw new Error("templates");
  return t;
})();

function tables(c: Computed, type?: string): VarianceTable[] {
  const acts = type ? c.acts.filter((a) => a.type === type) : c.acts;
  return varianceTables(acts, templates, c.data.departement);
}

const cell = (t: VarianceTable, act: string, column: string) =>
  t.rows.find((r) => r.id.endsWith(`/${act}`))?.cells[
    t.columns.findIndex((c) => c.path === column)
  ];

describe("the AG batch of the embedded data", () => {
  const [ag] = tables(computed(), "avenant-ag");
  if (!ag) throw new Error("no AG table");

  it("one row per avenant, the template's values as columns, figures of the seed", () => {
    expect(ag.rows).toHaveLength(24);
    expect(ag.columns.map((c) => c.path)).toEqual(
      expect.arrayContaining(["partenaire.designation", "allocation.places", "periode.texte"]),
    );
    expect(cell(ag, "ccas-arras", "montants.total.chiffres")).toBe("13\u202f750,00\u00a0€");
    expect(cell(ag, "ccas-arras", "allocation.places")).toBe("55");
    expect(cell(ag, "samps", "montants.total.chiffres")).toBe("27\u202f500,00\u00a0€");
    expect(cell(ag, "samps", "allocation.places")).toBe("110");
    // A clause is a column too; the agreement letters (accord.e) are not.
    expect(ag.columns.find((c) => c.path === "partenaire.sigleDistinct")?.kind).toBe("clause");
    expect(ag.columns.some((c) => c.path.includes("accord"))).toBe(false);
  });

  it("values to complete, the clause some acts lack; no amount off, the fixed text proven equal", () => {
    const kinds = new Set(ag.findings.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(["clause", "gap"]);
    expect(ag.findings.filter((f) => f.column === "allocation.avenant")).toHaveLength(24);
    expect(
      ag.findings.filter((f) => f.kind === "clause").map((f) => f.act.split("/").at(-1)),
    ).toContain("samps");
    // Two versions: with and without the partner's distinct sigle; none among equal clauses.
    expect(ag.fixedText).toEqual({ versions: 2, sameClausesDiffer: [] });
  });
});

describe("what ecarts flags", () => {
  it("a CLLAJ period that differs from the rest of the batch, at the act that has it", () => {
    const ops = "cp-2022-11-21/operations.yaml";
    const text = readFileSync(join(DEFAULT_DATA, ops), "utf8").replace(
      "            montant: 20000.00\n            convention: { numero: À COMPLÉTER, date: À COMPLÉTER }\n            avenant: 1\n",
      "            montant: 20000.00\n            convention: { numero: À COMPLÉTER, date: À COMPLÉTER }\n            avenant: 1\n            periode: { debut: 2022-10-01, fin: 2023-08-31 }\n",
    );
    const { dir, cleanup } = withFiles({ [ops]: text }, DEFAULT_DATA);
    try {
      const [cllaj] = tables(computed(dir), "avenant-cllaj");
      const outliers = cllaj?.findings.filter((f) => f.kind === "outlier") ?? [];
      expect(outliers.map((f) => [f.act, f.column])).toContainEqual([
        "cp-2022-11-21/avenant-cllaj/rencontres-et-loisirs",
        "periode.texte",
      ]);
      expect(outliers.find((f) => f.column === "periode.texte")?.message).toBe(
        "« periode.texte » vaut « du 1er octobre 2022 au 31 août 2023 inclus » ; 5 des 6 actes ont « du 1er septembre 2022 au 31 août 2023 inclus »",
      );
    } finally {
      cleanup();
    }
  });

  it("an amount that is not places × cost of a place", () => {
    const c = computed();
    const acts = c.acts
      .filter((a) => a.type === "avenant-ag")
      .map((a) =>
        a.kind === "lignes" && a.partenaire.id === "ccas-arras"
          ? { ...a, figures: { ...a.figures, total: new Decimal("13760") } }
          : a,
      );
    const [ag] = varianceTables(acts, templates, c.data.departement);
    expect(ag?.findings.filter((f) => f.kind === "amount")).toEqual([
      {
        kind: "amount",
        act: "cp-2022-11-21/avenant-ag/ccas-arras",
        column: "montants.total.chiffres",
        message: "montant 13\u202f760,00\u00a0€ ≠ 55 places × 250,00\u00a0€",
      },
    ]);
  });

  it("fixed text that differs between two acts of the same clauses", () => {
    const c = computed();
    const template = templates.get("avenant-fpel") as Template;
    let calls = 0;
    // A template whose own text changes from one act to the next (what must never happen).
    const drifting = new Map([
      [
        "avenant-fpel",
        {
          ...template,
          render: (ctx: Parameters<Template["render"]>[0]) =>
            `${template.render(ctx)}${calls++ > 0 ? "!" : ""}`,
        },
      ],
    ]);
    const fpel = c.acts.find((a) => a.type === "avenant-fpel");
    if (!fpel) throw new Error("no FPEL act");
    const [t] = varianceTables(
      [fpel, { ...fpel, id: `${fpel.id}-bis` }],
      drifting,
      c.data.departement,
    );
    expect(t?.fixedText.sameClausesDiffer).toEqual([`${fpel.id}-bis`]);
    expect(t?.findings.at(-1)).toMatchObject({ kind: "fixed-text", act: `${fpel.id}-bis` });
  });
});

describe("outputs", () => {
  const [cllaj] = tables(computed(), "avenant-cllaj");
  if (!cllaj) throw new Error("no CLLAJ table");

  it("CSV for a French Excel: BOM, « ; », one row per act, quoted cells", () => {
    const csv = csvTables([cllaj]);
    expect(csv.startsWith("\ufefftype;acte;")).toBe(true);
    const rows = csv.trimEnd().split("\r\n");
    expect(rows).toHaveLength(7);
    expect(rows[1]).toMatch(/^avenant-cllaj;cp-2022-11-21\/avenant-cllaj\//);
    // « du 1er septembre … » holds no « ; »; a finding list with « | » does not need quotes.
    expect(rows[1]).toContain(";du 1er septembre 2022 au 31 août 2023 inclus;");
  });

  it("XLSX: one sheet per type, amounts as numbers in €, flagged cells noted, a Constats sheet", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxTables([cllaj])) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["avenant-cllaj", "Constats"]);
    const sheet = book.getWorksheet("avenant-cllaj");
    if (!sheet) throw new Error("no sheet avenant-cllaj");
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const total = header.indexOf("montants.total.chiffres") + 1;
    expect(sheet.getRow(2).getCell(total).value).toBe(20000);
    expect(sheet.getRow(2).getCell(total).numFmt).toBe('#,##0.00 "€"');
    const siret = header.indexOf("partenaire.siret") + 1;
    expect(sheet.getRow(2).getCell(siret).note).toBe("« partenaire.siret » reste à compléter");
    expect(book.getWorksheet("Constats")?.rowCount).toBe(cllaj.findings.length + 1);
  });

  it("the same tables give the same XLSX bytes, written a minute apart", async () => {
    // exceljs stamps its zip entries with the clock; the bytes must not depend on it.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date(Date.UTC(2026, 10, 29, 9, 0, 0)));
      const first = await xlsxTables([cllaj]);
      vi.setSystemTime(new Date(Date.UTC(2026, 10, 29, 9, 1, 3)));
      expect(first.equals(await xlsxTables([cllaj]))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("actes ecarts", () => {
  it("prints the common values once, the varying ones act by act; exit 0 without finding", async () => {
    const html = join(tmp, "ecarts.html");
    const r = await actes(["ecarts", DEFAULT_DATA, "--only", "avenant-fpel", "--html", html]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe("avenant-fpel — 1 acte");
    expect(r.out).toContain("\nConstats (0) :\n");
    expect(r.out).toContain(
      "Texte fixe : identique dans l'acte ; aucun écart entre actes aux mêmes clauses",
    );
    expect(readFileSync(html, "utf8")).toContain("<h2>avenant-fpel — 1 acte</h2>");
  });

  it("exit 1 on findings: the CLLAJ batch has values to complete, grouped by value", async () => {
    const r = await actes(["ecarts", DEFAULT_DATA, "--only", "avenant-cllaj"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("\n  à compléter dans les 6 actes : partenaire.siret\n");
  });

  it("an --only that matches nothing: exit 2 with the closest value", async () => {
    const r = await actes(["ecarts", DEFAULT_DATA, "--only", "avenant-cllajj"]);
    expect([r.code, r.err]).toEqual([
      2,
      "aucun acte ne correspond à --only avenant-cllajj — voulez-vous dire « avenant-cllaj » ?\n",
    ]);
  });
});
