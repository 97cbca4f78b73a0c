// The figures of the default data reproduce the seeds (shared/seeds/000, 002 and 003).
import { describe, expect, it } from "vitest";
import { toCentString } from "../../src/money/money.ts";
import { computeFolder } from "../../src/pipeline.ts";
import { figuresJson } from "../../src/report/figures-json.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

interface JsonAct {
  id: string;
  type: string;
  partner: { id: string; name: string };
  amounts: { total: string; advance: string; balance: string };
  period: { start: string; end: string } | null;
}
interface JsonBudget {
  code: string;
  disponible: string;
  proposition: string;
  solde: string;
}
interface JsonSession {
  id: string;
  total: string;
  thematiques: {
    numero: number | null;
    total: string;
    operations: { total: string; lines: number }[];
  }[];
  budgetLines: JsonBudget[];
}

interface Json {
  acts: JsonAct[];
  totals: { sessions: JsonSession[] };
  missing: { file: string; line: number; field: string; acts: string[] }[];
}

// Computed inside each test, not once at module load: a mutation tester attributes the code a
// test runs to that test, and code run at load time to none (it would then run every test
// against each such mutant).
function computed() {
  const result = computeFolder(DEFAULT_DATA);
  const json = result.value ? (figuresJson(result.value) as Json) : undefined;
  return { result, json };
}
const acts = (type: string) => computed().json?.acts.filter((a) => a.type === type) ?? [];
const session = (id: string) => computed().json?.totals.sessions.find((s) => s.id === id);
const budget = (sessionId: string, code: string) =>
  session(sessionId)?.budgetLines.find((b) => b.code === code);

describe("default data reproduces the seeds", () => {
  it("is valid", () => {
    const { result, json } = computed();
    expect(result.diagnostics).toEqual([]);
    expect(json).toBeDefined();
  });

  it("24 avenant-ag for the 25 lines totalling 420 000,00 € (seed 003, annexe 5), each with its 80 % advance", () => {
    const ag = acts("avenant-ag");
    expect(ag).toHaveLength(24);
    const total = ag.reduce((s, a) => s + Math.round(Number(a.amounts.total) * 100), 0);
    expect(total).toBe(420_000_00);
    for (const a of ag) {
      expect(Math.round(Number(a.amounts.advance) * 100)).toBe(
        Math.round(Number(a.amounts.total) * 80),
      );
      expect(a.period).toEqual({ start: "2022-12-01", end: "2023-12-31" });
    }
    // The four amounts of annexe 5 and their places: 55, 110, 90, 70.
    const byId = Object.fromEntries(ag.map((a) => [a.id, a.amounts]));
    expect(byId["cp-2022-11-21/avenant-ag/ccas-arras"]).toEqual({
      total: "13750.00",
      advance: "11000.00",
      balance: "2750.00",
    });
    expect(byId["cp-2022-11-21/avenant-ag/ccas-bethune"]).toEqual({
      total: "27500.00",
      advance: "22000.00",
      balance: "5500.00",
    });
    expect(byId["cp-2022-11-21/avenant-ag/ccas-henin-beaumont"]?.total).toBe("22500.00");
    expect(byId["cp-2022-11-21/avenant-ag/ccas-loison-sous-lens"]?.total).toBe("17500.00");
    expect(byId["cp-2022-11-21/avenant-ag/ccas-berck-sur-mer"]?.total).toBe("22500.00");
  });

  it("SAMPS's two lines (Arrageois, Lens Liévin, one convention) make one avenant of their sum", () => {
    const samps = acts("avenant-ag").filter((a) => a.partner.id === "samps");
    expect(samps.map((a) => [a.id, a.amounts])).toEqual([
      [
        "cp-2022-11-21/avenant-ag/samps",
        { total: "27500.00", advance: "22000.00", balance: "5500.00" },
      ],
    ]);
  });

  it("6 avenant-cllaj of 20 000,00 € (advance 16 000,00 €, balance 4 000,00 €)", () => {
    const cllaj = acts("avenant-cllaj");
    expect(cllaj).toHaveLength(6);
    for (const a of cllaj) {
      expect(a.amounts).toEqual({ total: "20000.00", advance: "16000.00", balance: "4000.00" });
      expect(a.period).toEqual({ start: "2022-09-01", end: "2023-08-31" });
    }
  });

  it("one avenant-fpel of 500 000,00 € paid at signature (seed 003, annexe 6)", () => {
    expect(acts("avenant-fpel").map((a) => [a.partner.id, a.amounts])).toEqual([
      ["caf-pas-de-calais", { total: "500000.00", advance: "500000.00", balance: "0.00" }],
    ]);
  });

  it("one convention Pôle emploi of 198 000,00 € for 12 months from 2023-01-01 (seed 002)", () => {
    const [pe] = acts("convention-pole-emploi-autonomie");
    expect(pe?.amounts.total).toBe("198000.00");
    expect(pe?.period).toEqual({ start: "2023-01-01", end: "2023-12-31" });
  });

  it("one avenant Pôle emploi SPIE: the second payment of 50 000,00 €, at signature, under convention n°2021-04462 (seed 000)", () => {
    const [spie] = acts("avenant-pole-emploi-spie");
    expect(spie?.id).toBe("cp-2022-07-04/avenant-pole-emploi-spie/pole-emploi-hdf");
    expect(spie?.amounts).toEqual({ total: "50000.00", advance: "50000.00", balance: "0.00" });
    expect(spie?.period).toEqual({ start: "2021-10-01", end: "2022-12-31" });
    const line = computed().result.value?.acts.find((a) => a.id === spie?.id);
    expect(line?.kind === "lignes" && line.head.allocation.convention?.numero).toBe("2021-04462");
  });

  it("budget line of rapport n°38 (seed 000): 410 000,00 − 50 000,00 = 360 000,00, AE 420 000,00", () => {
    expect(budget("cp-2022-07-04", "C02-561G02")).toMatchObject({
      disponible: "410000.00",
      proposition: "50000.00",
      solde: "360000.00",
    });
    expect(session("cp-2022-07-04")?.total).toBe("50000.00");
  });

  it("39 acts in all", () => {
    expect(computed().json?.acts).toHaveLength(39);
  });

  it("thématique totals of deliberation 2022-467 (articles 1 to 4)", () => {
    expect(session("cp-2022-11-21")?.thematiques.map((t) => t.total)).toEqual([
      "420720.00",
      "267566.08",
      "685493.00",
      "273567.00",
    ]);
  });

  it("budget lines of rapport n°47 (seed 003): solde = disponible − proposition", () => {
    const expected: [string, string, string, string][] = [
      ["C02-566A05", "1235586.67", "420720.00", "814866.67"],
      ["C02-582A02", "387000.00", "268567.00", "118433.00"],
      ["C01-564H02", "3662882.35", "267566.08", "3395316.27"],
      ["C02-581E02", "170000.00", "120000.00", "50000.00"],
      ["C02-581E04", "634365.40", "565493.00", "68872.40"],
      ["C02-582A01", "130000.00", "5000.00", "125000.00"],
    ];
    for (const [code, disponible, proposition, solde] of expected) {
      expect(budget("cp-2022-11-21", code)).toMatchObject({ code, disponible, proposition, solde });
    }
  });

  it("budget line of rapport n°50 (seed 002): 809 236,67 − 198 000,00 = 611 236,67", () => {
    expect(budget("cp-2022-12-13", "C02-566A05")).toMatchObject({
      disponible: "809236.67",
      proposition: "198000.00",
      solde: "611236.67",
    });
  });

  it("one avenant référent solidarité of 720,00 €, advance 432,00 € (60 %), to Passeport Forma (seed 003, annexe 11)", () => {
    const [rs] = acts("avenant-referent-solidarite");
    expect(rs?.id).toBe("cp-2022-11-21/avenant-referent-solidarite/passeport-forma");
    expect(rs?.amounts).toEqual({ total: "720.00", advance: "432.00", balance: "288.00" });
    expect(rs?.period).toEqual({ start: "2022-07-01", end: "2022-12-31" });
  });

  it("the référent solidarité line: 9 places over 1/7–31/12/2022 = 720,00 €", () => {
    const line = computed().result.value?.lines.find(
      (l) => l.operation.dispositif === "referent-solidarite",
    );
    expect(line && toCentString(line.figures.total)).toBe("720.00");
    expect(line?.figures.parts.map((p) => toCentString(p.amount))).toEqual([
      "360.00",
      "144.00",
      "216.00",
    ]);
    expect(line && toCentString(line.figures.advance)).toBe("432.00");
    expect(line && toCentString(line.figures.balance)).toBe("288.00");
  });

  it("lists the values still to complete, with the acts they block", () => {
    const missing = computed().json?.missing ?? [];
    expect(missing.length).toBeGreaterThan(0);
    const arras = missing.filter((m) => m.file.endsWith("partenaires/ccas-arras.yaml"));
    expect(arras.map((m) => [m.field, m.line, m.acts])).toEqual([
      ["siege", 7, ["cp-2022-11-21/avenant-ag/ccas-arras"]],
      ["siret", 8, ["cp-2022-11-21/avenant-ag/ccas-arras"]],
      ["representant", 9, ["cp-2022-11-21/avenant-ag/ccas-arras"]],
    ]);
    // The seeds give Pôle emploi's address, representative and bank details, not its SIRET.
    expect(
      missing.filter((m) => m.file.endsWith("pole-emploi-hdf.yaml")).map((m) => [m.field, m.acts]),
    ).toEqual([
      [
        "siret",
        [
          "cp-2022-07-04/avenant-pole-emploi-spie/pole-emploi-hdf",
          "cp-2022-11-21/avenant-cooperation-pole-emploi/pole-emploi-hdf",
          "cp-2022-12-13/convention-pole-emploi-autonomie/pole-emploi-hdf",
        ],
      ],
    ]);
  });
});
