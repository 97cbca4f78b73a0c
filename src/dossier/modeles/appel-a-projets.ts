// Délibération n°2022-467 and rapport n°47 (seed 003, CP du 21 novembre 2022): the appel à
// projets of the DPID, one article per thématique (its operations counted, its total summed from
// the allocation lines), the conventions and the avenants it authorises with the numbers of
// their annexes (autorisations.ts), the budget table. The rapport states two facts the data holds
// nowhere else: the deliberation that validated the model convention, and the thématique whose
// operations it calls « dispositifs ». Every count, total and annexe number is computed.

import { dispositifModule } from "../../dispositifs/index.ts";
import { dates, gapText, money as moneyValues } from "../../document/context.ts";
import { listInWords } from "../../format/fr/index.ts";
import { count, date, text } from "../../model/fields.ts";
import { autorisations } from "./autorisations.ts";
import { deliberationModel } from "./modele.ts";

/** « des 2 opérations », « de l'opération », « des 3 dispositifs »: what an article finances. */
function counted(n: number, dispositifs: boolean) {
  const [one, many] = dispositifs
    ? ["du dispositif", `des ${n} dispositifs`]
    : ["de l'opération", `des ${n} opérations`];
  // « telles que présentées », « tel que présenté »: agreed with the noun.
  const e = dispositifs ? "" : "e";
  const s = n > 1 ? "s" : "";
  return {
    financement: n > 1 ? many : one,
    nombre: `${n} ${dispositifs ? "dispositif" : "opération"}${s}`,
    presentees: `tel${dispositifs ? "" : "le"}${s} que présenté${e}${s}`,
    // « 2 opérations sont ici proposées », « 1 dispositif est ici proposé ».
    proposees: `${n > 1 ? "sont" : "est"} ici proposé${e}${s}`,
  };
}

export const appelAProjets = deliberationModel({
  modele: "appel-a-projets",
  title: "Appel à projets des politiques d'inclusion durable (une phase)",
  repartition: true,
  annexes: (figures) => {
    const repartition = (figures.totals?.thematiques.length ?? 0) + 1;
    const projets = autorisations(figures.acts, repartition + 1, repartition).flatMap(
      (a) => a.projets,
    );
    return { repartition, projets };
  },
  faits: {
    convention_type_deliberation: text("2022-375").describe(
      "Numéro de la délibération de la Commission Permanente qui a validé la convention type des structures financées (visée, et citée par l'article qui autorise ces conventions).",
    ),
    convention_type_date: date("2022-09-27").describe("Date de cette délibération."),
    thematique_dispositifs: count("2")
      .optional()
      .describe(
        "Le numéro de la thématique dont la délibération et le rapport comptent les opérations en « dispositifs » (seed 003 : « 3 dispositifs » de la thématique 2).",
      ),
  },
  values: (faits, figures) => {
    const thematiques = figures.totals?.thematiques ?? [];
    // Annexes 1 to n present the thématiques, then the répartition, then the acts' projects.
    const repartition = thematiques.length + 1;
    const autorise = autorisations(figures.acts, repartition + 1, repartition);
    return {
      conventionType: {
        deliberation: faits.convention_type_deliberation,
        date: dates(faits.convention_type_date),
      },
      nombreThematiques: String(thematiques.length),
      // « Les dépenses versées en application des articles 1 à 4 »: one article per thématique.
      articlesThematiques:
        thematiques.length > 1 ? `des articles 1 à ${thematiques.length}` : "de l'article 1",
      repartition: String(repartition),
      thematiques: thematiques.map((t, i) => {
        const own = autorise.filter((a) => a.thematique === t.thematique);
        const annexes = [i + 1, repartition, ...own.flatMap((a) => a.annexes)].sort(
          (a, b) => a - b,
        );
        const numero = t.thematique.numero;
        return {
          numero:
            numero === undefined
              ? gapText(`numéro de la thématique ${t.thematique.intitule}`)
              : String(numero),
          intitule: t.thematique.intitule,
          // « Accompagnement des bénéficiaires du RSA » : the title without its subtitle.
          intituleCourt: t.thematique.intitule.split(" : ")[0] ?? t.thematique.intitule,
          total: moneyValues(t.total),
          annexe: String(i + 1),
          annexes: listInWords(annexes.map(String)),
          ...counted(
            t.operations.length,
            numero !== undefined && numero === faits.thematique_dispositifs,
          ),
        };
      }),
      // The lines that make no act of the engine (subventions): conventions on the model type.
      conventions: figures.lines.some((l) => !dispositifModule(l.operation.dispositif).act),
      autorisations: autorise.map((a) => ({ avec: a.avec, projet: a.projet })),
    };
  },
});
