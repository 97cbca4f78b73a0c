// `actes dossier [SÉANCE…]`: the arguments, the progress, the printed result.
import { join } from "node:path";
import { DEFAULT_TEMPLATES, HELP, type Io } from "../cli.ts";
import { printDiagnostics, printWarnings } from "../cli-data.ts";
import { hasErrors } from "../diagnostics/diagnostic.ts";
import { writeDossiers } from "./command.ts";

type Values = Record<string, string | boolean | string[] | undefined>;

export async function dossierMain(
  sessions: readonly string[],
  values: Values,
  io: Io,
): Promise<number> {
  const outDir = String(values.out ?? "out");
  const result = await writeDossiers({
    dataDir: String(values.donnees ?? "data"),
    templatesDir: String(values.templates ?? DEFAULT_TEMPLATES),
    outDir,
    sessions,
    ...(io.isTTY ? { onProgress: (id: string) => io.err(`  ${id} écrit\n`) } : {}),
  });
  if (hasErrors(result.diagnostics)) {
    const code = printDiagnostics(result.diagnostics, result.sources, false, io);
    if (result.diagnostics.some((d) => d.message.startsWith("séance inconnue")))
      io.err(`\n${HELP.dossier}`);
    return code;
  }
  printWarnings(result.diagnostics, result.sources, io);
  for (const w of result.warnings) io.err(`⚠ ${w}\n`);
  const n = result.written.length;
  io.out(
    `✔ ${n} dossier${n > 1 ? "s" : ""} de séance écrit${n > 1 ? "s" : ""} dans ${join(outDir, "dossiers")}/\n` +
      result.written
        .map(
          (w) =>
            `  ${w.seance} : ${w.parts} pièce${w.parts > 1 ? "s" : ""}, ${w.pages} pages${w.drafts > 0 ? `, dont ${w.drafts} projet${w.drafts > 1 ? "s" : ""} (valeurs à compléter)` : ""} → ${w.files.join(", ")}\n`,
        )
        .join(""),
  );
  return 0;
}
