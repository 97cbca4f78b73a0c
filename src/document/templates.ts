// One handlebars template per act type (templates/<type>.hbs), compiled and checked before
// anything is written: syntax, unknown helpers, unescaped output, and the markup itself
// (checked on the template source, so errors name the template's own line and column).
// The only user of handlebars.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { ACT_TYPES, type ActType } from "../act-types.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { readSource } from "../load/source.ts";
import { handWritten } from "../review/lint/template-text.ts";
import type { Value } from "./context.ts";
import { parseMarkup } from "./markup.ts";

export { ACT_TYPES };

export interface Template {
  /** The act type, or the name of a session document (deliberations/pole-emploi-spie). */
  readonly type: string;
  readonly file: string;
  /** The template text, to quote the expression an error points at. */
  readonly source: string;
  /** The shared blocks it may call (templates/partials/), by name: their text. */
  readonly partials: ReadonlyMap<string, string>;
  /** Context → markup; throws a TemplateError when the template asks for a missing value. */
  readonly render: (context: { [key: string]: Value }) => string;
}

const OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: {},
  noEscape: false,
} as const;

const PARTIAL_CALL = /\{\{>\s*([\w-]+)[^}]*\}\}/g;

/**
 * The blocks written once for every act type (templates/partials/<name>.hbs, called as
 * `{{> name …}}`): the signature block. Each is checked for syntax like a template.
 */
function loadPartials(
  dir: string,
  diagnostics: Diagnostic[],
): { partials: Map<string, string>; broken: Set<string> } {
  const partials = new Map<string, string>();
  // Blocks whose file exists but is wrong: reported once, not again at every call.
  const broken = new Set<string>();
  let names: string[];
  try {
    names = readdirSync(join(dir, "partials")).filter((f) => f.endsWith(".hbs"));
  } catch {
    return { partials, broken };
  }
  for (const name of names.sort()) {
    const file = join(dir, "partials", name);
    const read = readSource(file, file);
    if ("code" in read) {
      diagnostics.push(read);
      broken.add(name.slice(0, -".hbs".length));
      continue;
    }
    const source = read.text;
    try {
      checkSyntax(Handlebars, source);
      partials.set(name.slice(0, -".hbs".length), source);
      for (const h of handWritten(blankMustaches(source))) {
        const { line, column } = positionOf(source, h.index);
        diagnostics.push(handWrittenDiagnostic(file, h.message, line, column));
      }
    } catch (e) {
      broken.add(name.slice(0, -".hbs".length));
      const ex = e as { message: string; lineNumber?: number };
      diagnostics.push({
        code: "MODELE_INVALIDE",
        severity: "error",
        file,
        start: { line: ex.lineNumber ?? 1, column: 1 },
        message: `modèle invalide : ${ex.message.split("\n")[0]}`,
      });
    }
  }
  return { partials, broken };
}

/** Loads and checks every act template of `dir`; no template at all if any is wrong. */
export function loadTemplates(dir: string): {
  value?: Map<ActType, Template>;
  diagnostics: Diagnostic[];
} {
  return loadNamedTemplates(dir, ACT_TYPES) as {
    value?: Map<ActType, Template>;
    diagnostics: Diagnostic[];
  };
}

/**
 * Loads and checks the templates `<dir>/<name>.hbs` (an act type, or a session document such as
 * `deliberations/pole-emploi-spie`), with the shared blocks; none if any is wrong.
 */
export function loadNamedTemplates(
  dir: string,
  names: readonly string[],
): {
  value?: Map<string, Template>;
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const templates = new Map<string, Template>();
  const hb = Handlebars.create();
  const { partials, broken } = loadPartials(dir, diagnostics);
  for (const [name, source] of partials) hb.registerPartial(name, source);
  for (const type of names) {
    const file = join(dir, `${type}.hbs`);
    const error = (message: string, line?: number, column?: number): Diagnostic => ({
      code: "MODELE_INVALIDE",
      severity: "error",
      file,
      ...(line === undefined ? {} : { start: { line, column: column ?? 1 } }),
      message,
    });
    // Read like a data file: UTF-8 checked (a bad byte is named by line and column), size
    // capped, regular files only.
    const read = readSource(file, file);
    if ("code" in read) {
      diagnostics.push(
        read.code === "FICHIER_ILLISIBLE" && read.found === "ENOENT"
          ? { ...error(`modèle absent pour ${type}`), code: "FICHIER_MANQUANT" }
          : read,
      );
      continue;
    }
    const source = read.text;
    const unescaped = /\{\{\{|\{\{&/.exec(source);
    if (unescaped) {
      const { line, column } = positionOf(source, unescaped.index);
      diagnostics.push(
        error("sortie non échappée ({{{ … }}} ou {{& … }}) interdite", line, column),
      );
    }
    try {
      checkSyntax(hb, source);
    } catch (e) {
      const ex = e as { message: string; lineNumber?: number; column?: number };
      const line = ex.lineNumber ?? Number(/line (\d+)/.exec(ex.message)?.[1] ?? 1);
      diagnostics.push(
        error(`modèle invalide : ${ex.message.split("\n")[0]}`, line, (ex.column ?? 0) + 1),
      );
      continue;
    }
    for (const call of source.matchAll(PARTIAL_CALL)) {
      if (partials.has(call[1] ?? "") || broken.has(call[1] ?? "")) continue;
      const { line, column } = positionOf(source, call.index);
      diagnostics.push(
        error(`bloc commun inconnu « ${call[1]} » (templates/partials/)`, line, column),
      );
    }
    const expanded = inlinePartials(source, partials);
    for (const m of parseMarkup(blankMustaches(expanded), { staticCheck: true }).errors) {
      diagnostics.push(error(m.message, m.line, m.column + 1));
    }
    // The template's own text (comments and expressions blanked, positions kept): what it
    // types by hand instead of taking it from the data.
    for (const h of handWritten(blankMustaches(source))) {
      const { line, column } = positionOf(source, h.index);
      diagnostics.push(handWrittenDiagnostic(file, h.message, line, column));
    }
    const compiled = hb.compile(source, OPTIONS);
    templates.set(type, {
      type,
      file,
      source,
      partials,
      render: (context) => compiled(context),
    });
  }
  return diagnostics.length > 0 ? { diagnostics } : { value: templates, diagnostics };
}

/**
 * Why: what `precompile` checked (syntax, unknown helpers under knownHelpersOnly) without the
 * JavaScript it generates: that is half of loading the templates, and `compile` generates it
 * again, lazily, for the templates a run uses. Throws handlebars' own errors, with their line.
 */
function checkSyntax(hb: typeof Handlebars, source: string): void {
  // precompile's own steps before code generation, `data` defaulted as it does; the parse
  // options it passes on (srcName, ignoreStandalone) are not among ours. The Compiler is
  // public (Handlebars.Compiler) but absent from the bundled types.
  const { Compiler } = hb as unknown as { Compiler: new () => HandlebarsCompiler };
  new Compiler().compile(hb.parse(source), { ...OPTIONS, data: true });
}

interface HandlebarsCompiler {
  compile(program: hbs.AST.Program, options: object): unknown;
}

/**
 * The template with each `{{> name}}` replaced by the partial's text on one line, so that the
 * static markup check sees the blocks and every position after them stays the template's own.
 */
function inlinePartials(source: string, partials: ReadonlyMap<string, string>): string {
  return source.replace(PARTIAL_CALL, (call, name: string) =>
    (partials.get(name) ?? call).replace(/\n/g, " "),
  );
}

/** The template with every {{…}} replaced by spaces (newlines kept): its static markup. */
export function blankMustaches(source: string): string {
  return source.replace(/\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\n]/g, " "));
}

/** The {{expression}} that starts at (line, 0-based column) of the template, e.g. "montants.total". */
export function expressionAt(source: string, line: number, column: number): string | undefined {
  const text = source.split("\n")[line - 1] ?? "";
  const open = text.lastIndexOf("{{", column);
  const close = text.indexOf("}}", column);
  if (open < 0 || close < 0) return undefined;
  return text
    .slice(open + 2, close)
    .replace(/^[#/^]/, "")
    .trim();
}

function handWrittenDiagnostic(
  file: string,
  message: string,
  line: number,
  column: number,
): Diagnostic {
  return {
    code: "VALEUR_ECRITE_A_LA_MAIN",
    severity: "error",
    file,
    start: { line, column },
    message,
  };
}

function positionOf(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/**
 * Why: `actes modele exporter` walks a template's statements (text, values, sections, shared
 * blocks) as handlebars reads them, standalone lines already stripped; handlebars stays here.
 */
export function templateStatements(source: string): hbs.AST.Program {
  return Handlebars.parse(source);
}
