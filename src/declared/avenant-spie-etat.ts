// Avenant n°1 à la convention de financement État–Département pour la mise en œuvre
// territoriale du SPIE (seed 001, délibération n°2022-451 of the CP of 21 November 2022). The
// State (« l'administration ») funds the Département (« le porteur de projet »): the period of
// the actions is extended, the bilans are due at the end of the month after the period, the
// advance on the modernisation of information systems is a rate of its maximum amount (30 % of
// 50 000 € = 15 000 €). Annexes D and E are replaced and inserted; annexe F, which the seed does
// not carry (« RAJOUTER L'ANNEXE F »), is a value to complete.
import { z } from "zod";
import { addDays, wholeMonthsInPeriod } from "../calendar/arithmetic.ts";
import { daysInMonth, type PlainDate } from "../calendar/plain-date.ts";
import { withAdvance } from "../compute/advance.ts";
import { gapText, or } from "../document/context.ts";
import {
  formatDateLong,
  formatPercent,
  formatPeriod,
  integerInWords,
  listInWords,
} from "../format/fr/index.ts";
import { count, date, money, orGap, percent, text } from "../model/fields.ts";
import { isGap } from "../model/gap.ts";
import { periodeSchema } from "../model/operations.ts";
import { resolvePeriod } from "../model/period.ts";
import { Decimal } from "../money/money.ts";
import { declaredActType } from "./declared.ts";

/** The last day of the month after `d`'s: 30 juin 2023 → 31 juillet 2023 (seed 001, article 2.2). */
export function endOfNextMonth(d: PlainDate): PlainDate {
  const month = d.month === 12 ? 1 : d.month + 1;
  const year = d.month === 12 ? d.year + 1 : d.year;
  return { year, month, day: daysInMonth(year, month) };
}

export const avenantSpieEtat = declaredActType({
  type: "avenant-spie-etat",
  title: "Avenant à la convention de financement État–Département du SPIE",
  parties: { min: 1, max: 1 },
  fields: {
    avenant: count("1").describe("Numéro de l'avenant."),
    convention: z
      .strictObject({
        intitule: text(
          "convention de financement pour la mise en œuvre territoriale du service public de l'insertion et de l'emploi 2021-2022",
        ).describe("Intitulé de la convention, tel que l'avenant le cite."),
        date: orGap(date("2021-09-30")).describe("Date de signature de la convention."),
      })
      .describe("La convention que l'avenant modifie."),
    fin_precedente: date("2022-12-31").describe(
      "Fin de la période avant l'avenant : la prolongation en mois en est déduite.",
    ),
    periode: periodeSchema.describe("La période de réalisation des actions, prolongée."),
    indicateurs: z
      .array(
        z.strictObject({
          production: date("2023-01-31").describe("Date à laquelle les indicateurs sont produits."),
          arrete: date("2022-12-30").describe("Date à laquelle ils sont arrêtés."),
        }),
      )
      .min(1)
      .describe("Les dates de production des trois indicateurs communs aux territoires SPIE."),
    versements: z
      .strictObject({
        ingenierie: percent("60").describe(
          "Premier versement, en pourcentage du montant prévisionnel (ingénierie et conduite du changement).",
        ),
        systemes_information: z
          .strictObject({
            maximum: money("50000.00").describe("Montant prévisionnel maximal."),
            avance: percent("30").describe("Avance, en pourcentage de ce maximum."),
          })
          .describe("La participation à la modernisation des systèmes d'information."),
      })
      .describe("Les conditions financières de l'article 6."),
    frais_generaux: percent("15").describe(
      "Plafond des frais généraux éligibles, en pourcentage du total des dépenses (annexe D).",
    ),
    annexe_f: orGap(z.array(text()).min(1)).describe(
      "Texte de l'annexe F (clauses contractuelles types de l'article 28 du règlement (UE) 2016/679), un paragraphe par élément : le seed ne le donne pas.",
    ),
  },
  period: (f) => f.periode,
  figures: (f) => {
    const si = f.versements.systemes_information;
    return withAdvance(si.maximum, new Decimal(si.avance), [
      {
        label: "montant",
        result: si.maximum,
        formula: "montant prévisionnel maximal (systèmes d'information)",
      },
    ]);
  },
  values: (f) => {
    const period = resolvePeriod(f.periode);
    const end = period?.end ?? f.fin_precedente;
    // The months added: from the day after the previous end to the new end, when whole.
    const added = wholeMonthsInPeriod(addDays(f.fin_precedente, 1), end);
    return {
      acte: {
        numero: String(f.avenant),
        convention: {
          intitule: f.convention.intitule,
          intituleMajuscules: f.convention.intitule.toUpperCase(),
          date: or(f.convention.date, "date de signature de la convention", formatDateLong),
        },
        prolongation:
          added === undefined
            ? `jusqu'au ${formatDateLong(end)}`
            : `de ${integerInWords(added)} mois`,
        bilan: formatDateLong(endOfNextMonth(end)),
        // « au 31 janvier 2023, arrêtés au 30 décembre 2022, ainsi qu'au 30 juillet 2023, … »
        indicateurs: listInWords(
          f.indicateurs.map(
            (i) => `au ${formatDateLong(i.production)}, arrêtés au ${formatDateLong(i.arrete)}`,
          ),
          ", ainsi qu'",
        ),
        ingenierie: formatPercent(new Decimal(f.versements.ingenierie)),
        fraisGeneraux: formatPercent(new Decimal(f.frais_generaux)),
        // The seed's annexe D header says « 1er janvier 2021 - 30 juin 2022 » under a title « au
        // 30 juin 2023 »: both come from the period here.
        periode: period ? formatPeriod(period.start, period.end) : "",
        annexeF: isGap(f.annexe_f)
          ? [gapText("texte de l'annexe F (clauses contractuelles types de l'article 28)")]
          : [...f.annexe_f],
      },
    };
  },
});
