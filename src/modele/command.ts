// `actes modele exporter` and `actes modele importer` as functions: template → Word document,
// and Word document → checked template with the redline of what it changes in the acts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { ACT_TYPES } from "../act-types.ts";
import { computeFolder } from "../compute-folder.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { closest } from "../diagnostics/suggest.ts";
import { actContext } from "../document/context.ts";
import { loadNamedTemplates } from "../document/templates.ts";
import type { ActDiff } from "../review/diff-compare.ts";
import { writeAtomic } from "../write/atomic.ts";
import { Scopes, shapeOf } from "./allowed.ts";
import { readModelDocx } from "./docx-read.ts";
import { modelDocx } from "./docx-write.ts";
import { NOT_YET, templateExpressions, templateToWord } from "./from-template.ts";
import { disagreement, inspectTags, ourTags } from "./inspect.ts";
import { hasFields, readMapping, typedFields, unmappedFields } from "./legacy.ts";
import { describe, wordToTemplate } from "./to-template.ts";
import type { WordBlock } from "./word.ts";
import { checkCandidate, compareWording } from "./wording.ts";

export type Outcome<T> =
  | { readonly usage: string }
  | { readonly diagnostics: readonly Diagnostic[]; readonly sources?: ReadonlyMap<string, string> }
  | T;

/** Why: a type is named by the user; a typo gets « voulez-vous dire ». */
export function unknownType(type: string): string | undefined {
  if ((ACT_TYPES as readonly string[]).includes(type)) return undefined;
  const near = closest(type, ACT_TYPES);
  return `type d’acte inconnu « ${type} »${near ? ` — voulez-vous dire « ${near} » ?` : ""} (types : ${ACT_TYPES.join(", ")})`;
}

/** The act type's template as a Word document; what cannot pass through Word is an error. */
export function exportModele(
  type: string,
  templatesDir: string,
): Outcome<{ readonly bytes: Uint8Array; readonly paragraphs: number }> {
  const unknown = unknownType(type);
  if (unknown) return { usage: unknown };
  const file = join(templatesDir, `${type}.hbs`);
  const source = readFileSync(file, "utf8");
  const word = templateToWord(source);
  const refuse = (messages: readonly string[]) => ({
    diagnostics: messages.map(
      (message): Diagnostic => ({ code: "MODELE_INVALIDE", severity: "error", file, message }),
    ),
  });
  if (!word.value) return refuse(word.errors);
  // The document must give the template back: read again, written again, it is the same.
  const back = wordToTemplate(word.value, {
    scopes: new Scopes({ text: true, keys: new Map(), any: true }),
    partials: new Set(partialNames(templatesDir)),
  });
  const again = back.value === undefined ? undefined : templateToWord(back.value).value;
  if (!again || !isDeepStrictEqual(again, word.value)) {
    return refuse([
      `${NOT_YET} : le document ne redonne pas le modèle (${back.problems.map(describe).join(" ; ") || "structure changée"})`,
    ]);
  }
  return {
    bytes: modelDocx({ type, blocks: word.value }, `Modèle ${type}`),
    paragraphs: count(word.value),
  };
}

function count(blocks: readonly WordBlock[]): number {
  return blocks.reduce(
    (n, b) =>
      n + (b.kind === "paragraph" ? 1 : b.rows.flat().reduce((m, c) => m + count(c.blocks), 0)),
    0,
  );
}

export function partialNames(templatesDir: string): string[] {
  const dir = join(templatesDir, "partials");
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".hbs"))
        .map((f) => f.slice(0, -4))
    : [];
}

export interface ImportRequest {
  readonly file: string;
  readonly type?: string;
  readonly correspondances?: string;
  readonly ecrire: boolean;
  readonly templatesDir: string;
  readonly dataDir: string;
}

export interface Imported {
  readonly type: string;
  /** The template the document gives. */
  readonly source: string;
  /** Every act of the type, with the redline of those whose text changes. */
  readonly acts: readonly ActDiff[];
  /** The template file written (with --ecrire), else undefined. */
  readonly written?: string;
}

/** A Word model → its template, checked, compared with the current one, written on request. */
export function importModele(request: ImportRequest): Outcome<Imported> {
  const { file, templatesDir } = request;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { usage: `« ${file} » illisible (${(error as Error).message})` };
  }
  let model: ReturnType<typeof readModelDocx>;
  try {
    model = readModelDocx(bytes);
  } catch (error) {
    return { usage: `« ${file} » : ${(error as Error).message}` };
  }
  const type = request.type ?? model.type;
  if (type === undefined)
    return {
      usage: `« ${file} » ne dit pas de quel type d’acte il est le modèle : donnez --type TYPE`,
    };
  const unknown = unknownType(type);
  if (unknown) return { usage: unknown };
  if (request.type !== undefined && model.type !== undefined && model.type !== request.type)
    return { usage: `« ${file} » est le modèle de ${model.type}, pas de ${request.type}` };

  // docxtemplater judges the tags first; our reading must then find the same ones.
  const judged = inspectTags(bytes, model.blocks);
  const refused = (messages: readonly string[]) => ({
    diagnostics: messages.map(
      (message): Diagnostic => ({ code: "MODELE_WORD_INVALIDE", severity: "error", file, message }),
    ),
  });
  if (judged.errors) return refused(judged.errors);
  const ours = ourTags(model.blocks);
  const differ = ours && disagreement(judged.tags, ours);
  if (differ) return refused([differ]);

  let blocks = model.blocks;
  let mapping: ReadonlyMap<string, string> | undefined;
  if (request.correspondances !== undefined) {
    const read = readMapping(request.correspondances);
    if (!read.value) return { diagnostics: read.diagnostics };
    mapping = read.value;
    blocks = typedFields(blocks);
    const unmapped = unmappedFields(blocks, mapping, file);
    if (unmapped.length > 0) return { diagnostics: unmapped };
  } else {
    const field = hasFields(blocks);
    if (field)
      return {
        usage: `« ${file} » contient des champs de fusion (${field}) : donnez --correspondances FICHIER.yaml`,
      };
  }

  const computed = computeFolder(request.dataDir);
  if (!computed.value) return { diagnostics: computed.diagnostics };
  const data = computed.value;
  const currentFile = join(templatesDir, `${type}.hbs`);
  const current = loadNamedTemplates(templatesDir, [type]);
  const currentTemplate = current.value?.get(type);
  if (!currentTemplate) return { diagnostics: current.diagnostics };
  const contexts = data.acts
    .filter((a) => a.type === type)
    .map((a) => actContext(a, data.data.departement));
  const converted = wordToTemplate(blocks, {
    scopes: new Scopes(shapeOf(contexts), templateExpressions(currentTemplate.source)),
    partials: new Set(partialNames(templatesDir)),
    ...(mapping ? { mapField: (name: string) => mapping.get(name) } : {}),
  });
  if (converted.value === undefined) {
    return {
      diagnostics: converted.problems.map(
        (p): Diagnostic => ({
          code: "MODELE_WORD_INVALIDE",
          severity: "error",
          file,
          message: describe(p),
        }),
      ),
    };
  }
  const source = converted.value;
  const shownAs = `${currentFile} (depuis ${file})`;
  const checked = checkCandidate(templatesDir, type, source, shownAs);
  if (!checked.value)
    return { diagnostics: checked.diagnostics, sources: new Map([[shownAs, source]]) };
  const wording = compareWording(data, type, currentTemplate, checked.value);
  if (wording.diagnostics.length > 0)
    return { diagnostics: wording.diagnostics, sources: new Map([[shownAs, source]]) };
  if (request.ecrire) writeAtomic(currentFile, source);
  return {
    type,
    source,
    acts: wording.acts,
    ...(request.ecrire ? { written: currentFile } : {}),
  };
}
