// npm run bench: what a DPID user waits for. For the 25 AG avenants, the 33 default acts and
// a batch 10× larger (generated data): wall time of a cold run in a fresh process (all three
// formats, one and two render threads), peak memory, and the warm cost of each format per
// document. Run it on a quiet machine: other load changes every figure.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { scaleData } from "./scale-data.ts";

const root = new URL("..", import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), "actes-bench-"));

function node(script: string, args: string[]): string {
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", join(root, script), ...args],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  return child.stdout;
}

interface Cold {
  wallMs: number;
  maxRssMb: number;
  documents: number;
}

/** A cold run in a fresh process, timed from outside (process start included). */
function cold(data: string, jobs: number, only: string): Cold {
  const out = join(tmp, `out-${Math.random().toString(36).slice(2)}`);
  const started = process.hrtime.bigint();
  const result = JSON.parse(
    node("bench/run.ts", [data, out, "docx,pdf,txt", String(jobs), only]),
  ) as Cold;
  rmSync(out, { recursive: true, force: true });
  return { ...result, wallMs: Number(process.hrtime.bigint() - started) / 1e6 };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function measure(
  label: string,
  data: string,
  repeat: number,
  only = "",
): { msPerDoc: number; rss: number } {
  const jobs = Math.min(availableParallelism(), 8);
  const two = Array.from({ length: repeat }, () => cold(data, jobs, only));
  const one = Array.from({ length: repeat }, () => cold(data, 1, only));
  const warm = JSON.parse(node("bench/per-format.ts", [data, only])) as {
    docs: number;
    msPerDoc: Record<string, number>;
    heapBefore: number;
    heapAfter: number;
  };
  const docs = two[0]?.documents ?? 0;
  const wall = median(two.map((r) => r.wallMs));
  const rss = Math.max(...two.map((r) => r.maxRssMb));
  console.log(`\n${label} : ${docs} actes × 3 formats (médiane de ${repeat} exécutions à froid)`);
  console.log(`  ${jobs} fils de rendu : ${wall.toFixed(0)} ms ; mémoire max ${rss.toFixed(0)} Mo`);
  console.log(
    `  1 fil de rendu : ${median(one.map((r) => r.wallMs)).toFixed(0)} ms ; mémoire max ${Math.max(...one.map((r) => r.maxRssMb)).toFixed(0)} Mo`,
  );
  console.log(
    `  à chaud, par document : ${Object.entries(warm.msPerDoc)
      .map(([f, ms]) => `${f} ${ms.toFixed(1)} ms`)
      .join(", ")}`,
  );
  console.log(
    `  tas vivant (après GC) : ${warm.heapBefore.toFixed(0)} Mo avant le rendu, ${warm.heapAfter.toFixed(0)} Mo après les ${warm.docs} actes`,
  );
  return { msPerDoc: wall / docs, rss };
}

/** A cold `actes …` in a fresh process, as a user types it: median wall time of `repeat` runs. */
function command(args: string[], repeat = 3): number {
  const times = Array.from({ length: repeat }, () => {
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, [join(root, "bin", "actes.js"), ...args], {
      cwd: root,
      encoding: "utf8",
    });
    if (child.status === 2) throw new Error(child.stderr);
    return Number(process.hrtime.bigint() - started) / 1e6;
  });
  return median(times);
}

/**
 * The review tools on two runs of the default acts in every format, the second with one
 * partner renamed: what a legal reviewer waits for (issue 7: diff under 3 s, lint under 2 s).
 */
function review(): void {
  const data = join(root, "data");
  const renamed = join(tmp, "renamed");
  cpSync(data, renamed, { recursive: true });
  const partner = join(renamed, "partenaires", "ccas-arras.yaml");
  writeFileSync(
    partner,
    readFileSync(partner, "utf8").replace(/^nom: .*$/m, "nom: CCAS de la Ville d'Arras"),
  );
  const [before, after] = [join(tmp, "review-1"), join(tmp, "review-2")];
  command(["generate", data, "--draft", "--out", before], 1);
  command(["generate", renamed, "--draft", "--out", after], 1);
  const files = (dir: string, ext: string) =>
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(ext))
      .map((f) => join(dir, f));
  const one = files(before, ".docx")[0] ?? "";
  console.log("\nRelecture (médiane de 3 exécutions à froid, processus compris)");
  const rows: [string, string[]][] = [
    [
      "diff de deux sorties, --html et --docx",
      ["diff", before, after, "--html", join(tmp, "d.html"), "--docx", join(tmp, "d")],
    ],
    ["diff de deux dossiers de données", ["diff", data, renamed]],
    [`lint des ${files(before, ".txt").length} actes en texte`, ["lint", ...files(before, ".txt")]],
    [
      `lint des ${files(before, ".docx").length} actes en DOCX`,
      ["lint", ...files(before, ".docx")],
    ],
    [`lint des ${files(before, ".pdf").length} actes en PDF`, ["lint", ...files(before, ".pdf")]],
    ["compare d'un DOCX et de son PDF", ["compare", one, one.replace(/\.docx$/, ".pdf")]],
    [
      "ecarts des 24 avenants AG, --xlsx",
      ["ecarts", data, "--only", "avenant-ag", "--xlsx", join(tmp, "e.xlsx")],
    ],
    ["revue des séances", ["revue", data, "--out", before]],
  ];
  for (const [label, args] of rows) console.log(`  ${label} : ${command(args).toFixed(0)} ms`);
}

try {
  console.log(`actes bench — Node ${process.version}, ${availableParallelism()} cœurs`);
  review();
  // `npm run bench -- relecture`: the review tools only.
  if (process.argv[2] !== "relecture") scaling();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/** Generation: the 25 AG avenants, the default acts, a batch 10× larger. */
function scaling(): void {
  measure("Les 25 avenants Accompagnement Global", join(root, "data"), 3, "avenant-ag");
  const base = measure("Données par défaut", join(root, "data"), 3);
  const big = join(tmp, "x10");
  scaleData(join(root, "data"), big, 10);
  const scaled = measure("Lot 10× plus grand (données générées)", big, 1);
  console.log(
    `\nLot 10× : ${(scaled.msPerDoc / base.msPerDoc).toFixed(2)}× le temps par acte du lot par défaut ; mémoire max ${(scaled.rss / base.rss).toFixed(2)}×`,
  );
}
