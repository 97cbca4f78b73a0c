// npm run bench: cold-start generation of the default acts in all three formats, time per
// document and format, peak memory; then the same on a batch 10× larger (generated data).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { scaleData } from "./scale-data.ts";

const root = new URL("..", import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), "actes-bench-"));

interface Run {
  wallMs: number;
  maxRssMb: number;
  documents: number;
  failed: number;
}

/** A fresh Node process per run: what a user pays from the command line, cold. */
function run(data: string, formats: string, jobs: number, only = ""): Run {
  const out = join(tmp, `out-${Math.random().toString(36).slice(2)}`);
  const started = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", join(root, "bench/run.ts"), data, out, formats, String(jobs), only],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  const processMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(child.stderr);
  const result = JSON.parse(child.stdout) as Run;
  return { ...result, wallMs: processMs };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function measure(label: string, data: string, repeat: number, only = ""): void {
  const jobs = Math.min(cpus().length, 8);
  const all = Array.from({ length: repeat }, () => run(data, "docx,pdf,txt", jobs, only));
  const docs = all[0]?.documents ?? 0;
  console.log(
    `\n${label} — ${docs} actes, ${jobs} processus de rendu, médiane de ${repeat} exécutions à froid`,
  );
  console.log(
    `  3 formats : ${median(all.map((r) => r.wallMs)).toFixed(0)} ms au total (processus compris), mémoire max ${median(all.map((r) => r.maxRssMb)).toFixed(0)} Mo`,
  );
  for (const format of ["docx", "pdf", "txt"]) {
    const one = Array.from({ length: repeat }, () => run(data, format, 1, only));
    const wall = median(one.map((r) => r.wallMs));
    console.log(
      `  ${format.padEnd(4)} seul, 1 processus : ${wall.toFixed(0)} ms, ${(wall / docs).toFixed(1)} ms/document (démarrage compris)`,
    );
  }
}

try {
  console.log(`actes bench — Node ${process.version}, ${cpus().length} cœurs`);
  measure("Les 25 avenants Accompagnement Global", join(root, "data"), 3, "avenant-ag");
  measure("Données par défaut", join(root, "data"), 3);
  const big = join(tmp, "x10");
  scaleData(join(root, "data"), big, 10);
  measure("Lot 10× plus grand (données générées)", big, 1);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
