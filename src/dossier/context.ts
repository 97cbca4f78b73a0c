// The values a délibération, a rapport or the annexe « répartition financière » may use: the
// session, who sat and how they voted, the budget table and the thématiques computed from the
// allocation lines, each act of the deliberation (with the values of its own template), and the
// model's facts. Everything formatted in French here; a value still to complete is visible.

import { z } from "zod";
import { compareDates, type PlainDate } from "../calendar/plain-date.ts";
import type { Line } from "../compute/acts.ts";
import type { SeanceTotals } from "../compute/totals.ts";
import {
  actContext,
  dates,
  departementValues,
  gapText,
  money,
  person,
  type Value,
} from "../document/context.ts";
import { type Gender, presidentTitle, titleForms } from "../format/fr/grammar.ts";
import {
  formatDateLong,
  formatDateShort,
  formatNumber,
  integerInWords,
  listInWords,
} from "../format/fr/index.ts";
import type { Elu } from "../model/assemblee.ts";
import type { Departement } from "../model/departement.ts";
import type { Person } from "../model/person.ts";
import type { Decimal } from "../money/money.ts";
import type { SessionFigures } from "./figures.ts";
import { deliberationModelOf } from "./modeles/index.ts";

type Values = { [key: string]: Value };

const CIVILITE_PLURIELLE = { "M.": "Messieurs", Mme: "Mesdames" } as const;
const CIVILITE_LONGUE = { "M.": "Monsieur", Mme: "Madame" } as const;

/** « 420 000,00 »: an amount in a table whose header says « € ». */
const cell = (d: Decimal) => formatNumber(d, 2);

export function deliberationContext(figures: SessionFigures, departement: Departement): Values {
  const { seance, deliberation: d } = figures;
  const detail = d.detail;
  const assemblee = departement.assemblee;
  const model = deliberationModelOf(detail.modele);
  const faits = model
    ? model.values(z.strictObject(model.faits).parse(detail.faits ?? {}), figures)
    : {};
  // The members who sit at this session: one who joined or left in the term only for their dates.
  const members = Object.entries(assemblee?.membres ?? {}).filter(
    ([, e]) =>
      (e.depuis === undefined || compareDates(e.depuis, seance.date) <= 0) &&
      (e.jusqu_au === undefined || compareDates(seance.date, e.jusqu_au) <= 0),
  );
  const named = (ids: readonly string[] | undefined, registry: Record<string, Elu> | undefined) =>
    // Stryker disable next-line OptionalChaining: without an assembly the load refuses any id.
    (ids ?? []).map((id) => known(registry?.[id], id));
  // Stryker disable next-line ArrayDeclaration: an id that no member has changes nothing here.
  const missingAbsent = [...(detail.excuses ?? []), ...(detail.absents ?? [])];
  const presents = members.filter(([id]) => !missingAbsent.includes(id)).map(([, e]) => e);
  const presidence = presidingFor(seance.presidence, members, [
    ...missingAbsent,
    // Stryker disable next-line ArrayDeclaration: an id that no member has changes nothing here.
    ...(detail.interesses ?? []),
  ]);
  const secretaire =
    detail.secretaire === undefined
      ? undefined
      : // Stryker disable next-line OptionalChaining: without an assembly the load refuses any id.
        known(assemblee?.membres[detail.secretaire], detail.secretaire);
  const commissions = assemblee?.commissions ?? {};
  return {
    departement: {
      ...headValues(departement, seance.date).departement,
      dgs: departement.dgs
        ? person(departement.dgs, departement.dgs.fonction)
        : {
            nomComplet: gapText("directeur général des services (departement.yaml, dgs)"),
            qualite: { titre: gapText("fonction du directeur général des services") },
          },
      // « LE PRÉSIDENT DU CONSEIL DÉPARTEMENTAL, » above the president's name.
      presidentMajuscules: titleForms(
        departement.president.fonction ?? presidentTitle(genderOf(departement.president)),
        genderOf(departement.president),
      ).Le.toLocaleUpperCase("fr-FR"),
    },
    seance: {
      ...headValues(departement, seance.date).seance,
      presidence: {
        ...person(presidence, presidentTitle(genderOf(presidence))),
        majuscules:
          `${CIVILITE_LONGUE[presidence.civilite]} ${presidence.prenom} ${presidence.nom}`.toLocaleUpperCase(
            "fr-FR",
          ),
      },
    },
    deliberation: {
      numero: d.numero,
      rapport: d.rapport,
      intitule: d.intitule,
      intituleMajuscules: d.intitule.toLocaleUpperCase("fr-FR"),
      territoires: detail.territoires ?? gapText(`territoires du rapport n°${d.rapport}`),
      service: detail.service ?? gapText(`service qui présente le rapport n°${d.rapport}`),
      presence: {
        secretaire: secretaire
          ? eluName(secretaire)
          : gapText(`secrétaire de séance (délibération n°${d.numero})`),
        // Who sat is known once the excused are listed (an empty list says: none).
        presents:
          assemblee !== undefined && detail.excuses !== undefined
            ? presents.map(eluName).join(", ")
            : gapText(`membres excusés et absents (délibération n°${d.numero} : excuses, absents)`),
        excuses: listed(named(detail.excuses, assemblee?.membres), "Excusé"),
        absents: listed(named(detail.absents, assemblee?.membres), "Absent"),
        assistants: listed(
          named(detail.assistants, assemblee?.sans_voix),
          "Assistant",
          " également sans voix délibérative",
        ),
        excusesSansVoix: listed(
          named(detail.excuses_sans_voix, assemblee?.sans_voix),
          "Excusé",
          " sans voix délibérative",
        ),
        interesses: groupedNames(named(detail.interesses, assemblee?.membres)),
        interessesExcuses: groupedNames(named(detail.interesses_excuses, assemblee?.membres)),
      },
      avis: (detail.avis ?? []).map((a) => {
        const c = known(commissions[a.commission], a.commission);
        const rang = c.numero === 1 ? "1ère" : `${c.numero}ème`;
        return {
          commission: `${rang} commission « ${c.intitule} »`,
          Commission: `${rang} Commission - ${c.intitule}`,
          date: formatDateShort(a.date),
        };
      }),
      vote: detail.vote
        ? {
            connu: true,
            pour: voteValues(detail.vote.pour),
            contre: voteValues(detail.vote.contre),
            abstention: voteValues(detail.vote.abstention),
            ...(detail.vote.absents_sans_delegation
              ? { absents: voteValues(detail.vote.absents_sans_delegation) }
              : {}),
          }
        : { connu: false, texte: gapText(`conditions de vote de la délibération n°${d.numero}`) },
    },
    ...(figures.totals ? budgetValues(figures.totals, figures.lines) : { budget: { lignes: [] } }),
    actes: figures.acts.map((act) => actContext(act, departement)),
    nombreActes: {
      chiffres: String(figures.acts.length),
      lettres: integerInWords(figures.acts.length),
    },
    faits,
  };
}

/**
 * What every page of a session's dossier heads with, written in capitals: « DÉPARTEMENT DU
 * PAS-DE-CALAIS », « RÉUNION DU 21 NOVEMBRE 2022 » (the délibérations, the rapports, the
 * dossier's table of contents).
 */
export function headValues(
  departement: Departement,
  date: PlainDate,
): { departement: Values; seance: Values } {
  return {
    departement: {
      ...departementValues(departement),
      nomMajuscules: departement.nom.toLocaleUpperCase("fr-FR"),
    },
    seance: { date: dates(date), dateMajuscules: formatDateLong(date).toLocaleUpperCase("fr-FR") },
  };
}

/**
 * Who presides over one deliberation: the session's presidence, unless that member takes no part
 * in it (intéressé à l'affaire, excused or absent); then the first member, in the assembly's
 * order (the President, then the vice-presidents by rank), who sits and takes part. Seed 003:
 * M. LEROY, Mme HINGREZ-CÉRÉDA and M. MACIEJASZ are intéressés à l'affaire of n°2022-467, so
 * « PRÉSIDENCE DE MADAME VALÉRIE CUVILLIER »; seed 001, n°2022-451 of the same session, « PRÉSIDENCE
 * DE MONSIEUR JEAN-CLAUDE LEROY ».
 */
function presidingFor(
  presidence: Person,
  members: readonly (readonly [string, Elu])[],
  notTakingPart: readonly string[],
): Person {
  const same = (e: Elu) =>
    e.civilite === presidence.civilite &&
    e.prenom === presidence.prenom &&
    e.nom === presidence.nom;
  const own = members.find(([, e]) => same(e));
  if (own === undefined || !notTakingPart.includes(own[0])) return presidence;
  const next = members.find(([id]) => !notTakingPart.includes(id));
  return next
    ? { civilite: next[1].civilite, prenom: next[1].prenom, nom: next[1].nom }
    : presidence;
}

/**
 * A member or a commission named by its id: the load refused an unknown one, at its line
 * (model/rules/deliberations.ts), so none reaches here.
 */
function known<T>(found: T | undefined, id: string): T {
  // Stryker disable next-line all: unreachable, the rule refuses an unknown id when data loads.
  if (found === undefined) throw new Error(`${id}: checked by model/rules/deliberations.ts`);
  return found;
}

// A declaration, not an arrow in a const: a mutation run decides a const's value once, when the
// module loads, and its mutants would never be tried.
function genderOf(p: { civilite: "M." | "Mme" }): Gender {
  // Stryker disable next-line StringLiteral: grammar.ts tells « féminin » from anything else.
  return p.civilite === "Mme" ? "féminin" : "masculin";
}

/** « M. Jean-Claude LEROY » */
function eluName(e: Elu): string {
  return `${e.civilite} ${e.prenom} ${e.nom}`;
}

/**
 * A list of the head with its label agreed (the seeds' « Excusé(s) » decided): « Excusées : Mme A,
 * Mme B », « Absent : M. C ». `aucun` when nobody is in it.
 */
function listed(elus: readonly Elu[], label: string, after = ""): Values {
  return {
    aucun: elus.length === 0,
    titre: `${label}${agreementOf(elus)}${after}`,
    noms: elus.map(eluName).join(", "),
  };
}

/** « e », « s », « es » or nothing: feminine only when every one is a woman, plural from two. */
function agreementOf(elus: readonly Elu[]): string {
  const feminine = elus.length > 0 && elus.every((e) => e.civilite === "Mme");
  return `${feminine ? "e" : ""}${elus.length > 1 ? "s" : ""}`;
}

/**
 * « Mesdames A, B et C ainsi que Messieurs D et E » (seed 003, délibération n°2022-467), with the
 * agreement of what follows (« intéressées », « intéressés », « intéressée »): feminine only
 * when every one is a woman, plural from two.
 */
function groupedNames(elus: readonly Elu[]): Values {
  const group = (civilite: "Mme" | "M.") => {
    const names = elus.filter((e) => e.civilite === civilite).map((e) => `${e.prenom} ${e.nom}`);
    if (names.length === 0) return [];
    const title = names.length > 1 ? CIVILITE_PLURIELLE[civilite] : CIVILITE_LONGUE[civilite];
    return [`${title} ${listInWords(names)}`];
  };
  return {
    aucun: elus.length === 0,
    noms: [...group("Mme"), ...group("M.")].join(" ainsi que "),
    accord: { es: agreementOf(elus) },
  };
}

function voteValues(v: { voix: number; groupes?: readonly string[] | undefined }): Values {
  return {
    nombre: String(v.voix),
    voix: `${v.voix} voix`,
    groupes: v.groupes && v.groupes.length > 0 ? ` (${v.groupes.join(" ; ")})` : "",
  };
}

/**
 * The budget table (solde = disponible − proposition, each proposition the sum of the lines
 * on its budget line) and the thématiques with their operations, as annexe 5 lists them.
 */
function budgetValues(t: SeanceTotals, lines: readonly Line[]): Values {
  return {
    budget: {
      lignes: t.budget.map((b) => ({
        code: b.ligne.code,
        imputation: b.ligne.imputation,
        libelle: b.ligne.libelle,
        ae: cell(b.ligne.ae),
        disponible: cell(b.disponible),
        proposition: cell(b.proposition),
        solde: cell(b.solde),
      })),
    },
    total: money(t.total),
    totalCellule: cell(t.total),
    thematiques: t.thematiques.map((th) => ({
      numero: th.thematique.numero === undefined ? "" : String(th.thematique.numero),
      intitule: th.thematique.intitule,
      total: money(th.total),
      totalCellule: cell(th.total),
      nombreOperations: String(th.operations.length),
      operations: th.operations.map((o) => ({
        numero: o.operation.numero === undefined ? "" : String(o.operation.numero),
        intitule: o.operation.intitule,
        totalCellule: cell(o.total),
        lignes: lines
          .filter((l) => l.operation === o.operation)
          .map((l) => ({
            territoire: l.territory ?? "",
            partenaire: l.partenaire.sigle ?? l.partenaire.nom,
            // Optional in data, and left blank by the seed (annexe 5, the missions locales):
            // an empty cell, not a value to complete that would make the annexe a draft.
            description: l.allocation.description ?? "",
            montant: cell(l.figures.total),
          })),
      })),
    })),
  };
}
