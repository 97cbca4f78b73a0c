// `actes diff ANCIEN NOUVEAU`: what changed between two versions of the acts. Loads both sides
// (diff-source), compares them (diff-compare), prints and writes the outputs. Touches no
// process state: the CLI prints `stdout`/`stderr` and exits with `exitCode`.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { closest } from "../diagnostics/suggest.ts";
import { writeAtomic } from "../write/atomic.ts";
import { type Comparison, compareVersions, hasDifferences } from "./diff-compare.ts";
import { htmlReport } from "./diff-html.ts";
import { jsonReport } from "./diff-json.ts";
import { loadVersion } from "./diff-source.ts";
import { terminalReport } from "./diff-terminal.ts";
import { DIFF_HELP } from "./help.ts";

export interface DiffOptions {
  readonly html?: string;
  readonly docx?: string;
  readonly json?: boolean;
  /** Colour escapes: only when stdout is a terminal. */
  readonly color?: boolean;
  /** Templates of the data-folder sides (git revisions bring their own). */
  readonly templates?: string;
}

export interface DiffResult {
  readonly stdout: string;
  readonly stderr: string;
  /** 0 no difference, 1 differences found, 2 usage or error. */
  readonly exitCode: 0 | 1 | 2;
  /** The files written (--html, --docx), in the order written. */
  readonly files: readonly string[];
}

export const failure = (message: string): DiffResult => ({
  stdout: "",
  stderr: `${message}\n`,
  exitCode: 2,
  files: [],
});

/** Why: the whole command as a function, so tests and the CLI run the same thing in-process. */
export async function diffCommand(
  oldSpec: string,
  newSpec: string,
  options: DiffOptions = {},
): Promise<DiffResult> {
  const sources = options.templates === undefined ? {} : { templates: options.templates };
  const old = await loadVersion(oldSpec, sources);
  if ("error" in old) return failure(`actes diff : ${old.error}`);
  const next = await loadVersion(newSpec, sources);
  if ("error" in next) return failure(`actes diff : ${next.error}`);
  return await reportComparison(compareVersions(old.value, next.value), options, "diff");
}

/** What `diff` and `compare` both offer: --html, --docx, --json, colour. */
export type ReportOptions = Omit<DiffOptions, "templates">;

/**
 * Why: `diff` (two versions of the acts) and `compare` (two documents) print and write one
 * Comparison the same way. Exit code 1 when anything differs.
 */
export async function reportComparison(
  comparison: Comparison,
  options: ReportOptions,
  command: string,
): Promise<DiffResult> {
  const files: string[] = [];
  try {
    if (options.html !== undefined) {
      writeAtomic(options.html, htmlReport(comparison));
      files.push(options.html);
    }
    if (options.docx !== undefined) {
      // docxtemplater and the Word skeleton only when a DOCX is asked for.
      const { renderRedlineDocx } = await import("./redline/docx.ts");
      for (const act of comparison.acts) {
        if (act.status !== "changed") continue;
        const file = join(options.docx, `${act.id}.docx`);
        const docx = renderRedlineDocx({
          id: act.id,
          old: comparison.old,
          new: comparison.new,
          lines: act.lines,
        });
        writeAtomic(file, docx);
        files.push(file);
      }
    }
  } catch (error) {
    return {
      ...failure(`actes ${command} : écriture impossible (${(error as Error).message})`),
      files,
    };
  }
  const stdout = options.json
    ? jsonReport(comparison)
    : terminalReport(comparison, options.color === true);
  return { stdout, stderr: "", exitCode: hasDifferences(comparison) ? 1 : 0, files };
}

/**
 * Why: the arguments after `actes diff`, parsed here so the CLI only forwards them.
 * Example: await diffMain(["data", "git:HEAD", "--html", "diff.html"], process.stdout.isTTY === true).
 */
export async function diffMain(argv: readonly string[], isTTY: boolean): Promise<DiffResult> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return failure(`actes diff : ${(error as Error).message}\n\n${DIFF_HELP}`);
  }
  const { values, positionals } = parsed;
  const [oldSpec, newSpec, ...extra] = positionals;
  if (oldSpec === undefined || newSpec === undefined || extra.length > 0) {
    return failure(`actes diff : deux versions attendues, ANCIEN et NOUVEAU\n\n${DIFF_HELP}`);
  }
  return await diffCommand(oldSpec, newSpec, {
    ...(values.html === undefined ? {} : { html: values.html }),
    ...(values.docx === undefined ? {} : { docx: values.docx }),
    ...(values.modeles === undefined ? {} : { templates: values.modeles }),
    json: values.json === true,
    color: isTTY && values.json !== true,
  });
}

/** The options of `actes diff`, as node:util parseArgs takes them (for the CLI's table too). */
export const DIFF_OPTIONS = {
  html: { type: "string" },
  docx: { type: "string" },
  json: { type: "boolean" },
  modeles: { type: "string" },
} as const;

/** Why: parseArgs speaks English; the user reads « option inconnue « --htlm » — … « --html » ? ». */
function parse(argv: readonly string[]) {
  return parseOptions(argv, DIFF_OPTIONS);
}

type OptionTable = Readonly<Record<string, { readonly type: "string" | "boolean" }>>;

/** parseArgs with its errors in French, naming the closest option: shared by diff and compare. */
export function parseOptions<T extends OptionTable>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options });
  } catch (error) {
    const e = error as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(e.message)?.[1] ?? "?";
    if (e.code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const name = option.replace(/^-+/, "");
      const takes = options[name]?.type === "string";
      throw new Error(
        `l’option « ${option} » ${takes ? "attend une valeur" : "ne prend pas de valeur"}`,
      );
    }
    const near = closest(option.replace(/^-+/, ""), Object.keys(options));
    const hint = near === undefined ? "" : ` — voulez-vous dire « --${near} » ?`;
    throw new Error(`option inconnue « ${option} »${hint}`);
  }
}

export { DIFF_HELP };
