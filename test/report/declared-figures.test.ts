// The figures of acts declared in actes.yaml as `actes figures` reports them: an act that moves
// no money has amounts of zero and no trace, the coopération avenant's counts come with their
// formula, and acts derived from lines have no counts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeFolder } from "../../src/compute-folder.ts";
import { figuresJson } from "../../src/report/figures-json.ts";
import { figuresText } from "../../src/report/figures-text.ts";
import { DEFAULT_DATA, diagnose } from "../helpers/dataset.ts";

const computed = computeFolder(DEFAULT_DATA).value;
if (!computed) throw new Error("the embedded data is valid");
const EURASANTE = "cp-2022-11-21/avenant-duree/eurasante";
const COOP = "cp-2022-11-21/avenant-cooperation-pole-emploi/pole-emploi-hdf";
const AG = "cp-2022-11-21/avenant-ag/ccas-arras";

type JsonAct = { id: string; amounts: unknown; trace: unknown[]; counts?: unknown[] };
const json = (figuresJson(computed) as { acts: JsonAct[] }).acts;
const jsonAct = (id: string) => json.find((a) => a.id === id);

describe("figures of declared acts", () => {
  it("an avenant de durée: amounts of zero, no trace, no counts", () => {
    const a = jsonAct(EURASANTE);
    expect(a?.amounts).toEqual({ total: "0.00", advance: "0.00", balance: "0.00" });
    expect(a?.trace).toEqual([]);
    expect(a && "counts" in a).toBe(false);
  });

  it("the coopération avenant: its counts, traced; an AG avenant has none", () => {
    expect(jsonAct(COOP)?.counts?.[0]).toEqual({
      label: "conseillers Pôle emploi",
      result: 50,
      formula: "5 + 1 + 6 + 10 + 10 + 5 + 6 + 3 + 4",
    });
    const ag = jsonAct(AG);
    expect(ag && "counts" in ag).toBe(false);
  });

  it("the text says « sans incidence financière », then the counts", () => {
    const lines = figuresText(computed).split("\n");
    const coop = lines.findIndex((l) => l.startsWith(`${COOP} — `));
    expect(lines.slice(coop + 1, coop + 3)).toEqual([
      "  sans incidence financière",
      "  conseillers Pôle emploi = 50 (5 + 1 + 6 + 10 + 10 + 5 + 6 + 3 + 4)",
    ]);
    const duree = lines.findIndex((l) => l.startsWith(`${EURASANTE} — `));
    expect(lines[duree + 1]).toBe("  sans incidence financière");
    expect(lines[duree + 2]).not.toMatch(/^ {2}\S.* = /);
  });
});

describe("declared acts as computed", () => {
  const act = (c: typeof computed, id: string) => c.acts.find((a) => a.id === id);

  it("keep their convention's number, or none while it is to complete; no counts by default", () => {
    const a = act(computed, EURASANTE);
    expect(a?.convention).toBe("2021-04672");
    expect(a?.kind === "declare" && a.counts).toEqual([]);
    const edited = diagnose(
      {
        "cp-2022-11-21/actes.yaml": readFileSync(
          join(DEFAULT_DATA, "cp-2022-11-21/actes.yaml"),
          "utf8",
        ).replace("numero: 2021-04672", "numero: À COMPLÉTER"),
      },
      DEFAULT_DATA,
    ).result.value;
    expect(edited && act(edited, EURASANTE)?.convention).toBeUndefined();
  });

  it("come after the acts of the lines, session by session", () => {
    const ids = computed.acts.map((a) => a.id);
    expect(ids.indexOf(EURASANTE)).toBeGreaterThan(ids.indexOf(AG));
    expect(ids.indexOf(EURASANTE)).toBeLessThan(
      ids.indexOf("cp-2022-12-13/convention-pole-emploi-autonomie/pole-emploi-hdf"),
    );
    expect(ids[0]).toBe("cp-2022-07-04/avenant-pole-emploi-spie/pole-emploi-hdf");
  });
});
