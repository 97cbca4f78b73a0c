// `actes modele exporter|importer` once its arguments are parsed (cli.ts): run, print, return
// the exit code.
import { join } from "node:path";
import type { Io } from "../cli.ts";
import { formatHuman, summaryLine } from "../diagnostics/print.ts";
import { PROJECT_DIR } from "../project-dir.ts";
import { terminalReport } from "../review/diff-terminal.ts";
import { writeAtomic } from "../write/atomic.ts";
import { exportModele, importModele } from "./command.ts";
import { MODELE_HELP } from "./help.ts";

type Values = Record<string, string | boolean | string[] | undefined>;

const text = (v: Values[string]) => (typeof v === "string" ? v : undefined);

export async function modeleMain(
  positionals: readonly string[],
  values: Values,
  io: Io,
): Promise<number> {
  const [action, target] = positionals;
  const usage = (message: string) => {
    io.err(`actes modele : ${message}\n\n${MODELE_HELP}`);
    return 2;
  };
  if (action !== "exporter" && action !== "importer")
    return usage(
      action === undefined ? "exporter ou importer ?" : `« ${action} » : exporter ou importer`,
    );
  if (target === undefined)
    return usage(action === "exporter" ? "quel type d’acte ?" : "quel document .docx ?");
  const templatesDir = text(values.templates) ?? join(PROJECT_DIR, "templates");
  const refuse = (
    diagnostics: Parameters<typeof formatHuman>[0],
    sources: ReadonlyMap<string, string> = new Map(),
  ) => {
    io.err(
      `${formatHuman(diagnostics, sources)}\n\n${summaryLine(diagnostics)} — rien n'est écrit\n`,
    );
    return 1;
  };
  if (action === "exporter") {
    const result = exportModele(target, templatesDir);
    if ("usage" in result) return usage(result.usage);
    if ("diagnostics" in result) return refuse(result.diagnostics);
    const out = text(values.out) ?? `${target}.docx`;
    writeAtomic(out, result.bytes);
    io.out(`✔ ${out} écrit : le modèle ${target}, ${result.paragraphs} paragraphes\n`);
    return 0;
  }
  const result = importModele({
    file: target,
    ...(text(values.type) ? { type: text(values.type) } : {}),
    ...(text(values.correspondances) ? { correspondances: text(values.correspondances) } : {}),
    ecrire: values.ecrire === true,
    templatesDir,
    dataDir: text(values.donnees) ?? join(PROJECT_DIR, "data"),
  } as Parameters<typeof importModele>[0]);
  if ("usage" in result) return usage(result.usage);
  if ("diagnostics" in result) return refuse(result.diagnostics, result.sources);
  const changed = result.acts.filter((a) => a.status === "changed");
  if (changed.length > 0) {
    io.out(
      terminalReport(
        { old: `templates/${result.type}.hbs`, new: target, acts: result.acts },
        io.isTTY,
      ),
    );
  }
  const n = result.acts.length;
  io.out(
    `${changed.length === 0 ? "✔ le texte des actes ne change pas" : `✔ le texte de ${changed.length} acte${changed.length > 1 ? "s" : ""} sur ${n} change`} (${result.type}) — ${
      result.written ? `${result.written} écrit` : "rien n'est écrit (--ecrire l'écrit)"
    }\n`,
  );
  return 0;
}
