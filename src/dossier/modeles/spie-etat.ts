// Délibération n°2022-451 and rapport n°31 (seed 001, CP du 21 novembre 2022): the avenant to the
// State–Département funding convention of the SPIE, declared in actes.yaml (avenant-spie-etat).
// The rapport states the convention's date, its period before the avenant and the prolongation
// (« de 6 mois, à savoir jusqu'au 30 juin 2023 »): all from that declaration. Only the State's
// funding (« à hauteur de 550 000 € ») is held nowhere else: a fact of the model.

import { addDays, wholeMonthsInPeriod } from "../../calendar/arithmetic.ts";
import type { PlainDate } from "../../calendar/plain-date.ts";
import { dates, gapText, money as moneyValues, or } from "../../document/context.ts";
import { formatDateLong } from "../../format/fr/index.ts";
import { money } from "../../model/fields.ts";
import type { OrGap } from "../../model/gap.ts";
import { deliberationModel } from "./modele.ts";

/** What the rapport reads of the avenant's declaration (src/declared/avenant-spie-etat.ts). */
interface AvenantFields {
  readonly convention: { readonly date: OrGap<PlainDate> };
  readonly fin_precedente: PlainDate;
}

const TYPE = "avenant-spie-etat";

export const spieEtat = deliberationModel({
  modele: "spie-etat",
  title: "Avenant à la convention de financement État–Département du SPIE",
  faits: {
    convention_etat_montant: money("550000.00").describe(
      "Montant de la convention de financement du SPIE entre l'État et le Département.",
    ),
  },
  values: (faits, figures) => {
    const act = figures.acts.find((a) => a.type === TYPE);
    const missing = gapText(`avenant ${TYPE} de la délibération (actes.yaml)`);
    const base = { conventionEtat: { montant: moneyValues(faits.convention_etat_montant) } };
    if (act?.kind !== "declare" || act.period === undefined) {
      const finPrecedente = { long: missing, court: missing, annee: missing };
      return {
        ...base,
        avenant: {
          date: missing,
          periodeInitiale: missing,
          annees: missing,
          finPrecedente,
          prolongation: missing,
        },
      };
    }
    const f = act.declared.data as unknown as AvenantFields;
    const { start, end } = act.period;
    // The months added: from the day after the former end to the new end, when whole.
    const months = wholeMonthsInPeriod(addDays(f.fin_precedente, 1), end);
    const until = `jusqu'au ${formatDateLong(end)}`;
    return {
      ...base,
      avenant: {
        date: or(f.convention.date, "date de signature de la convention", formatDateLong),
        // « couvrant la période du 1er janvier 2021 au 31 décembre 2022 »: before the avenant.
        periodeInitiale: `du ${formatDateLong(start)} au ${formatDateLong(f.fin_precedente)}`,
        // « la convention de financement 2021-2022 »: the years of that period.
        annees: `${start.year}-${f.fin_precedente.year}`,
        finPrecedente: dates(f.fin_precedente),
        prolongation: months === undefined ? until : `de ${months} mois, à savoir ${until}`,
      },
    };
  },
});
