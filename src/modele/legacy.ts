// Old mail-merge models (`--correspondances FICHIER.yaml`): Word's merge fields (MERGEFIELD) and
// the « «Champ» » typed as text in the seeds' origin become values, by a mapping file
// « Montant_financier_prévu_solidarité: montants.total.chiffres ». Every field the mapping
// leaves out is listed at once.
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { closest } from "../diagnostics/suggest.ts";
import { parseYaml } from "../load/parse-yaml.ts";
import { readSource } from "../load/source.ts";
import { paragraphText, type WordBlock, type WordParagraph, type WordRun } from "./word.ts";

/** « «Champ» » typed as text: a field name between guillemets, with no space inside. */
const TYPED_FIELD = /«([\p{L}\p{N}_]+)»/gu;

/** The mapping file → field name → value path; or its diagnostics (positions in the YAML). */
export function readMapping(path: string): {
  value?: Map<string, string>;
  diagnostics: Diagnostic[];
} {
  const source = readSource(path, path);
  if ("code" in source) return { diagnostics: [source] };
  const parsed = parseYaml(source);
  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics };
  const tree = parsed.value.tree;
  const fail = (message: string, key?: string): Diagnostic => {
    const span = key === undefined ? undefined : parsed.value.locate([key], true);
    return {
      code: "TYPE_INVALIDE",
      severity: "error",
      file: path,
      ...(span ? { start: span.start } : {}),
      message,
    };
  };
  if (tree === undefined || typeof tree !== "object" || Array.isArray(tree)) {
    return {
      diagnostics: [
        fail(
          "le fichier de correspondances associe chaque champ à une valeur : « Champ: chemin.de.la.valeur »",
        ),
      ],
    };
  }
  const map = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const [field, value] of Object.entries(tree as Record<string, unknown>)) {
    if (typeof value !== "string" || value.trim() === "")
      diagnostics.push(
        fail(`« ${field} » : une valeur du modèle attendue (montants.total.chiffres)`, field),
      );
    else map.set(field, value.trim());
  }
  return diagnostics.length > 0 ? { diagnostics } : { value: map, diagnostics };
}

/** Typed « «Champ» » turned into field runs, as Word's own merge fields are read. */
export function typedFields(blocks: readonly WordBlock[]): WordBlock[] {
  return blocks.map((b): WordBlock => {
    if (b.kind === "table")
      return {
        ...b,
        rows: b.rows.map((row) =>
          row.map((cell) => ({ ...cell, blocks: typedFields(cell.blocks) })),
        ),
      };
    return { ...b, runs: splitTyped(b.runs) };
  });
}

function splitTyped(runs: readonly WordRun[]): WordRun[] {
  // Merged first: Word may have split « «Montant_financier» » into runs.
  const out: WordRun[] = [];
  for (const run of runs) {
    if (run.role !== undefined || run.field !== undefined) {
      out.push(run);
      continue;
    }
    let last = 0;
    for (const m of run.text.matchAll(TYPED_FIELD)) {
      if (m.index > last) out.push({ ...run, text: run.text.slice(last, m.index) });
      out.push({ text: "", marks: run.marks, field: m[1] ?? "" });
      last = m.index + m[0].length;
    }
    if (last < run.text.length) out.push({ ...run, text: run.text.slice(last) });
  }
  return out;
}

/** Every field of the model the mapping leaves out, each where it first appears. */
export function unmappedFields(
  blocks: readonly WordBlock[],
  mapping: ReadonlyMap<string, string>,
  file: string,
): Diagnostic[] {
  const seen = new Map<string, number>();
  let n = 0;
  const walk = (list: readonly WordBlock[]) => {
    for (const b of list) {
      if (b.kind === "table") {
        for (const row of b.rows) for (const cell of row) walk(cell.blocks);
        continue;
      }
      n++;
      for (const run of (b as WordParagraph).runs) {
        if (run.field !== undefined && !mapping.has(run.field) && !seen.has(run.field))
          seen.set(run.field, n);
      }
    }
  };
  walk(blocks);
  return [...seen].map(([field, paragraph]) => {
    const near = closest(field, mapping.keys());
    return {
      code: "CHAMP_SANS_CORRESPONDANCE",
      severity: "error",
      file,
      message: `champ «${field}» (paragraphe ${paragraph}) absent des correspondances${near ? ` — voulez-vous dire « ${near} » ?` : ""}`,
      hint: `Ajoutez au fichier de correspondances la ligne « ${field}: chemin.de.la.valeur ».`,
    };
  });
}

/** Whether the model holds merge fields at all (then it needs --correspondances). */
export function hasFields(blocks: readonly WordBlock[]): string | undefined {
  for (const b of blocks) {
    if (b.kind === "table") {
      for (const row of b.rows)
        for (const cell of row) {
          const inner = hasFields(cell.blocks);
          if (inner) return inner;
        }
      continue;
    }
    const field = b.runs.find((r) => r.field !== undefined)?.field;
    if (field !== undefined) return `${field} (« ${paragraphText(b).slice(0, 40)} »)`;
  }
  return undefined;
}
