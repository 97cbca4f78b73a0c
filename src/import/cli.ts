// `actes importer` and `actes exporter` once their arguments are parsed (cli.ts): run, print,
// return the exit code.

import type { Io } from "../cli.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { hasErrors } from "../diagnostics/diagnostic.ts";
import { formatHuman, summaryLine } from "../diagnostics/print.ts";
import { EXPORTER_HELP, IMPORTER_HELP } from "./help.ts";

type Values = Record<string, string | boolean | string[] | undefined>;

/** Diagnostics on stderr, then « ✖ 2 erreurs — rien n'est écrit »; exit 1. */
export function printRefusal(diagnostics: readonly Diagnostic[], io: Io): number {
  io.err(
    `${formatHuman(diagnostics, new Map())}\n\n${summaryLine(diagnostics)} — rien n'est écrit\n`,
  );
  return 1;
}

export async function importerMain(
  positionals: readonly string[],
  values: Values,
  io: Io,
): Promise<number> {
  const [file] = positionals;
  if (file === undefined || typeof values.seance !== "string") {
    io.err(
      `actes importer : ${file === undefined ? "aucun fichier donné" : "--seance DOSSIER manque"}\n\n${IMPORTER_HELP}`,
    );
    return 2;
  }
  const { importRepartition } = await import("./command.ts");
  const result = await importRepartition({
    file,
    seance: values.seance,
    ...(typeof values.feuille === "string" ? { feuille: values.feuille } : {}),
    remplacer: values.remplacer === true,
  });
  if ("usage" in result) {
    io.err(`actes importer : ${result.usage}\n`);
    return 2;
  }
  if ("diagnostics" in result) return printRefusal(result.diagnostics, io);
  if (result.warnings.length > 0) io.err(`${formatHuman(result.warnings, new Map())}\n\n`);
  io.out(result.summary);
  return 0;
}

export async function exporterMain(
  positionals: readonly string[],
  values: Values,
  io: Io,
): Promise<number> {
  if (typeof values.xlsx !== "string") {
    io.err(`actes exporter : --xlsx FICHIER manque\n\n${EXPORTER_HELP}`);
    return 2;
  }
  const { computeFolder } = await import("../compute-folder.ts");
  const { exportTarget, exportedSessions, repartitionXlsx, unexportable } = await import(
    "./export.ts"
  );
  const { writeAtomic } = await import("../write/atomic.ts");
  const target = exportTarget(positionals[0] ?? "data");
  const computed = computeFolder(target.dataDir);
  if (!computed.value) return printRefusal(computed.diagnostics, io);
  // A session whose acts are all declared (actes.yaml) has no répartition to export.
  const seances = exportedSessions(computed.value, target.session);
  const refused = unexportable(seances);
  if (hasErrors(refused)) return printRefusal(refused, io);
  try {
    writeAtomic(values.xlsx, await repartitionXlsx(computed.value, target.session));
  } catch (error) {
    io.err(`actes exporter : classeur non écrit (${(error as Error).message})\n`);
    return 2;
  }
  const n = seances.length;
  io.out(
    `✔ ${values.xlsx} écrit : ${n} séance${n > 1 ? "s" : ""} (${seances.map((s) => s.id).join(", ")}), une feuille chacune\n`,
  );
  return 0;
}
