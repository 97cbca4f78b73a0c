// `actes nouveau partenaire ID` and `actes nouveau seance AAAA-MM-JJ`: a commented skeleton of
// the new file, judged by the engine with the rest of the data folder before it is written.
// An existing id is refused; a close one is named, in case it is the same partner or session.
import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parsePlainDate } from "../calendar/plain-date.ts";
import type { Io } from "../cli.ts";
import { type Diagnostic, hasErrors } from "../diagnostics/diagnostic.ts";
import { closest } from "../diagnostics/suggest.ts";
import { printRefusal } from "../import/cli.ts";
import { existing } from "../import/command.ts";
import { knownPartners, trialRun } from "../import/trial.ts";
import { plainWords } from "../import/words.ts";
import { ID_PATTERN } from "../model/fields.ts";
import { DATA_FILE_KINDS, type DataFileKind } from "../model/json-schema.ts";
import { writeAtomic } from "../write/atomic.ts";
import { NOUVEAU_HELP } from "./help.ts";
import { type Given, skeletonText } from "./skeleton.ts";
import { budgetLines, lastPresidence } from "./sources.ts";

type Values = Record<string, string | boolean | string[] | undefined>;

const HEADER = [
  "Complétez chaque « À COMPLÉTER » (actes figures les liste, avec les actes qu'ils bloquent).",
  "Un champ facultatif est en commentaire : ôtez le « # » pour l'écrire.",
];

export async function nouveauMain(
  positionals: readonly string[],
  values: Values,
  io: Io,
): Promise<number> {
  const [what, id, dataDir = "data"] = positionals;
  const usage = (message: string) => {
    io.err(`actes nouveau : ${message}\n\n${NOUVEAU_HELP}`);
    return 2;
  };
  const option = (name: string) =>
    typeof values[name] === "string" ? (values[name] as string) : undefined;
  const missing = (names: readonly string[]) =>
    names.filter((n) => option(n) === undefined).map((n) => `--${n}`);
  if (what === "partenaire") {
    if (id === undefined || !ID_PATTERN.test(id))
      return usage(
        `identifiant de partenaire attendu, en minuscules sans accent, mots séparés par des tirets (ccas-lens), pas « ${id ?? ""} »`,
      );
    const lacking = missing(["nom", "article"]);
    if (lacking.length > 0)
      return usage(
        `${lacking.join(" et ")} manque${lacking.length > 1 ? "nt" : ""} : le moteur n'accepte pas « À COMPLÉTER » pour le nom ni l'article`,
      );
    const known = knownPartners(dataDir);
    const same = [...known].find(
      ([, names]) => plainWords(names[0] ?? "") === plainWords(option("nom") ?? ""),
    );
    const near = closest(id, known.keys());
    const notes = [
      ...(same ? [`« ${option("nom")} » est déjà le nom du partenaire ${same[0]}`] : []),
      ...(near !== undefined
        ? [
            `un partenaire d'identifiant proche existe : ${near} (${known.get(near)?.[0] ?? ""}) — est-ce le même ?`,
          ]
        : []),
    ];
    const given = new Map(
      ["nom", "article", "genre", "sigle"].flatMap((k) =>
        option(k) ? [[k, option(k) as string] as const] : [],
      ),
    );
    return write(
      io,
      dataDir,
      join("partenaires", `${id}.yaml`),
      kindNamed("partenaire"),
      { values: given },
      `actes nouveau partenaire ${id}`,
      notes,
      same !== undefined,
    );
  }
  if (what === "seance") {
    const date = parsePlainDate(id ?? "");
    if (!date)
      return usage(`date de séance attendue, AAAA-MM-JJ (2023-01-16), pas « ${id ?? ""} »`);
    const lacking = missing(["deliberation", "rapport", "intitule"]);
    if (lacking.length > 0)
      return usage(
        `${lacking.join(", ")} manque${lacking.length > 1 ? "nt" : ""} : le moteur n'accepte pas « À COMPLÉTER » pour la délibération, le rapport ni l'intitulé`,
      );
    const session = `cp-${id}`;
    const sessions = existsSync(dataDir) ? readdirSync(dataDir).filter((n) => /^cp-/.test(n)) : [];
    const near = closest(session, sessions);
    const presidence = lastPresidence(dataDir, sessions);
    const given: Given = {
      values: new Map([
        ["date", id as string],
        ["deliberation", option("deliberation") as string],
        ["rapport", option("rapport") as string],
        ["intitule", option("intitule") as string],
        ...presidence.values,
      ]),
      entries: new Map([["budget", budgetLines(dataDir)]]),
    };
    const notes =
      near !== undefined ? [`une séance proche existe : ${near} — est-ce la même ?`] : [];
    const next =
      `Prochaine étape, la répartition : actes importer FICHIER.xlsx --seance ${join(dataDir, session)}\n` +
      "(d'ici là, actes validate signale que son operations.yaml manque)\n";
    return write(
      io,
      dataDir,
      join(session, "seance.yaml"),
      kindNamed("seance"),
      given,
      `actes nouveau seance ${id}`,
      notes,
      false,
      [presidence.note],
      next,
    );
  }
  return usage(
    what === undefined
      ? "quoi créer ? partenaire ou seance"
      : `« ${what} » : partenaire ou seance attendu${closest(what, ["partenaire", "seance"]) ? ` — voulez-vous dire « ${closest(what, ["partenaire", "seance"])} » ?` : ""}`,
  );
}

function kindNamed(name: string): DataFileKind {
  const kind = DATA_FILE_KINDS.find((k) => k.name === name);
  if (!kind) throw new Error(`no data file kind ${name}`);
  return kind;
}

/** Writes the skeleton once the engine accepts it; `refuse`: a note that stops the write. */
function write(
  io: Io,
  dataDir: string,
  rel: string,
  kind: DataFileKind,
  given: Given,
  command: string,
  notes: readonly string[],
  refuse: boolean,
  comments: readonly string[] = [],
  next = "",
): number {
  const what =
    kind.name === "seance"
      ? `la séance ${dirname(rel)}`
      : `le partenaire ${basename(rel, ".yaml")}`;
  const path = join(dataDir, rel);
  if (existsSync(path)) return printRefusal([existing(path, `${what} existe déjà : ${path}`)], io);
  if (refuse)
    return printRefusal(
      [
        {
          ...existing(path),
          message: notes[0] ?? "",
          hint: "Utilisez le partenaire existant, ou donnez un autre nom.",
        },
      ],
      io,
    );
  const text = skeletonText(kind, given, [`Écrit par « ${command} ».`, ...HEADER, ...comments]);
  // A new session has no operations.yaml yet: actes importer writes it.
  const pending = join(dataDir, rel.replace(/seance\.yaml$/, "operations.yaml"));
  const trial = trialRun(dataDir, { [rel]: text });
  const errors: Diagnostic[] = trial.diagnostics.filter(
    (d) => d.severity === "error" && d.file !== pending,
  );
  if (hasErrors(errors)) return printRefusal(errors, io);
  writeAtomic(path, text);
  for (const n of notes) io.err(`⚠ ${n}\n`);
  const gaps = text.split("\n").filter((l) => /^\s*[^#\s][^#]*: À COMPLÉTER$/.test(l)).length;
  io.out(`✔ ${path} écrit : ${gaps} valeur${gaps > 1 ? "s" : ""} à compléter\n${next}`);
  return 0;
}
