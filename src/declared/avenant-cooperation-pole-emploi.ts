// Avenant n°1 à la convention de coopération Pôle emploi – Département « Approche globale de
// l'accompagnement » (seed 003, annexe 7, CP of 21 November 2022). Its resources table (the
// convention's annexe 4) has, per territory, the dedicated Pôle emploi advisers, the SLAI heads,
// the Département's animateurs and the référents of the providers the Département funds — the
// last computed from the session's Accompagnement Global lines (one référent per portefeuille,
// annexe 5), never typed: the seed's annexe 4 gives 8 for the Artois where annexe 5 funds 10
// portefeuilles. Each adviser has one social référent (« en nombre équivalent »), checked.
import { z } from "zod";
import { or } from "../document/context.ts";
import { formatDateShort, formatPercent } from "../format/fr/index.ts";
import type { Seance } from "../model/dataset.ts";
import { count, date, orGap, percent, quantity, text } from "../model/fields.ts";
import { periodeSchema } from "../model/operations.ts";
import { resolvePeriod } from "../model/period.ts";
import { allocationsOf } from "../model/walk.ts";
import { Decimal } from "../money/money.ts";
import { type DeclaredProblem, declaredActType } from "./declared.ts";

const territorySchema = z.strictObject({
  territoire: text("Arrageois").describe(
    "Territoire, écrit comme dans les lignes Accompagnement Global de la répartition.",
  ),
  conseillers: count("5").describe("Conseillers Pôle emploi dédiés."),
  chefs_slai: quantity("1").describe("Chefs de SLAI."),
  animateurs: quantity("2").describe("Animateurs du Département, binômes des conseillers."),
  referents_prestataires: quantity("3")
    .optional()
    .describe(
      "Référents sociaux des prestataires, recopiés de l'annexe 4 : facultatif, calculé depuis les portefeuilles Accompagnement Global de la séance et comparé.",
    ),
});

/** Portefeuilles of the session's Accompagnement Global lines, by territory (annexe 5). */
export function portefeuillesByTerritory(seance: Seance): Map<string, number> {
  const out = new Map<string, number>();
  for (const { operation, allocation } of allocationsOf(seance)) {
    // A line without its territory yet is a value to complete of its own act, counted nowhere.
    const where = allocation.territoire;
    if (operation.dispositif !== "accompagnement-global" || where === undefined) continue;
    out.set(where, (out.get(where) ?? 0) + (allocation.portefeuilles ?? 0));
  }
  return out;
}

export const avenantCooperationPoleEmploi = declaredActType({
  type: "avenant-cooperation-pole-emploi",
  title: "Avenant à la convention de coopération Pôle emploi – Département (Accompagnement Global)",
  parties: { min: 1, max: 1 },
  fields: {
    avenant: count("1").describe("Numéro de l'avenant."),
    partnco: text("0162372-1").describe("Numéro Partnco de la convention."),
    periode: periodeSchema.describe(
      "La période de la convention : sa prise d'effet et sa nouvelle fin.",
    ),
    fin_precedente: date("2022-12-31").describe("Fin de la convention avant l'avenant."),
    conseillers_depuis: date("2020-01-01").describe(
      "Date depuis laquelle Pôle emploi mobilise ses conseillers dédiés.",
    ),
    delai_entree_jours: count("21").describe("Délai maximal d'entrée dans le parcours, en jours."),
    part_brsa: percent("80").describe(
      "Part des bénéficiaires du RSA dans les portefeuilles des conseillers dédiés, en %.",
    ),
    territoires: z
      .array(territorySchema)
      .min(1)
      .describe("Les ressources par territoire (annexe 4), dans l'ordre du tableau."),
    metiers_en_tension: z
      .array(
        z.strictObject({
          secteur: text("Hébergement et restauration").describe("Secteur."),
          metiers: z.array(text("G1501 : Employé d'étage")).min(1).describe("Code ROME et métier."),
        }),
      )
      .min(1)
      .describe("La liste des métiers en tension (annexe 2)."),
    schema_annexe_2: orGap(z.array(text()).min(1)).describe(
      "Le schéma des modalités de mise en œuvre (annexe 2), décrit paragraphe par paragraphe : le seed ne le donne pas.",
    ),
    thematiques: z
      .array(text("Se loger"))
      .min(1)
      .describe("Les thématiques d'intervention pour la levée des freins sociaux (annexe 4)."),
  },
  period: (f) => f.periode,
  check: (f, seance) => {
    // While a line's territory is still to complete, the counts per territory are not known.
    const unplaced = [...allocationsOf(seance)].some(
      (l) =>
        l.operation.dispositif === "accompagnement-global" && l.allocation.territoire === undefined,
    );
    if (unplaced) return [];
    const funded = portefeuillesByTerritory(seance);
    const listed = new Set(f.territoires.map((t) => t.territoire));
    const out: DeclaredProblem[] = [];
    f.territoires.forEach((t, i) => {
      const providers = funded.get(t.territoire) ?? 0;
      if (t.referents_prestataires !== undefined && t.referents_prestataires !== providers) {
        out.push({
          field: ["territoires", i, "referents_prestataires"],
          message: `${t.territoire} : ${t.referents_prestataires} référents de prestataires écrits, ${providers} portefeuilles Accompagnement Global dans la répartition de la séance`,
          expected: `${providers} (un référent par portefeuille financé)`,
          found: String(t.referents_prestataires),
          hint: "Supprimez ce champ (le moteur le calcule) ou corrigez les portefeuilles des lignes Accompagnement Global.",
        });
      }
      if (t.animateurs + providers !== t.conseillers) {
        out.push({
          field: ["territoires", i],
          message: `${t.territoire} : ${t.conseillers} conseillers Pôle emploi pour ${t.animateurs} animateurs et ${providers} référents de prestataires — chaque conseiller a un binôme`,
          expected: `animateurs + référents de prestataires = ${t.conseillers}`,
          found: String(t.animateurs + providers),
          hint: "Corrigez les conseillers ou les animateurs du territoire, ou les portefeuilles de ses lignes Accompagnement Global.",
        });
      }
    });
    for (const [where, n] of funded) {
      if (!listed.has(where)) {
        out.push({
          field: ["territoires"],
          message: `le territoire « ${where} » a ${n} portefeuille${n > 1 ? "s" : ""} Accompagnement Global dans la répartition mais pas de ligne au tableau des ressources`,
          expected: `une entrée « territoire: ${where} »`,
          hint: "Ajoutez le territoire au tableau des ressources, ou corrigez le territoire de ces lignes.",
        });
      }
    }
    return out;
  },
  // « 50 conseillers Pôle emploi » and « 50 référents sociaux » (article 2), the référents of
  // providers per territory: summed from the table and the session's lines, each traced.
  counts: (f, seance) => {
    const funded = portefeuillesByTerritory(seance);
    const lines = [...allocationsOf(seance)].filter(
      (l) => l.operation.dispositif === "accompagnement-global",
    );
    const providers = f.territoires.map((t) => funded.get(t.territoire) ?? 0);
    const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);
    const animateurs = f.territoires.map((t) => t.animateurs);
    return [
      {
        label: "conseillers Pôle emploi",
        result: sum(f.territoires.map((t) => t.conseillers)),
        formula: f.territoires.map((t) => t.conseillers).join(" + "),
      },
      ...f.territoires.map((t, i) => ({
        label: `référents de prestataires, ${t.territoire}`,
        result: providers[i] ?? 0,
        formula: `portefeuilles Accompagnement Global : ${
          lines
            .filter((l) => l.allocation.territoire === t.territoire)
            .map((l) => l.allocation.portefeuilles ?? 0)
            .join(" + ") || "aucun"
        }`,
      })),
      {
        label: "référents sociaux",
        result: sum(animateurs) + sum(providers),
        formula: `${sum(animateurs)} animateurs (${animateurs.join(" + ")}) + ${sum(providers)} référents de prestataires`,
      },
    ];
  },
  values: (f, act) => {
    const funded = portefeuillesByTerritory(act.seance);
    const rows = f.territoires.map((t) => ({
      ...t,
      referents_prestataires: funded.get(t.territoire) ?? 0,
    }));
    const total = (pick: (r: (typeof rows)[number]) => number) =>
      rows.reduce((sum, r) => sum + pick(r), 0);
    const period = resolvePeriod(f.periode);
    return {
      acte: {
        numero: String(f.avenant),
        partnco: f.partnco,
        priseEffet: formatDateShort(f.periode.debut),
        fin: period ? formatDateShort(period.end) : "",
        finPrecedente: formatDateShort(f.fin_precedente),
        conseillersDepuis: formatDateShort(f.conseillers_depuis),
        delaiEntree: String(f.delai_entree_jours),
        partBrsa: formatPercent(new Decimal(f.part_brsa)),
        conseillers: String(total((r) => r.conseillers)),
        referents: String(total((r) => r.animateurs + r.referents_prestataires)),
        territoires: rows.map((r) => ({
          territoire: r.territoire.toUpperCase(),
          conseillers: String(r.conseillers),
          chefs: String(r.chefs_slai),
          animateurs: String(r.animateurs),
          prestataires: String(r.referents_prestataires),
        })),
        metiers: f.metiers_en_tension.map((m) => ({
          secteur: m.secteur.toUpperCase(),
          metiers: [...m.metiers],
        })),
        schema: or(f.schema_annexe_2, "schéma de l'annexe 2 (modalités de mise en œuvre)", (ps) =>
          ps.join("\n"),
        ).split("\n"),
        thematiques: [...f.thematiques],
      },
    };
  },
});
