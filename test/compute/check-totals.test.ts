// Totals copied from a deliberation are checked against the recomputed ones: the message says
// which total, what was written and what was computed, in French amounts; a proposition above
// the disponible says the ceiling. Fixture figures: seed 003 (CCAS de Béthune 110 places =
// 27 500 €; CLLAJ 20 000 €; disponible of C02-581E02 170 000 €).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { typo } from "../format/typo.ts";
import { diagnose, FIXTURE, where } from "../helpers/dataset.ts";

const OPS = "cp-2022-11-21/operations.yaml";
const SEANCE = "cp-2022-11-21/seance.yaml";

/** The fixture file with one exact text replaced (the replaced text must exist). */
function edit(rel: string, from: string, to: string): Record<string, string> {
  const text = readFileSync(join(FIXTURE, rel), "utf8");
  if (!text.includes(from)) throw new Error(`${from} not in ${rel}`);
  return { [rel]: text.replace(from, to) };
}

/** What a reviewer reads of each diagnostic. */
function read(files: Record<string, string>) {
  const { ok, diagnostics } = diagnose(files);
  return {
    ok,
    diagnostics: diagnostics.map((d) => ({
      at: where(d),
      field: d.field,
      message: d.message,
      expected: d.expected,
      found: d.found,
    })),
  };
}

describe("checkTotals", () => {
  it("a thématique total that is not the sum of its operations", () => {
    expect(read(edit(OPS, "total: 27500.00", "total: 27000.00"))).toEqual({
      ok: false,
      diagnostics: [
        {
          at: `${OPS}:4:12 TOTAL_INCOHERENT`,
          field: "thematiques[0].total",
          message: typo("total de la thématique : 27 000,00 € écrit, 27 500,00 € calculé"),
          expected: typo("27 500,00 €"),
          found: typo("27 000,00 €"),
        },
      ],
    });
  });

  it("an operation total that is not the sum of its lines", () => {
    expect(read(edit(OPS, "total: 20000.00", "total: 20000.01"))).toEqual({
      ok: false,
      diagnostics: [
        {
          at: `${OPS}:22:16 TOTAL_INCOHERENT`,
          field: "thematiques[1].operations[0].total",
          message: typo("total de l'opération : 20 000,01 € écrit, 20 000,00 € calculé"),
          expected: typo("20 000,00 €"),
          found: typo("20 000,01 €"),
        },
      ],
    });
  });

  it("a budget-line proposition that is not the sum of the lines on it", () => {
    expect(read(edit(SEANCE, "proposition: 27500.00", "proposition: 27600.00"))).toEqual({
      ok: false,
      diagnostics: [
        {
          at: `${SEANCE}:9:18 TOTAL_INCOHERENT`,
          field: "budget.C02-566A05.proposition",
          message: typo("proposition sur C02-566A05 : 27 600,00 € écrit, 27 500,00 € calculé"),
          expected: typo("27 500,00 €"),
          found: typo("27 600,00 €"),
        },
      ],
    });
  });

  it("a proposition above the disponible: « au plus » the disponible", () => {
    expect(read(edit(SEANCE, "disponible: 170000.00", "disponible: 19999.99"))).toEqual({
      ok: false,
      diagnostics: [
        {
          at: `${SEANCE}:11:17 DISPONIBLE_DEPASSE`,
          field: "budget.C02-581E02.disponible",
          message: typo("C02-581E02 : proposition 20 000,00 € > disponible 19 999,99 €"),
          expected: typo("au plus 19 999,99 €"),
          found: typo("20 000,00 €"),
        },
      ],
    });
  });

  it("a proposition equal to the disponible is accepted", () => {
    expect(read(edit(SEANCE, "disponible: 170000.00", "disponible: 20000.00"))).toEqual({
      ok: true,
      diagnostics: [],
    });
  });
});
