// What the two Bassin minier acts of seed 004 (CP of 17 October 2022, délibération n°2022-418)
// share: the programme of the tripartite convention (État, Département du Nord, Département du
// Pas-de-Calais) — each Département's amount and its actions, each action tied to its Département
// — and the convention attributive de subvention, which takes the Département's own share and
// actions from it: it cannot list another Département's actions (the seed's did, the Nord's).
import { z } from "zod";
import type { PlainDate } from "../calendar/plain-date.ts";
import { gapText, type Value } from "../document/context.ts";
import { type Gender, titleForms } from "../format/fr/grammar.ts";
import { formatDateLong, formatEuros, formatPercent, listInWords } from "../format/fr/index.ts";
import { ribOfIban } from "../model/checks/identifiers.ts";
import type { DeclaredAct, Seance } from "../model/dataset.ts";
import { bic, count, date, iban, identifier, money, orGap, text } from "../model/fields.ts";
import { isGap, type OrGap } from "../model/gap.ts";
import type { Partenaire } from "../model/partenaire.ts";
import type { Representative } from "../model/person.ts";
import { Decimal } from "../money/money.ts";

export const CONVENTION_BASSIN_MINIER = "convention-bassin-minier";
export const CONVENTION_ATTRIBUTIVE = "convention-attributive-bassin-minier";

/** The engagement's `partie` that names the Département itself (departement.yaml). */
export const DEPARTEMENT = "departement";

/**
 * The State's contribution to an action is at most this share of its eligible cost: « Les
 * contributions … interviennent en cofinancement à hauteur de 50 % maximum de chacune des
 * actions rattachées » (seed 004, convention attributive, article 4.3).
 */
export const STATE_SHARE_MAX = new Decimal(50);

const actionSchema = z.strictObject({
  axe: count("1").describe(
    "Axe de l'action : 1 (émancipation sociale par l'activité), 2 (attentes des enfants et des familles).",
  ),
  intitule: text("Mobiliser la clause d'insertion au service de l'ERBM").describe(
    "Intitulé de l'action ; son numéro est son rang dans la liste.",
  ),
  montant: orGap(money("45139.00")).describe(
    "Contribution de l'État à l'action : au plus 50 % de son coût éligible ; les actions d'un Département totalisent son montant.",
  ),
  cout_eligible: orGap(money("90278.00")).describe("Coût éligible de l'action."),
});

export const conventionFields = {
  annee: count("2022").describe(
    "Année de la convention : elle couvre du 1er janvier au 31 décembre.",
  ),
  convention_precedente: z
    .strictObject({
      periode: text("2019-2021").describe("Période de la convention précédente, telle que citée."),
      date: date("2019-07-10").describe("Date de signature de la convention précédente."),
      avenants: z
        .array(date("2020-11-12"))
        .describe("Dates de signature de ses avenants, dans l'ordre."),
    })
    .describe("La convention Bassin minier précédente et ses avenants, cités dans les visas."),
  deliberations_parties: z
    .array(
      z.strictObject({
        partie: identifier("departement-nord").describe("La partie (une des parties de l'acte)."),
        numero: text("DGASOL/2022/241").describe("Numéro de sa délibération."),
        date: date("2022-06-27").describe("Date de sa délibération."),
      }),
    )
    .optional()
    .describe(
      "Les délibérations des autres parties qui autorisent leur représentant à signer (celle du Département est l'acte de la séance).",
    ),
  engagements: z
    .array(
      z.strictObject({
        partie: identifier("departement").describe(
          "Le Département engagé : departement (le Département lui-même) ou l'identifiant d'une partie de l'acte (departement-nord).",
        ),
        montant: money("500000.00").describe(
          "Soutien financier de l'État à ce Département ; le total de la convention en est la somme.",
        ),
        ordonnateur: text("BILLANT").describe(
          "Nom du représentant de l'État (première partie) ordonnateur de la dépense pour ce Département.",
        ),
        compte: orGap(
          z.strictObject({
            iban: iban().describe("IBAN du compte (Banque de France pour un Département)."),
            bic: bic().describe("BIC du compte."),
          }),
        ).describe("Le compte du Département que l'État crédite (article 3)."),
        actions: z.array(actionSchema).min(1).describe("Les actions de ce Département."),
      }),
    )
    .min(1)
    .describe("Les engagements de chaque Département : son montant et ses actions."),
  comptable_assignataire: orGap(
    text("le Directeur départemental des finances publiques de la Somme"),
  ).describe("Le comptable assignataire de la dépense, tel que l'acte le nomme."),
  fiches_action: orGap(z.array(text()).min(1)).describe(
    "Texte de l'annexe 2 (fiches action des actions menées conjointement), un paragraphe par élément.",
  ),
};

export type ConventionFields = z.output<z.ZodObject<typeof conventionFields>>;
export type Engagement = ConventionFields["engagements"][number];
export type Action = Engagement["actions"][number];

/** The session's Bassin minier convention (the rule bassin-minier.ts asks for exactly one). */
export function conventionOf(
  seance: Seance,
): (DeclaredAct & { fields: ConventionFields }) | undefined {
  const found = seance.declared.find((d) => d.data.type === CONVENTION_BASSIN_MINIER);
  return found && { ...found, fields: found.data as unknown as ConventionFields };
}

export function needConvention(seance: Seance): ConventionFields {
  const found = conventionOf(seance);
  if (!found)
    throw new Error(`the ${CONVENTION_ATTRIBUTIVE} needs its session's convention (rules)`);
  return found.fields;
}

/** The Département's own engagement (the rule asks for one). */
export function ownEngagement(c: ConventionFields): Engagement {
  const own = c.engagements.find((e) => e.partie === DEPARTEMENT);
  if (!own) throw new Error("the convention has the Département's engagement (rules)");
  return own;
}

/** The year's period: 1er janvier – 31 décembre. */
export function yearPeriod(annee: number): { debut: PlainDate; fin: PlainDate } {
  return {
    debut: { year: annee, month: 1, day: 1 },
    fin: { year: annee, month: 12, day: 31 },
  };
}

/** The State's amounts of an engagement's actions, or undefined while one is to complete. */
export function knownAmounts(e: Engagement): Decimal[] | undefined {
  const amounts = e.actions.map((a) => a.montant);
  return amounts.some(isGap) ? undefined : (amounts as Decimal[]);
}

/** The largest State contribution an eligible cost allows: 50 % of it, to the cent. */
export function stateShareCap(cost: Decimal): Decimal {
  return cost.times(STATE_SHARE_MAX).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN);
}

export const plafond = (): string => formatPercent(STATE_SHARE_MAX);

/** A partner's representatives: its representative, then those who represent it jointly. */
export function representativesOf(p: Partenaire): Representative[] {
  const first = isGap(p.representant) ? [] : [p.representant];
  return [...first, ...(p.corepresentants ?? [])];
}

/** The representative of `p` whose name is `nom` (« BILLANT »). */
export function representativeNamed(p: Partenaire, nom: string): Representative | undefined {
  return representativesOf(p).find((r) => !isGap(r.nom) && r.nom === nom);
}

const GENDER = { "M.": "masculin", Mme: "féminin" } as const satisfies Record<string, Gender>;

/** A State signatory as templates name him: « Jacques BILLANT », « le Préfet du Pas-de-Calais ». */
export function signatoryValues(r: Representative, whose: string): { [key: string]: Value } {
  const label = (what: string) => gapText(`${what} du représentant de ${whose}`);
  const gender = isGap(r.civilite) ? undefined : GENDER[r.civilite];
  const fonction = isGap(r.fonction) ? undefined : r.fonction;
  const forms = gender && fonction ? titleForms(fonction, gender) : undefined;
  const gapForms = { titre: label("fonction"), le: label("fonction"), Le: label("fonction") };
  return {
    nomComplet: isGap(r.prenom) || isGap(r.nom) ? label("nom") : `${r.prenom} ${r.nom}`,
    qualite: forms ? { ...forms } : gapForms,
    lieuSignature: r.lieu_signature ?? gapText(`ville où signe le représentant de ${whose}`),
  };
}

/** « 500 000,00 € », or the gap to complete. */
export function amountOr(v: OrGap<Decimal>, label: string): string {
  return isGap(v) ? gapText(label) : formatEuros(v as Decimal);
}

/** The previous convention as the visas cite it. */
export function previousValues(c: ConventionFields): { [key: string]: Value } {
  const p = c.convention_precedente;
  return {
    periode: p.periode,
    date: formatDateLong(p.date),
    // « les avenants 2020 et 2021 … signés les 12 novembre 2020 et 16 décembre 2021 »
    avenants: p.avenants.length > 0,
    avenantsAnnees: listInWords(p.avenants.map((d) => String(d.year))),
    avenantsDates: listInWords(p.avenants.map(formatDateLong)),
  };
}

/** The account the State credits for an engagement: IBAN, BIC and the RIB's four parts. */
export function accountValues(e: Engagement, nom: string): { [key: string]: Value } {
  const c = isGap(e.compte) ? undefined : e.compte;
  const rib = c ? ribOfIban(c.iban)?.split(" ") : undefined;
  const part = (i: number, what: string) => rib?.[i] ?? gapText(`${what} du compte (${nom})`);
  return {
    iban: c ? c.iban : gapText(`IBAN du compte (${nom})`),
    bic: c ? c.bic : gapText(`BIC du compte (${nom})`),
    banque: part(0, "code banque"),
    guichet: part(1, "code guichet"),
    numero: part(2, "numéro"),
    cle: part(3, "clé RIB"),
  };
}
