// One act per session, act type, partner and convention (issue 6 §3): SAMPS-like lines under
// one convention make one act of their sum; distinct conventions make distinct acts; the same
// convention and avenant twice, or two advance rates in one act, are refused at their lines.
import { describe, expect, it } from "vitest";
import { sumFigures } from "../../src/compute/acts.ts";
import { computeFigures } from "../../src/compute/dispositif-figures.ts";
import { toCentString } from "../../src/money/money.ts";
import { typo } from "../format/typo.ts";
import { diagnose, where } from "../helpers/dataset.ts";

const OPS = "cp-2022-11-21/operations.yaml";
// The fixture's session without its written proposition, which these lines would contradict.
const SEANCE = {
  "cp-2022-11-21/seance.yaml": `date: 2022-11-21
deliberation: 2022-467
rapport: 47
intitule: Appel à projets
presidence: { civilite: Mme, prenom: Valérie, nom: CUVILLIER }
budget:
  C02-566A05: { disponible: 1235586.67 }
  C02-581E02: { disponible: 170000.00 }
`,
};

/** A message with the temporary data folder taken out of its file names. */
const relative = (message: string) => message.replace(/\S*actes-test-[^/]+\//g, "");

/** An operations.yaml with AG lines and CLLAJ lines, given as YAML list items. */
function ops(ag: string[], cllaj: string[] = []): string {
  const op = (intitule: string, dispositif: string, ligne: string, lines: string[]) =>
    `      - intitule: ${intitule}
        dispositif: ${dispositif}
        ligne: ${ligne}
        periode: { debut: 2022-12-01, fin: 2023-12-31 }
        allocations:
${lines.map((l) => `          - ${l.trim().replace(/\n\s*/g, "\n            ")}`).join("\n")}
`;
  return `thematiques:
  - intitule: Accompagnement
    operations:
${op("Accompagnement Global", "accompagnement-global", "C02-566A05", ag)}${cllaj.length ? op("CLLAJ", "cllaj", "C02-581E02", cllaj) : ""}`;
}

const line = (partner: string, territory: string, places: number, conv = "", avenant = "") =>
  `partenaire: ${partner}\nterritoire: ${territory}\nplaces: ${places}${conv ? `\nconvention: { numero: ${conv}, date: 2022-01-03 }` : ""}${avenant ? `\navenant: ${avenant}` : ""}`;

function acts(files: Record<string, string>) {
  const r = diagnose({ ...SEANCE, ...files });
  if (!r.result.value)
    throw new Error(r.diagnostics.map((d) => `${where(d)} ${d.message}`).join("\n"));
  // The acts these tests make are all derived from allocation lines.
  return r.result.value.acts.filter((a) => a.kind === "lignes");
}

const cents = (f: { total: unknown; advance: unknown; balance: unknown }) =>
  [f.total, f.advance, f.balance].map((v) => toCentString(v as never));

describe("acts: one per session, type, partner and convention", () => {
  it("two lines of one partner under one unknown convention: one act, both lines, their sum", () => {
    const [act, ...rest] = acts({
      [OPS]: ops([
        line("ccas-bethune", "Arrageois", 55, "À COMPLÉTER"),
        line("ccas-bethune", "Lens Liévin", 70),
      ]),
    });
    expect(rest).toEqual([]);
    expect(act?.id).toBe("cp-2022-11-21/avenant-ag/ccas-bethune");
    expect(act?.lines.map((l) => [l.territory, l.places, toCentString(l.figures.total)])).toEqual([
      ["Arrageois", 55, "13750.00"],
      ["Lens Liévin", 70, "17500.00"],
    ]);
    // The act keeps its first line's fields for what the lines share.
    expect(act?.head.allocation.territoire).toBe("Arrageois");
    expect(act?.convention).toBeUndefined();
    expect(act && cents(act.figures)).toEqual(["31250.00", "25000.00", "6250.00"]);
    expect(act?.figures.trace.map((t) => [t.label, toCentString(t.result), t.formula])).toEqual([
      [
        "montant",
        "31250.00",
        "13 750,00 € (Arrageois : 55 places × 250,00 €) + 17 500,00 € (Lens Liévin : 70 places × 250,00 €)",
      ].map(typo),
      ["avance 80\u00a0%", "25000.00", "80\u00a0% × 31\u202f250,00\u00a0€"],
      ["solde", "6250.00", "31\u202f250,00\u00a0€ − 25\u202f000,00\u00a0€"],
    ]);
  });

  it("lines under two known conventions: two acts, each named by its number, each its figures", () => {
    const list = acts({
      [OPS]: ops([
        line("ccas-bethune", "Arrageois", 55, "2022-01"),
        line("ccas-bethune", "Lens Liévin", 70, "2022-02"),
        line("ccas-bethune", "Artois", 10, "2022-01"),
      ]),
    });
    expect(list.map((a) => [a.id, a.convention, a.lines.length, ...cents(a.figures)])).toEqual([
      [
        "cp-2022-11-21/avenant-ag/ccas-bethune-2022-01",
        "2022-01",
        2,
        "16250.00",
        "13000.00",
        "3250.00",
      ],
      [
        "cp-2022-11-21/avenant-ag/ccas-bethune-2022-02",
        "2022-02",
        1,
        "17500.00",
        "14000.00",
        "3500.00",
      ],
    ]);
  });

  it("the advance is computed once, on the act's total, and the balance takes the rest", () => {
    // 1 000,03 € at 50 %: 500,02 € a line, but 1 000,03 € (not 1 000,04 €) on 2 000,06 €.
    const cllaj = (territory: string) =>
      `partenaire: pole-emploi-hdf\nterritoire: ${territory}\nmontant: 1000.03\navance: 50`;
    const [, act] = acts({
      [OPS]: ops([line("ccas-bethune", "Artois", 110)], [cllaj("Arras"), cllaj("Lens")]),
    });
    expect(act?.id).toBe("cp-2022-11-21/avenant-cllaj/pole-emploi-hdf");
    expect(act?.lines.map((l) => toCentString(l.figures.advance))).toEqual(["500.02", "500.02"]);
    expect(act && cents(act.figures)).toEqual(["2000.06", "1000.03", "1000.03"]);
  });

  it("a line alone keeps its own figures, trace included", () => {
    const [act] = acts({ [OPS]: ops([line("ccas-bethune", "Artois", 110)]) });
    expect(act?.figures).toBe(act?.lines[0]?.figures);
  });

  it("the same convention and avenant twice is refused, naming both lines", () => {
    const r = diagnose({
      ...SEANCE,
      [OPS]: ops([
        line("ccas-bethune", "Artois", 110, "2022-07", "2"),
        line("pole-emploi-hdf", "Arras", 10, "2022-07", "2"),
        line("pole-emploi-hdf", "Lens", 10, "2022-08", "2"),
      ]),
    });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [where(d), relative(d.message)])).toEqual([
      [
        "cp-2022-11-21/operations.yaml:18:22 VALEUR_INVALIDE",
        "l'avenant n°2 à la convention n°2022-07 est décrit deux fois : cp-2022-11-21/operations.yaml:13:22 (cp-2022-11-21/avenant-ag/ccas-bethune) et cp-2022-11-21/operations.yaml:18:22 (cp-2022-11-21/avenant-ag/pole-emploi-hdf-2022-07)",
      ],
    ]);
    expect(r.diagnostics[0]).toMatchObject({
      field: "thematiques[0].operations[0].allocations[1].avenant",
      expected: "un numéro d'avenant par convention qui n'appartient qu'à un acte",
      found: "avenant 2",
      hint: "Supprimez la ligne en double, ou corrigez le numéro de la convention ou de l'avenant.",
    });
  });

  it("one convention number without avenant numbers, on two partners: no duplicate", () => {
    const r = diagnose({
      ...SEANCE,
      [OPS]: ops([
        line("ccas-bethune", "Artois", 110, "2022-07"),
        line("pole-emploi-hdf", "Arras", 10, "2022-07"),
      ]),
    });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("partner and convention are told apart even when their texts run into each other", () => {
    // « ccas-bethune » + « 2022-07 » and « ccas-bethune2 » + « 022-07 » read the same end to end.
    const found = acts({
      "partenaires/ccas-bethune2.yaml":
        "nom: CCAS bis\nsiege: À COMPLÉTER\nsiret: À COMPLÉTER\nrepresentant: À COMPLÉTER\narticle: le\n",
      [OPS]: ops([
        line("ccas-bethune", "Artois", 110, "2022-07"),
        line("ccas-bethune2", "Arras", 10, "022-07"),
      ]),
    });
    expect(found.map((a) => [a.id, a.lines.length])).toEqual([
      ["cp-2022-11-21/avenant-ag/ccas-bethune", 1],
      ["cp-2022-11-21/avenant-ag/ccas-bethune2", 1],
    ]);
  });

  it("an avenant number alone, or a convention still to complete, is no duplicate", () => {
    const r = diagnose({
      ...SEANCE,
      [OPS]: ops([
        line("ccas-bethune", "Artois", 110, "À COMPLÉTER", "2"),
        line("pole-emploi-hdf", "Arras", 10, "À COMPLÉTER", "2"),
      ]),
    });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("two advance rates in one act are refused at the line that differs", () => {
    const r = diagnose({
      ...SEANCE,
      [OPS]: ops(
        [line("ccas-bethune", "Artois", 110)],
        [
          "partenaire: pole-emploi-hdf\nterritoire: Arras\nmontant: 100.00\navance: 50",
          "partenaire: pole-emploi-hdf\nterritoire: Lens\nmontant: 100.00",
        ],
      ),
    });
    expect(r.diagnostics.map(where)).toEqual([
      "cp-2022-11-21/operations.yaml:21:13 VALEUR_INVALIDE",
    ]);
    expect(r.diagnostics[0]?.message).toMatch(
      /^avance de 80 % ici, de 50 % à .*cp-2022-11-21\/operations\.yaml:17:13 : les lignes d'un même acte \(cp-2022-11-21\/avenant-cllaj\/pole-emploi-hdf\) ont une seule avance$/,
    );
    expect(r.diagnostics[0]).toMatchObject({
      field: "thematiques[0].operations[1].allocations[1]",
      expected: "avance: 50",
      found: "avance: 80",
      hint: "Donnez la même avance à chaque ligne de la convention.",
    });
  });

  it("a line added in a new session leaves the existing act's id alone", () => {
    const before = acts({}).map((a) => a.id);
    const after = acts({
      "cp-2023-03-20/seance.yaml": `date: 2023-03-20
deliberation: 2023-101
rapport: 12
intitule: Suite
presidence: { civilite: Mme, prenom: Valérie, nom: CUVILLIER }
budget:
  C02-566A05: { disponible: 100000.00 }
`,
      "cp-2023-03-20/operations.yaml": `thematiques:
  - intitule: Accompagnement
    operations:
      - intitule: Accompagnement Global
        dispositif: accompagnement-global
        ligne: C02-566A05
        periode: { debut: 2023-01-01, fin: 2023-12-31 }
        allocations:
          - partenaire: ccas-bethune
            territoire: Artois
            places: 10
`,
    }).map((a) => a.id);
    expect(before).toEqual([
      "cp-2022-11-21/avenant-ag/ccas-bethune",
      "cp-2022-11-21/avenant-cllaj/pole-emploi-hdf",
    ]);
    expect(after).toEqual([...before, "cp-2023-03-20/avenant-ag/ccas-bethune"]);
  });
});

describe("sumFigures", () => {
  it("splits parts on the sum by the first line's percents (référent solidarité)", () => {
    const rs = (places: string) =>
      computeFigures("referent-solidarite", {
        allocation: { places } as never,
        period: {
          start: { year: 2022, month: 7, day: 1 },
          end: { year: 2022, month: 12, day: 31 },
        } as never,
      });
    const f = sumFigures([
      { territory: undefined, figures: rs("9") },
      { territory: "Lens", figures: rs("1") },
    ]);
    expect(f.parts.map((p) => [p.label, toCentString(p.amount)])).toEqual([
      ["part quantitative", "400.00"],
      ["part qualitative (1)", "160.00"],
      ["part qualitative (2)", "240.00"],
    ]);
    expect(f.trace[0]?.formula).toMatch(/^720,00.€ \(ligne 1 : .*\) \+ 80,00.€ \(Lens : .*\)$/);
    expect(cents(f)).toEqual(["800.00", "480.00", "320.00"]);
  });

  it("no line is a bug", () => {
    expect(() => sumFigures([])).toThrow("an act has at least one line");
  });
});
