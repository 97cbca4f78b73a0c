// The two Bassin minier acts of seed 004 (CP of 17 October 2022, délibération n°2022-418): the
// tripartite convention (État, Nord, Pas-de-Calais) and the convention attributive de subvention,
// checked against the seed's figures and wording; the checks (sums, State share ≤ 50 %, an action
// belongs to one Département), each error at its place; the seed's error — the Pas-de-Calais's
// convention listing the Nord's actions — that the data model cannot produce.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeFolder } from "../../src/compute-folder.ts";
import { stateShareCap } from "../../src/declared/bassin-minier.ts";
import { Decimal } from "../../src/money/money.ts";
import { figuresJson } from "../../src/report/figures-json.ts";
import { draftText } from "../helpers/acts.ts";
import { DEFAULT_DATA, diagnose, where } from "../helpers/dataset.ts";

const ACTES = "cp-2022-10-17/actes.yaml";
const actes = () => readFileSync(join(DEFAULT_DATA, ACTES), "utf8");
const CONVENTION = "cp-2022-10-17/convention-bassin-minier/etat";
const ATTRIBUTIVE = "cp-2022-10-17/convention-attributive-bassin-minier/etat";
const GAPS = "montant: À COMPLÉTER, cout_eligible: À COMPLÉTER";

const computed = computeFolder(DEFAULT_DATA).value;
if (!computed) throw new Error("the embedded data is valid");
const act = (id: string) => {
  const found = computed.acts.find((a) => a.id === id);
  if (!found) throw new Error(id);
  return found;
};

/** The Département's six actions given amounts and eligible costs, in order. */
function withOwnActions(text: string, values: readonly [string, string][]): string {
  let i = 0;
  return text.replace(new RegExp(GAPS, "g"), (gap) => {
    const v = values[i++];
    return v ? `montant: ${v[0]}, cout_eligible: ${v[1]}` : gap;
  });
}

// Amounts that add up to 500 000 €, eligible costs that add up to the seed's 1 745 883 €, each
// amount within 50 % of its cost.
const COMPLETE: [string, string][] = [
  ["100000.00", "350000.00"],
  ["80000.00", "300000.00"],
  ["90000.00", "290000.00"],
  ["70000.00", "250000.00"],
  ["60000.00", "255883.00"],
  ["100000.00", "300000.00"],
];

const errors = (text: string, extra: Record<string, string | null> = {}) =>
  diagnose({ [ACTES]: text, ...extra }, DEFAULT_DATA).diagnostics.map(
    // No-break spaces read as spaces, so that expectations stay legible.
    (d) => `${where(d)} ${d.message}`.replace(/[\u00a0\u202f]/g, " "),
  );

describe("convention Bassin minier tripartite (seed 004, annexe 1)", () => {
  it("computes 1 000 000 € = 500 000 € (Pas-de-Calais) + 500 000 € (Nord), a total never typed", () => {
    const f = act(CONVENTION).figures;
    expect(f?.total.toFixed(2)).toBe("1000000.00");
    expect(f?.trace.slice(0, 3).map((t) => [t.label, t.result.toFixed(2)])).toEqual([
      ["part departement", "500000.00"],
      ["part departement-nord", "500000.00"],
      ["montant", "1000000.00"],
    ]);
    // The data gives each Département's amount; the sum is nowhere in it.
    const data = actes()
      .split("\n")
      .filter((l) => !l.trim().startsWith("#"))
      .join("\n");
    expect(data).not.toMatch(/1000000|1 000 000/);
  });

  it("states the seed's amounts, in figures and in words, and the equal split", async () => {
    const text = await draftText(CONVENTION, {});
    expect(text).toContain(
      "Au titre de l’année 2022, le soutien financier de l’État s’élève à un montant de 1 000 000,00 € (un million d’euros) réparti à parts égales entre le Département du Pas-de-Calais (500 000,00 €) et le Département du Nord (500 000,00 €).",
    );
  });

  it("lasts one year, 2022, and cites the 2019-2021 convention and its avenants with their dates", async () => {
    expect(act(CONVENTION).period).toEqual({
      start: { year: 2022, month: 1, day: 1 },
      end: { year: 2022, month: 12, day: 31 },
      months: undefined,
    });
    const text = await draftText(CONVENTION, {});
    expect(text).toContain("AU TITRE DE L’ANNÉE 2022");
    expect(text).toContain("elle est conclue pour une durée d’un an, au titre de l’année 2022.");
    expect(text).toContain(
      "prévention et de lutte contre la pauvreté 2019-2021, signée le 10 juillet 2019 ;",
    );
    expect(text).toContain(
      "Vu les avenants 2020 et 2021 de la convention Bassin minier du Nord et du Pas-de-Calais, territoire démonstrateur de la stratégie nationale de prévention et de lutte contre la pauvreté 2019-2021, signés les 12 novembre 2020 et 16 décembre 2021 ;",
    );
    // The model's « en date du xxxx » is the session's date; « le présent avenant » is corrected.
    expect(text).toContain(
      "Vu la délibération n°2022-418 de la Commission Permanente du Département du Pas-de-Calais en date du 17 octobre 2022 autorisant le Président du Conseil départemental à signer la présente convention ;",
    );
    expect(text).toContain(
      "Vu la délibération DGASOL/2022/241 en date du 27 juin 2022 autorisant le Président du Conseil départemental du Nord à signer la présente convention ;",
    );
    expect(text).not.toMatch(/xxxx|présent avenant/i);
  });

  it("lists each Département's actions under it, the Pas-de-Calais's axes from the rapport", async () => {
    const text = await draftText(CONVENTION, {});
    const ownList = text.slice(text.indexOf("Pour le Département du Pas-de-Calais :"));
    expect(ownList).toContain(
      "- Action 2 (axe 1) : Développer des actions d’insertion spécifiques périmètre ERBM ;",
    );
    expect(text).toContain(
      "Pour le Département du Nord :\n- Action 1 (axe 2) : Mettre en œuvre, coordonner et animer un réseau de prévention précoce pour l’apprentissage du langage ;",
    );
    // Annexe 1: the Nord's budget, the seed's six amounts.
    for (const amount of [
      "45 139,00 €",
      "70 854,00 €",
      "42 181,00 €",
      "54 460,00 €",
      "60 000,00 €",
      "227 366,00 €",
    ]) {
      expect(text.slice(text.indexOf("Annexe 1"))).toContain(amount);
    }
  });

  it("is signed by the two prefects, the two presidents", async () => {
    const text = await draftText(CONVENTION, {});
    const signatures = text.slice(text.indexOf("Fait à"), text.indexOf("Annexe 1"));
    expect(signatures.trim().split("\n\n")).toEqual([
      "Fait à Lille, le\nLe Préfet de la région Hauts-de-France, Préfet du Nord,\nGeorges-François LECLERC",
      "Fait à Arras, le\nLe Préfet du Pas-de-Calais,\nJacques BILLANT",
      "Fait à Arras, le\nPour le Département du Pas-de-Calais,\nLe Président du Conseil départemental,\nJean-Claude LEROY",
      "Fait à [À COMPLÉTER : ville où signe le représentant de Département du Nord], le\nPour le Département du Nord,\nLe Président du Conseil départemental du Nord,\nChristian POIRET",
    ]);
  });

  it("the Nord's actions add up to its 500 000 €: 45 139 + 70 854 + 42 181 + 54 460 + 60 000 + 227 366", () => {
    // The embedded data is valid: the sum holds. One euro less on action 2 is an error at its
    // engagement's amount, naming the Département and each action.
    expect(errors(actes().replace("montant: 70854.00", "montant: 70853.00"))).toEqual([
      `${ACTES}:47:18 TOTAL_INCOHERENT les actions du Département du Nord totalisent 499 999,00 €, et non 500 000,00 € : action 1 45 139,00 €, action 2 70 853,00 €, action 3 42 181,00 €, action 4 54 460,00 €, action 5 60 000,00 €, action 6 227 366,00 €`,
    ]);
  });

  it("the Département's actions add up to its 500 000 € once they are given", () => {
    const short = COMPLETE.map(([m, c], i): [string, string] => [i === 0 ? "99000.00" : m, c]);
    expect(errors(withOwnActions(actes(), short))).toEqual([
      `${ACTES}:33:18 TOTAL_INCOHERENT les actions du Département du Pas-de-Calais totalisent 499 000,00 €, et non 500 000,00 € : action 1 99 000,00 €, action 2 80 000,00 €, action 3 90 000,00 €, action 4 70 000,00 €, action 5 60 000,00 €, action 6 100 000,00 €`,
    ]);
  });

  it("the State's contribution to an action is at most 50 % of its eligible cost: the action named at its place", () => {
    const over = COMPLETE.map(([m, c], i): [string, string] => [m, i === 2 ? "170000.00" : c]);
    const found = errors(withOwnActions(actes(), over));
    expect(found).toContainEqual(
      `${ACTES}:42:115 VALEUR_INVALIDE action 3 « Prévenir les sorties sèches ASE – mise en place du « Pack Inclusion » » du Département du Pas-de-Calais : la contribution de l'État, 90 000,00 €, dépasse 50 % de son coût éligible de 170 000,00 €`,
    );
    // 50 % exactly is allowed; the cap is rounded down to the cent.
    expect(stateShareCap(new Decimal("180000.00")).toFixed(2)).toBe("90000.00");
    expect(stateShareCap(new Decimal("255883.01")).toFixed(2)).toBe("127941.50");
  });

  it("an action cannot be listed for two Départements: copying the Nord's for the Pas-de-Calais is an error", () => {
    const copied = actes().replace(
      `"Mobiliser la clause d'insertion au service de l'ERBM"`,
      `"Mieux garantir le droit à la santé des enfants"`,
    );
    expect(errors(copied)).toEqual([
      `${ACTES}:57:33 VALEUR_INVALIDE l'action « Mieux garantir le droit à la santé des enfants » est inscrite pour le Département du Nord (action 2) et pour le Département du Pas-de-Calais (action 1) : une action appartient à un seul Département`,
    ]);
  });

  it("an engagement names the Département or a party; the ordonnateur is a State representative", () => {
    expect(
      errors(
        actes()
          .replace("- partie: departement-nord", "- partie: departement-nor")
          .replace("ordonnateur: LECLERC", "ordonnateur: LECLER"),
      ),
    ).toEqual([
      `${ACTES}:46:17 REFERENCE_INCONNUE engagement d'un Département qui n'est pas partie à la convention : « departement-nor »`,
      `${ACTES}:49:22 REFERENCE_INCONNUE ordonnateur « LECLER » n'est pas un représentant de Ministère du Travail, du Plein emploi et de l'Insertion (première partie)`,
    ]);
  });
});

describe("convention attributive de subvention (seed 004, annexe 2)", () => {
  it("pays the Département's 500 000 € in one payment at notification, for 2022", async () => {
    const a = act(ATTRIBUTIVE);
    expect(a.figures?.total.toFixed(2)).toBe("500000.00");
    expect(a.figures?.advance.toFixed(2)).toBe("500000.00");
    expect(a.figures?.balance.toFixed(2)).toBe("0.00");
    expect(a.deliberation).toMatchObject({ numero: "2022-418", rapport: "42" });
    const text = await draftText(ATTRIBUTIVE, {});
    expect(text).toContain("Montant : 500 000,00 €");
    expect(text).toContain("N° 2022 – UO DDETS 62 – DS N° 42080881 – EJ N° [À COMPLÉTER");
    expect(text).toContain(
      "La convention est conclue pour l’année 2022 ; elle se termine le 31 décembre 2022.",
    );
    expect(text).toContain(
      "3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1 745 883,00 €",
    );
    expect(text).toContain("en un seul versement de 500 000,00 € dès notification");
    expect(text).toContain("à hauteur de 50 % maximum de chacune des actions rattachées.");
    expect(text).toContain("pauvreté 2019-2021, signée le 10 juillet 2019 ;");
    expect(text).toContain("L’ordonnateur de la dépense est le Préfet du Pas-de-Calais.");
    expect(text).toContain("N° SIRET : 226 200 012 00012");
  });

  it("lists the Département's own actions, none of the Nord's (the seed listed the Nord's)", async () => {
    const text = await draftText(ATTRIBUTIVE, {});
    const list = text.slice(text.indexOf("4.1"), text.indexOf("4.2"));
    expect(list).toContain(
      "Action 1 (axe 1) : Mobiliser la clause d’insertion au service de l’ERBM",
    );
    expect(list).toContain(
      "Action 6 (axe 2) : Solution logement pour les jeunes majeurs ayant eu un parcours institutionnel ASE",
    );
    for (const nord of ["apprentissage du langage", "internats scolaires", "45 139", "227 366"]) {
      expect(text).not.toContain(nord);
    }
  });

  it("cannot be given actions of its own: they are its Département's in the convention", () => {
    const withActions = actes().replace(
      "    signataire_etat: BILLANT\n",
      '    signataire_etat: BILLANT\n    actions:\n      - { axe: 2, intitule: "Mieux garantir le droit à la santé des enfants", montant: 70854.00 }\n',
    );
    expect(errors(withActions)).toEqual([`${ACTES}:77:5 CHAMP_INCONNU champ inconnu « actions »`]);
  });

  it("with the Département's actions complete, prints each amount; the sum and the 50 % hold", async () => {
    const text = withOwnActions(actes(), COMPLETE);
    expect(errors(text)).toEqual([]);
    const doc = await draftText(ATTRIBUTIVE, { [ACTES]: text });
    expect(doc).toContain(
      "Action 1 (axe 1) : Mobiliser la clause d’insertion au service de l’ERBM, pour un montant de 100 000,00 € ;",
    );
    const json = figuresJson(
      diagnose({ [ACTES]: text }, DEFAULT_DATA).result.value ?? computed,
    ) as {
      acts: { id: string; trace: { label: string; result: string; formula: string }[] }[];
    };
    const trace = json.acts.find((a) => a.id === ATTRIBUTIVE)?.trace;
    expect(trace?.find((t) => t.label === "somme des actions")?.result).toBe("500000.00");
  });

  it("its eligible cost is the sum of the actions' when they are known, and at least twice the subsidy", () => {
    const text = withOwnActions(actes(), COMPLETE);
    expect(errors(text.replace("cout_eligible: 1745883.00", "cout_eligible: 1745882.00"))).toEqual([
      `${ACTES}:91:20 TOTAL_INCOHERENT coût éligible de 1 745 882,00 €, mais les actions du Département du Pas-de-Calais dans la convention Bassin minier totalisent 1 745 883,00 €`,
    ]);
    // With the seed's data (actions to complete), 500 000 € ≤ 50 % × 1 745 883 € holds; a cost
    // under 1 000 000 € would not.
    expect(
      errors(actes().replace("cout_eligible: 1745883.00", "cout_eligible: 999999.99")),
    ).toEqual([
      `${ACTES}:91:20 VALEUR_INVALIDE la subvention de 500 000,00 € dépasse 50 % du coût éligible de 999 999,99 €`,
    ]);
  });

  it("needs its session's Bassin minier convention, and a signatory who represents the State", () => {
    const start = actes().indexOf("  - type: convention-bassin-minier");
    const end = actes().indexOf("  # seed 004, l. 603");
    const alone = actes().slice(0, start) + actes().slice(end);
    expect(errors(alone)[0]).toMatch(
      /^cp-2022-10-17\/actes\.yaml:\d+:11 REFERENCE_INCONNUE la convention attributive reprend les actions du Département dans la convention « Bassin minier » de sa séance : cp-2022-10-17 n'en déclare pas$/,
    );
    expect(errors(actes().replace("signataire_etat: BILLANT", "signataire_etat: DUPONT"))).toEqual([
      `${ACTES}:76:22 REFERENCE_INCONNUE signataire_etat « DUPONT » n'est pas un représentant de Ministère du Travail, du Plein emploi et de l'Insertion (première partie)`,
    ]);
  });

  it("figures --json lists both acts' figures with their trace", () => {
    const json = figuresJson(computed) as {
      acts: {
        id: string;
        amounts: Record<string, string>;
        trace: { label: string; result: string; formula: string }[];
      }[];
    };
    const convention = json.acts.find((a) => a.id === CONVENTION);
    expect(convention?.amounts).toEqual({
      total: "1000000.00",
      advance: "1000000.00",
      balance: "0.00",
    });
    const montant = convention?.trace.find((t) => t.label === "montant");
    expect(montant?.result).toBe("1000000.00");
    expect(montant?.formula.replace(/[\u00a0\u202f]/g, " ")).toBe(
      "500 000,00 € (departement) + 500 000,00 € (departement-nord)",
    );
    const attributive = json.acts.find((a) => a.id === ATTRIBUTIVE);
    expect(attributive?.amounts).toEqual({
      total: "500000.00",
      advance: "500000.00",
      balance: "0.00",
    });
  });
});

describe("a session without allocation lines", () => {
  it("has no operations.yaml when it declares its acts (cp-2022-10-17)", () => {
    expect(computed.acts.filter((a) => a.seance.id === "cp-2022-10-17").map((a) => a.id)).toEqual([
      CONVENTION,
      ATTRIBUTIVE,
    ]);
  });

  it("a session with neither operations.yaml nor actes.yaml is missing its operations.yaml", () => {
    const r = diagnose({ [ACTES]: null }, DEFAULT_DATA);
    expect(r.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      expect.stringMatching(
        /^FICHIER_MANQUANT fichier obligatoire absent : .*cp-2022-10-17\/operations\.yaml$/,
      ),
    ]);
  });
});
