// npm run bench: what a DPID user waits for, against the targets of issue 11. Every figure is
// a cold `actes …` in a fresh process, as a user types it (node bin/actes.js, start-up
// included), all three formats: the 25 AG avenants, the default acts, a batch 30× larger
// (generated data, ≈ 1 000 acts) with its peak memory, `validate` and `figures`; LibreOffice
// converting the same AG DOCX to PDF in the same run, interleaved, for the ratio; and where the
// time of a cold run goes (timing spans, src/timing.ts). The machine is shared: only medians
// and ratios measured side by side mean something.
//
//   npm run bench                  everything
//   npm run bench -- objectifs     the targets of issue 11 only
//   npm run bench -- relecture     the review tools only
//   npm run bench -- dossier       the session dossiers only (issue 10)
//   npm run bench -- objectifs --repeat 7 --scale 10
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { scaleData } from "./scale-data.ts";

const root = new URL("..", import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), "actes-bench-"));
const BIN = join(root, "bin", "actes.js");
const SPANS = join(root, "bench", "spans.mjs");

const { values: opts, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { repeat: { type: "string" }, scale: { type: "string" } },
});
const REPEAT = Number(opts.repeat ?? 5);
const SCALE = Number(opts.scale ?? 30);
const sections = new Set(
  positionals.length > 0 ? positionals : ["objectifs", "dossier", "relecture"],
);

interface Run {
  wallMs: number;
  maxRssMb: number;
  exitMs: number;
  spans: [name: string, start: number, end: number][];
}

/** One cold `actes ARGS` in a fresh process: wall time from outside, spans and RSS from inside. */
function actes(args: string[], ok: readonly number[] = [0]): Run {
  const file = join(tmp, `spans-${Math.random().toString(36).slice(2)}.json`);
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["--import", SPANS, BIN, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ACTES_SPANS: file },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (!ok.includes(child.status ?? -1))
    throw new Error(`actes ${args.join(" ")} : ${child.stderr}`);
  const inside = JSON.parse(readFileSync(file, "utf8")) as Omit<Run, "wallMs">;
  rmSync(file);
  return { ...inside, wallMs };
}

/** A cold generation of DATA (all three formats, drafts allowed) into a fresh folder. */
function generate(data: string, only: string[] = [], keep?: string): Run {
  const out = keep ?? join(tmp, `out-${Math.random().toString(36).slice(2)}`);
  const run = actes([
    "generate",
    data,
    "--draft",
    "--out",
    out,
    ...only.flatMap((o) => ["--only", o]),
  ]);
  if (keep === undefined) rmSync(out, { recursive: true, force: true });
  return run;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const ms = (value: number) => `${Math.round(value).toLocaleString("fr-FR")} ms`;
const mb = (value: number) => `${Math.round(value)} Mo`;
const met = (ok: boolean) => (ok ? "atteint" : "NON atteint");

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));
}

/** LibreOffice converting DOCX to PDF in a fresh process, with a profile of its own. */
function libreOffice(docx: string[], profile: string): number {
  const out = join(tmp, `lo-${Math.random().toString(36).slice(2)}`);
  const started = process.hrtime.bigint();
  const child = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      out,
      ...docx,
    ],
    { encoding: "utf8" },
  );
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const pdfs = existsSync(out) ? files(out, ".pdf").length : 0;
  rmSync(out, { recursive: true, force: true });
  if (child.status !== 0 || pdfs !== docx.length)
    throw new Error(`soffice : ${pdfs}/${docx.length} PDF (${child.stderr})`);
  return wallMs;
}

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

/** The rows of issue 11, interleaved so that a busy moment of the machine hits all of them. */
function targets(): void {
  const data = join(root, "data");
  const ag = ["avenant-ag"];
  // The AG DOCX that LibreOffice converts: those of a first run, which also warms the disk cache.
  const first = join(tmp, "ag");
  const firstRun = generate(data, ag, first);
  const docx = files(first, ".docx");
  const profile = join(tmp, "lo-profile");
  // LibreOffice's first start creates its profile (many seconds): not timed, as for a user.
  if (hasSoffice) libreOffice(docx.slice(0, 1), profile);
  const rows = {
    ag: [] as Run[],
    defaut: [] as Run[],
    validate: [] as Run[],
    figures: [] as Run[],
  };
  const lo: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    rows.ag.push(generate(data, ag));
    if (hasSoffice) lo.push(libreOffice(docx, profile));
    rows.defaut.push(generate(data));
    rows.validate.push(actes(["validate", data]));
    rows.figures.push(actes(["figures", data]));
  }
  const big = join(tmp, `x${SCALE}`);
  scaleData(data, big, SCALE);
  const scaled = generate(big);
  // Acts written: render spans stay in the worker threads of a large batch, writes do not.
  const count = (run: Run) => run.spans.filter((s) => s[0] === "écriture").length;
  const wall = (runs: Run[]) => median(runs.map((r) => r.wallMs));
  const rss = (runs: Run[]) => Math.max(...runs.map((r) => r.maxRssMb));

  console.log(
    `\nObjectifs (issue 11) : exécutions à froid de bin/actes.js, trois formats, --draft ; médianes de ${REPEAT} exécutions entrelacées (lot ${SCALE}× : 1 exécution)`,
  );
  const table: [string, string, number, number, string][] = [
    [
      `${count(firstRun)} avenants AG`,
      "≤ 1 500 ms",
      wall(rows.ag),
      rss(rows.ag),
      met(wall(rows.ag) <= 1500),
    ],
    [
      `${count(rows.defaut[0] as Run)} actes par défaut`,
      "≤ 1 800 ms",
      wall(rows.defaut),
      rss(rows.defaut),
      met(wall(rows.defaut) <= 1800),
    ],
    [
      `${count(scaled)} actes (données ${SCALE}×)`,
      "≤ 40 000 ms, ≤ 300 Mo",
      scaled.wallMs,
      scaled.maxRssMb,
      met(scaled.wallMs <= 40_000 && scaled.maxRssMb <= 300),
    ],
    [
      "validate",
      "≤ 300 ms",
      wall(rows.validate),
      rss(rows.validate),
      met(wall(rows.validate) <= 300),
    ],
    ["figures", "≤ 300 ms", wall(rows.figures), rss(rows.figures), met(wall(rows.figures) <= 300)],
  ];
  for (const [label, target, time, memory, verdict] of table) {
    console.log(
      `  ${label.padEnd(28)} ${ms(time).padStart(10)}  RSS max ${mb(memory).padStart(7)}  objectif ${target.padEnd(22)} ${verdict}`,
    );
  }
  const perAct = (run: Run) => run.wallMs / count(run);
  console.log(
    `  linéarité : ${(perAct(scaled) / median(rows.defaut.map(perAct))).toFixed(2)}× le temps par acte du lot par défaut (${ms(perAct(scaled))} contre ${ms(median(rows.defaut.map(perAct)))})`,
  );
  if (hasSoffice) {
    const ratio = wall(rows.ag) / median(lo);
    console.log(
      `  LibreOffice (soffice --headless --convert-to pdf) des ${docx.length} mêmes DOCX : ${ms(median(lo))} ; rapport actes / LibreOffice ${ratio.toFixed(2)} (objectif ≤ 0,25 : ${met(ratio <= 0.25)})`,
    );
  } else console.log("  LibreOffice absent (soffice introuvable) : rapport non mesuré");
  breakdown(rows.ag);
}

/** Where the time of a cold run of the AG avenants goes: median of each part over the runs. */
function breakdown(runs: Run[], what = "des avenants AG"): void {
  const part = (run: Run) => {
    const sum = (name: string) =>
      run.spans.filter((s) => s[0] === name).reduce((t, s) => t + s[2] - s[1], 0);
    const pdfs = run.spans.filter((s) => s[0] === "pdf");
    const load = run.spans.find((s) => s[0] === "chargement");
    const firstPdf = pdfs[0] ? pdfs[0][2] - pdfs[0][1] : 0;
    const accounted = [
      "chargement",
      "construction",
      "pdf",
      "fusion",
      "sommaire",
      "docx",
      "txt",
      "écriture",
      "manifeste",
    ];
    // The dossier's parts are rendered inside « rendu des pièces » (in this thread: its « pdf »
    // spans; on workers: none), so only what it holds besides them is added.
    const parts = Math.max(0, sum("rendu des pièces") - sum("pdf"));
    const inGenerate = accounted.reduce((t, name) => t + sum(name), 0) + parts;
    const startUp = load?.[1] ?? 0;
    return {
      "démarrage (processus → lecture des données)": startUp,
      "chargement et validation des données": sum("chargement"),
      "construction des documents (modèles, lint)": sum("construction"),
      "premier PDF": firstPdf,
      [`${pdfs.length - 1} PDF suivants`]: sum("pdf") - firstPdf,
      [`${run.spans.filter((s) => s[0] === "docx").length} DOCX`]: sum("docx"),
      textes: sum("txt"),
      ...(run.spans.some((s) => s[0] === "fusion")
        ? {
            "PDF des pièces sur les fils de rendu": parts,
            "sommaire (mis en page jusqu'à son nombre de pages)": sum("sommaire"),
            "fusion des PDF (signets, numéros de page)": sum("fusion"),
          }
        : {}),
      "écritures (fichiers, vidages, manifeste)": sum("écriture") + sum("manifeste"),
      "reste (jusqu'à la sortie du processus)": run.wallMs - startUp - inGenerate,
    };
  };
  const parts = runs.map(part);
  const total = median(runs.map((r) => r.wallMs));
  console.log(`\nDétail d'une exécution à froid ${what} (médianes ; total ${ms(total)})`);
  for (const name of Object.keys(parts[0] ?? {})) {
    const value = median(parts.map((p) => p[name as keyof typeof p] ?? 0));
    const n = /^(\d+) (PDF|DOCX)/.exec(name);
    const each = n && Number(n[1]) > 0 ? ` (${(value / Number(n[1])).toFixed(1)} ms chacun)` : "";
    console.log(
      `  ${name.padEnd(46)} ${ms(value).padStart(9)}  ${((100 * value) / total).toFixed(0).padStart(3)} %${each}`,
    );
  }
}

/** A cold review command (exit 1: it found something): median wall time of `repeat` runs. */
function command(args: string[], repeat = 3): number {
  return median(Array.from({ length: repeat }, () => actes(args, [0, 1]).wallMs));
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
  generate(data, [], before);
  generate(renamed, [], after);
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
  for (const [label, args] of rows) console.log(`  ${label} : ${ms(command(args))}`);
}

/**
 * Issue 10: the dossier of the CP of 21 November 2022 (its délibérations, rapports, annexe 5 and
 * its acts, merged into one PDF, one DOCX, one text) under 5 s, cold; and every session's.
 */
function dossiers(): void {
  const data = join(root, "data");
  const run = (sessions: string[]) => {
    const out = join(tmp, `dossier-${Math.random().toString(36).slice(2)}`);
    const r = actes(["dossier", ...sessions, "--donnees", data, "--out", out]);
    rmSync(out, { recursive: true, force: true });
    return r;
  };
  run(["cp-2022-11-21"]); // the disk cache warm, as for the other rows
  const one = Array.from({ length: REPEAT }, () => run(["cp-2022-11-21"]));
  const all = Array.from({ length: REPEAT }, () => run([]));
  const wall = median(one.map((r) => r.wallMs));
  console.log(`\nDossiers de séance (médiane de ${REPEAT} exécutions à froid, processus compris)`);
  console.log(
    `  dossier du 21 novembre 2022 : ${ms(wall)} (objectif 5 000 ms : ${met(wall <= 5000)})`,
  );
  console.log(`  les 4 dossiers de séance : ${ms(median(all.map((r) => r.wallMs)))}`);
  console.log(`  mémoire (pic, 21 novembre) : ${mb(median(one.map((r) => r.maxRssMb)))}`);
  breakdown(one, "du dossier du 21 novembre 2022");
}

try {
  console.log(
    `actes bench — Node ${process.version}, ${availableParallelism()} cœurs (${cpus()[0]?.model.trim()})`,
  );
  // What `npm ci` installs: the build of the current sources, which bin/actes.js runs.
  const built = spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], {
    stdio: "inherit",
  });
  if (built.status !== 0) throw new Error("npm run build a échoué");
  if (sections.has("objectifs")) targets();
  if (sections.has("dossier")) dossiers();
  if (sections.has("relecture")) review();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
