// The Bassin minier acts (seed 004): each Département's actions belong to it alone and add up to
// its amount, the State pays at most 50 % of each action's eligible cost, the State's
// representatives named (ordonnateur, signatory) are the State's, and the convention attributive
// follows the one Bassin minier convention of its session, whose Département's actions it lists.
import {
  CONVENTION_ATTRIBUTIVE,
  CONVENTION_BASSIN_MINIER,
  type ConventionFields,
  DEPARTEMENT,
  representativesOf,
  STATE_SHARE_MAX,
  stateShareCap,
} from "../../declared/bassin-minier.ts";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { type NounForms, nounForms } from "../../format/fr/grammar.ts";
import { formatEuros, formatPercent } from "../../format/fr/index.ts";
import { type Decimal, sum } from "../../money/money.ts";
import type { Dataset, DeclaredAct } from "../dataset.ts";
import { isGap } from "../gap.ts";
import type { Partenaire } from "../partenaire.ts";
import { type Rule, report } from "./report.ts";

export const bassinMinierRule: Rule = (data) => {
  const out: Diagnostic[] = [];
  for (const seance of data.seances) {
    const conventions = seance.declared.filter((d) => d.data.type === CONVENTION_BASSIN_MINIER);
    for (const extra of conventions.slice(1)) {
      out.push(
        report(extra, ["type"], "VALEUR_INVALIDE", {
          message: `une seule convention « Bassin minier » par séance : ${seance.id} en déclare ${conventions.length}`,
          expected: "une convention « Bassin minier » dans actes.yaml",
          found: `${conventions.length} conventions`,
          hint: "Supprimez la déclaration en double.",
        }),
      );
    }
    for (const c of conventions) out.push(...checkConvention(c, data));
    const convention = conventions[0];
    for (const a of seance.declared.filter((d) => d.data.type === CONVENTION_ATTRIBUTIVE)) {
      if (!convention) {
        out.push(
          report(a, ["type"], "REFERENCE_INCONNUE", {
            message: `la convention attributive reprend les actions du Département dans la convention « Bassin minier » de sa séance : ${seance.id} n'en déclare pas`,
            expected: `une entrée « type: ${CONVENTION_BASSIN_MINIER} » dans le même actes.yaml`,
            found: "aucune",
            hint: "Déclarez la convention Bassin minier de l'année, avec les engagements de chaque Département.",
          }),
        );
        continue;
      }
      out.push(...checkAttributive(a, convention, data));
    }
  }
  return out;
};

const fieldsOf = (d: DeclaredAct) => d.data as unknown as ConventionFields;

function partyOf(d: DeclaredAct, data: Dataset, index: number): Partenaire | undefined {
  const id = d.data.parties[index];
  return id === undefined ? undefined : data.partenaires.get(id);
}

/** The State's representatives' names, for a message: « LECLERC, BILLANT ». */
function names(p: Partenaire): string {
  return representativesOf(p)
    .map((r) => (isGap(r.nom) ? "" : r.nom))
    .filter(Boolean)
    .join(", ");
}

function checkRepresentative(
  d: DeclaredAct,
  field: readonly (string | number)[],
  nom: string,
  data: Dataset,
  what: string,
): Diagnostic[] {
  const etat = partyOf(d, data, 0);
  if (!etat || representativesOf(etat).some((r) => !isGap(r.nom) && r.nom === nom)) return [];
  return [
    report(d, field, "REFERENCE_INCONNUE", {
      message: `${what} « ${nom} » n'est pas un représentant de ${etat.nom} (première partie)`,
      expected: `le nom d'un de ses représentants : ${names(etat)}`,
      found: nom,
    }),
  ];
}

function checkConvention(c: DeclaredAct, data: Dataset): Diagnostic[] {
  const out: Diagnostic[] = [];
  const f = fieldsOf(c);
  const others = c.data.parties.slice(1);
  const allowed = [DEPARTEMENT, ...others];
  // « le Département du Nord », « du Département du Nord »: with the partner's article.
  const nameOf = (partie: string) => {
    const p = data.partenaires.get(partie);
    return partie === DEPARTEMENT || !p
      ? nounForms(partie === DEPARTEMENT ? data.departement.nom : partie, "le")
      : nounForms(p.nom, p.article);
  };

  f.engagements.forEach((e, i) => {
    if (!allowed.includes(e.partie)) {
      out.push(
        report(c, ["engagements", i, "partie"], "REFERENCE_INCONNUE", {
          message: `engagement d'un Département qui n'est pas partie à la convention : « ${e.partie} »`,
          expected: `${allowed.join(" ou ")} (departement : le Département lui-même ; sinon une partie de l'acte autre que l'État)`,
          found: e.partie,
        }),
      );
    } else if (f.engagements.findIndex((o) => o.partie === e.partie) !== i) {
      out.push(
        report(c, ["engagements", i, "partie"], "VALEUR_INVALIDE", {
          message: `deux engagements pour ${nameOf(e.partie).le} : un Département a un engagement`,
          expected: "un engagement par Département",
          found: e.partie,
        }),
      );
    }
    out.push(
      ...checkRepresentative(
        c,
        ["engagements", i, "ordonnateur"],
        e.ordonnateur,
        data,
        "ordonnateur",
      ),
    );
    out.push(...checkActions(c, i, nameOf(e.partie)));
  });
  if (!f.engagements.some((e) => e.partie === DEPARTEMENT)) {
    out.push(
      report(c, ["engagements"], "CHAMP_MANQUANT", {
        message: `la convention n'a pas d'engagement du ${data.departement.nom} (partie: ${DEPARTEMENT})`,
        expected: `un engagement « partie: ${DEPARTEMENT} » avec son montant et ses actions`,
      }),
    );
  }

  // An action belongs to one Département: the seed's convention attributive listed the Nord's
  // actions for the Pas-de-Calais; the same action under two Départements is that error.
  const seen = new Map<string, { partie: string; index: number }>();
  f.engagements.forEach((e, i) => {
    e.actions.forEach((a, j) => {
      const key = a.intitule.toLocaleLowerCase("fr").replace(/\s+/g, " ");
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { partie: e.partie, index: j });
        return;
      }
      if (first.partie === e.partie) return;
      out.push(
        report(c, ["engagements", i, "actions", j, "intitule"], "VALEUR_INVALIDE", {
          message: `l'action « ${a.intitule} » est inscrite pour ${nameOf(e.partie).le} (action ${j + 1}) et pour ${nameOf(first.partie).le} (action ${first.index + 1}) : une action appartient à un seul Département`,
          expected: `les actions ${nameOf(e.partie).du} seulement`,
          found: a.intitule,
          hint: "Chaque Département liste ses propres actions ; ne recopiez pas celles de l'autre.",
        }),
      );
    });
  });

  (f.deliberations_parties ?? []).forEach((d, i) => {
    if (others.includes(d.partie)) return;
    out.push(
      report(c, ["deliberations_parties", i, "partie"], "REFERENCE_INCONNUE", {
        message: `délibération d'une partie que la convention n'a pas : « ${d.partie} »`,
        expected: others.join(" ou "),
        found: d.partie,
      }),
    );
  });
  return out;
}

/** One engagement's actions: each within 50 % of its eligible cost, together its amount. */
function checkActions(c: DeclaredAct, i: number, nom: NounForms): Diagnostic[] {
  const out: Diagnostic[] = [];
  // biome-ignore lint/style/noNonNullAssertion: i indexes the engagements.
  const e = fieldsOf(c).engagements[i]!;
  e.actions.forEach((a, j) => {
    if (isGap(a.montant) || isGap(a.cout_eligible)) return;
    const cap = stateShareCap(a.cout_eligible);
    if (a.montant.lte(cap)) return;
    out.push(
      report(c, ["engagements", i, "actions", j, "montant"], "VALEUR_INVALIDE", {
        message: `action ${j + 1} « ${a.intitule} » ${nom.du} : la contribution de l'État, ${formatEuros(a.montant)}, dépasse ${formatPercent(STATE_SHARE_MAX)} de son coût éligible de ${formatEuros(a.cout_eligible)}`,
        expected: `${formatEuros(cap)} au plus (${formatPercent(STATE_SHARE_MAX)} × ${formatEuros(a.cout_eligible)})`,
        found: formatEuros(a.montant),
        hint: "L'État cofinance chaque action à 50 % au plus : corrigez la contribution ou le coût éligible.",
      }),
    );
  });
  const amounts = e.actions.map((a) => a.montant);
  if (amounts.some(isGap)) return out;
  const total = sum(amounts as Decimal[]);
  if (!total.equals(e.montant)) {
    out.push(
      report(c, ["engagements", i, "montant"], "TOTAL_INCOHERENT", {
        message: `les actions ${nom.du} totalisent ${formatEuros(total)}, et non ${formatEuros(e.montant)} : ${(amounts as Decimal[]).map((m, j) => `action ${j + 1} ${formatEuros(m)}`).join(", ")}`,
        expected: formatEuros(total),
        found: formatEuros(e.montant),
        hint: "Les contributions de l'État aux actions d'un Département font son montant : corrigez une action ou le montant.",
      }),
    );
  }
  return out;
}

function checkAttributive(a: DeclaredAct, convention: DeclaredAct, data: Dataset): Diagnostic[] {
  const out: Diagnostic[] = [];
  const signataire = a.data.signataire_etat as string;
  out.push(...checkRepresentative(a, ["signataire_etat"], signataire, data, "signataire_etat"));
  const own = fieldsOf(convention).engagements.find((e) => e.partie === DEPARTEMENT);
  const cost = a.data.cout_eligible as Decimal | undefined;
  if (!own || cost === undefined) return out;
  const costs = own.actions.map((x) => x.cout_eligible);
  if (!costs.some(isGap)) {
    const total = sum(costs as Decimal[]);
    if (!total.equals(cost)) {
      out.push(
        report(a, ["cout_eligible"], "TOTAL_INCOHERENT", {
          message: `coût éligible de ${formatEuros(cost)}, mais les actions du ${data.departement.nom} dans la convention Bassin minier totalisent ${formatEuros(total)}`,
          expected: formatEuros(total),
          found: formatEuros(cost),
          hint: "Le coût total recopié est facultatif : le moteur le recalcule à partir des actions.",
        }),
      );
    }
  }
  const cap = stateShareCap(cost);
  if (own.montant.gt(cap)) {
    out.push(
      report(a, ["cout_eligible"], "VALEUR_INVALIDE", {
        message: `la subvention de ${formatEuros(own.montant)} dépasse ${formatPercent(STATE_SHARE_MAX)} du coût éligible de ${formatEuros(cost)}`,
        expected: `un coût éligible de ${formatEuros(own.montant.times(100).dividedBy(STATE_SHARE_MAX))} au moins`,
        found: formatEuros(cost),
      }),
    );
  }
  return out;
}
