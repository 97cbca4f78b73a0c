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
  const out: WordRun[] = [];
  let plain: WordRun[] = [];
  const flush = () => {
    out.push(...fieldsIn(plain));
    plain = [];
  };
  for (const run of runs) {
    if (run.role === undefined && run.field === undefined) plain.push(run);
    else {
      flush();
      out.push(run);
    }
  }
  flush();
  return out;
}

/**
 * Plain runs with their « «Champ» » made field runs. Read on the runs' joined text: Word may
 * have split « «Montant_financier» » into several runs (each piece keeps its own formatting).
 */
function fieldsIn(runs: readonly WordRun[]): WordRun[] {
  const chars = runs.flatMap((run) => [...run.text].map((ch) => ({ ch, marks: run.marks })));
  const text = chars.map((c) => c.ch).join("");
  const out: WordRun[] = [];
  const pushText = (from: number, to: number) => {
    for (const c of chars.slice(from, to)) {
      const last = out[out.length - 1];
      if (last && last.field === undefined && last.marks === c.marks)
        out[out.length - 1] = { ...last, text: last.text + c.ch };
      else out.push({ text: c.ch, marks: c.marks });
    }
  };
  let last = 0;
  // Indexes in code points: the same as `chars`.
  const points = (i: number) => [...text.slice(0, i)].length;
  for (const m of text.matchAll(TYPED_FIELD)) {
    const start = points(m.index);
    pushText(last, start);
    out.push({ text: "", marks: chars[start]?.marks ?? {}, field: m[1] ?? "" });
    last = start + [...m[0]].length;
  }
  pushText(last, chars.length);
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
