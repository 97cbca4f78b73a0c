// `actes nouveau partenaire ID` and `actes nouveau seance AAAA-MM-JJ`: a commented skeleton of
// the new file, judged by the engine with the rest of the data folder before it is written.
// An existing id is refused, and a partner name already taken; a close id is named, in case it
// is the same partner or session.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { parsePlainDate } from "../calendar/plain-date.ts";
import type { Io } from "../cli.ts";
import { hasErrors } from "../diagnostics/diagnostic.ts";
import { closest } from "../diagnostics/suggest.ts";
import { listInWords } from "../format/fr/index.ts";
import { printRefusal } from "../import/cli.ts";
import { existing } from "../import/command.ts";
import { knownPartners, trialRun } from "../import/trial.ts";
import { plainWords } from "../import/words.ts";
import { ID_PATTERN } from "../model/fields.ts";
import { DATA_FILE_KINDS } from "../model/json-schema.ts";
import { writeAtomic } from "../write/atomic.ts";
import { NOUVEAU_HELP } from "./help.ts";
import { type Given, skeletonText } from "./skeleton.ts";
import { budgetLines, lastPresidence, sessionIds } from "./sources.ts";

type Values = Record<string, string | boolean | string[] | undefined>;
type Option = (name: string) => string | undefined;

/** What `actes nouveau` is about to write, and what it says about it. */
interface Plan {
  readonly kind: "partenaire" | "seance";
  /** The file, relative to the data folder. */
  readonly rel: string;
  /** « le partenaire ccas-lens », « la séance cp-2023-01-16 ». */
  readonly what: string;
  readonly given: Given;
  readonly comments: readonly string[];
  /** Printed as warnings once the file is written. */
  readonly notes: readonly string[];
  /** Why the file must not be written, when it must not. */
  readonly refusal?: string;
  readonly next?: string;
}

const KINDS = ["partenaire", "seance"] as const;

export async function nouveauMain(
  positionals: readonly string[],
  values: Values,
  io: Io,
): Promise<number> {
  const [what, id = "", dataDir = "data"] = positionals;
  const option: Option = (name) => (typeof values[name] === "string" ? values[name] : undefined);
  const plan =
    what === "partenaire"
      ? planPartner(id, dataDir, option)
      : what === "seance"
        ? planSession(id, dataDir, option)
        : {
            usage: `quoi créer ? ${KINDS.join(" ou ")}${what && closest(what, KINDS) ? ` — voulez-vous dire « ${closest(what, KINDS)} » ?` : ""}`,
          };
  if ("usage" in plan) {
    io.err(`actes nouveau : ${plan.usage}\n\n${NOUVEAU_HELP}`);
    return 2;
  }
  return carryOut(plan, dataDir, io);
}

function planPartner(id: string, dataDir: string, option: Option): Plan | { usage: string } {
  if (!ID_PATTERN.test(id)) {
    return {
      usage: `identifiant de partenaire attendu, en minuscules sans accent, mots séparés par des tirets (ccas-lens), pas « ${id} »`,
    };
  }
  const lacking = lackingOptions(option, ["nom", "article"], "le nom ni l'article");
  if (lacking) return lacking;
  const known = knownPartners(dataDir);
  const nom = option("nom") ?? "";
  const same = [...known].find(([, names]) => plainWords(names[0] ?? "") === plainWords(nom));
  const near = closest(id, known.keys());
  return {
    kind: "partenaire",
    rel: join("partenaires", `${id}.yaml`),
    what: `le partenaire ${id}`,
    given: {
      values: new Map(
        ["nom", "article", "genre", "sigle"].flatMap((k): [string, string][] => {
          const v = option(k);
          return v === undefined ? [] : [[k, v]];
        }),
      ),
    },
    comments: [],
    notes:
      near === undefined
        ? []
        : [
            `un partenaire d'identifiant proche existe : ${near} (${known.get(near)?.[0] ?? ""}) — est-ce le même ?`,
          ],
    ...(same ? { refusal: `« ${nom} » est déjà le nom du partenaire ${same[0]}` } : {}),
  };
}

function planSession(date: string, dataDir: string, option: Option): Plan | { usage: string } {
  if (!parsePlainDate(date)) {
    return { usage: `date de séance attendue, AAAA-MM-JJ (2023-01-16), pas « ${date} »` };
  }
  const lacking = lackingOptions(
    option,
    ["deliberation", "rapport", "intitule"],
    "la délibération, le rapport ni l'intitulé",
  );
  if (lacking) return lacking;
  const session = `cp-${date}`;
  const near = closest(session, sessionIds(dataDir));
  const presidence = lastPresidence(dataDir);
  const fields = ["deliberation", "rapport", "intitule"].map((k): [string, string] => [
    k,
    option(k) ?? "",
  ]);
  return {
    kind: "seance",
    rel: join(session, "seance.yaml"),
    what: `la séance ${session}`,
    given: {
      values: new Map([["date", date], ...fields, ...presidence.values]),
      entries: new Map([["budget", budgetLines(dataDir)]]),
    },
    comments: [presidence.note],
    notes: near === undefined ? [] : [`une séance proche existe : ${near} — est-ce la même ?`],
    next:
      `Prochaine étape, la répartition : actes importer FICHIER.xlsx --seance ${join(dataDir, session)}\n` +
      "(d'ici là, actes validate signale que son operations.yaml manque)\n",
  };
}

/** The options a skeleton needs because the model refuses « À COMPLÉTER » for their fields. */
function lackingOptions(
  option: Option,
  names: readonly string[],
  fields: string,
): { usage: string } | undefined {
  const lacking = names.filter((n) => option(n) === undefined).map((n) => `--${n}`);
  if (lacking.length === 0) return undefined;
  const list = listInWords(lacking);
  return {
    usage: `${list} manque${lacking.length > 1 ? "nt" : ""} : le moteur n'accepte pas « À COMPLÉTER » pour ${fields}`,
  };
}

/** Writes the skeleton once the engine accepts it with the rest of the data. */
function carryOut(plan: Plan, dataDir: string, io: Io): number {
  const path = join(dataDir, plan.rel);
  if (existsSync(path))
    return printRefusal([existing(path, `${plan.what} existe déjà : ${path}`)], io);
  if (plan.refusal !== undefined) {
    const hint = "Utilisez le partenaire existant, ou donnez un autre nom.";
    return printRefusal([{ ...existing(path, plan.refusal), hint }], io);
  }
  const kind = DATA_FILE_KINDS.find((k) => k.name === plan.kind);
  if (!kind) throw new Error(`no data file kind ${plan.kind}`);
  const text = skeletonText(kind, plan.given, [
    `Écrit par « actes nouveau » : ${plan.what}.`,
    "Complétez chaque « À COMPLÉTER » (actes figures les liste, avec les actes qu'ils bloquent).",
    "Un champ facultatif est en commentaire : ôtez le « # » pour l'écrire.",
    ...plan.comments,
  ]);
  // A new session has no operations.yaml yet: actes importer writes it.
  const pending = join(dataDir, dirname(plan.rel), "operations.yaml");
  const trial = trialRun(dataDir, { [plan.rel]: text });
  const errors = trial.diagnostics.filter((d) => d.severity === "error" && d.file !== pending);
  if (hasErrors(errors)) return printRefusal(errors, io);
  writeAtomic(path, text);
  for (const n of plan.notes) io.err(`⚠ ${n}\n`);
  const gaps = text.split("\n").filter((l) => /^\s*[^#\s][^#]*: À COMPLÉTER$/.test(l)).length;
  io.out(`✔ ${path} écrit : ${gaps} valeur${gaps > 1 ? "s" : ""} à compléter\n${plan.next ?? ""}`);
  return 0;
}
