// The acts a délibération authorises, grouped as its articles authorise them, and the numbers of
// the annexes that hold their projects. Seed 003 (n°2022-467): annexes 1 to 4 present the
// thématiques, annexe 5 is the répartition financière, then each model of act is one annexe
// (« les avenants avec les structures reprises dans la thématique 3 opération 1 de l'annexe 5,
// dans les termes du projet type en annexe 9 »). The engine numbers those annexes in the order
// its articles cite them, so that a number can never point at another annexe: the seed's own
// numbers follow no order its data holds (article 6 cites annexes 7 and 8, article 8 annexe 6).
import type { Act } from "../../compute/acts.ts";
import { gapText } from "../../document/context.ts";
import { listInWords } from "../../format/fr/index.ts";
import type { Operation, Thematique } from "../../model/dataset.ts";

/**
 * A declared act that frames the acts of an operation's lines, and is authorised with them:
 * the cooperation avenant with Pôle emploi counts the Accompagnement Global portefeuilles in its
 * resources table (src/declared/avenant-cooperation-pole-emploi.ts); seed 003's article 6
 * authorises both « dans les termes des projets types en annexes 7 et 8 ».
 */
const FRAMES: Readonly<Record<string, string>> = {
  "avenant-cooperation-pole-emploi": "accompagnement-global",
};

export interface Autorisation {
  /** « les avenants avec les structures reprises dans la thématique 1 opération 1 de l'annexe 5 » */
  readonly avec: string;
  /** « des projets types en annexes 6 et 7 », « du projet joint en annexe 11 » */
  readonly projet: string;
  /** The thématique of its lines; none for an act declared on its own. */
  readonly thematique?: Thematique;
  readonly annexes: readonly number[];
  /** Each annexe with the acts of its model: the dossier files them under it. */
  readonly projets: readonly AnnexeProjets[];
}

/** One annexe of a délibération: the projects of one model of act. */
export interface AnnexeProjets {
  readonly annexe: number;
  readonly acts: readonly Act[];
}

interface Group {
  readonly operation?: Operation;
  readonly thematique?: Thematique;
  readonly acts: Act[];
}

/** « avenant » or « convention »: the first word of every act type's name. */
function noun(act: Act): { one: string; many: string } {
  return act.type.startsWith("convention")
    ? { one: "la convention", many: "les conventions" }
    : { one: "l'avenant", many: "les avenants" };
}

const numero = (n: number | undefined, what: string) =>
  n === undefined ? gapText(`numéro de ${what}`) : String(n);

/**
 * One authorisation per operation whose lines make acts (with the declared acts that frame
 * them), then one per other declared act, in the order of the acts; the annexes numbered from
 * `first`, one per act type, in that order. `repartition` is the annexe of the lines.
 */
export function autorisations(
  acts: readonly Act[],
  first: number,
  repartition: number,
): Autorisation[] {
  const groups: Group[] = [];
  for (const act of acts) {
    if (act.kind !== "lignes") continue;
    const found = groups.find((g) => g.operation === act.head.operation);
    if (found) found.acts.push(act);
    else
      groups.push({ operation: act.head.operation, thematique: act.head.thematique, acts: [act] });
  }
  for (const act of acts) {
    if (act.kind === "lignes") continue;
    const frame = FRAMES[act.type];
    const framed = frame && groups.find((g) => g.operation?.dispositif === frame);
    if (framed) framed.acts.push(act);
    else groups.push({ acts: [act] });
  }
  let next = first;
  return groups.map((g) => {
    const types = [...new Set(g.acts.map((a) => a.type))];
    const annexes = types.map(() => next++);
    const head = g.acts[0] as Act;
    const words = noun(head);
    const own = g.acts.filter((a) => a.type === head.type).length;
    const operation = g.operation?.intitule;
    const thematique = numero(g.thematique?.numero, `la thématique de ${operation}`);
    const where = `la thématique ${thematique} opération ${numero(g.operation?.numero, `l'opération ${operation}`)} de l'annexe ${repartition}`;
    const parties =
      head.parties.length > 1
        ? listInWords(head.parties.map((p) => p.sigle ?? p.nom))
        : `la structure ${head.partenaire.sigle ?? head.partenaire.nom}`;
    const avec = !g.operation
      ? `${words.one} avec ${parties}`
      : own > 1
        ? `${words.many} avec les structures reprises dans ${where}`
        : `${words.one} avec la structure reprise dans ${where}`;
    const projet =
      annexes.length > 1
        ? `des projets types en annexes ${listInWords(annexes.map(String))}`
        : !g.operation
          ? `du projet joint en annexe ${annexes[0]}`
          : own > 1
            ? `du projet type en annexe ${annexes[0]}`
            : `du projet en annexe ${annexes[0]}`;
    const projets = types.map((type, i) => ({
      annexe: annexes[i] as number,
      acts: g.acts.filter((a) => a.type === type),
    }));
    return {
      avec,
      projet,
      ...(g.thematique ? { thematique: g.thematique } : {}),
      annexes,
      projets,
    };
  });
}
