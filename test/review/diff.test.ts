// `actes diff` between two data folders — the embedded data, and a copy where the CCAS d'Arras
// has a representative and 15 more places — and between git:HEAD and that copy (a repository
// made here, whose HEAD is the embedded data). Each version is built once (OLD and NEW are two
// builds by nature, HEAD a third); the outputs are printed from those comparisons. End-to-end
// runs (exit code, files written) are in diff-out.test.ts.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIFF_HELP, diffCommand, diffMain } from "../../src/review/diff-command.ts";
import { type Comparison, compareVersions } from "../../src/review/diff-compare.ts";
import { anchorOf, htmlReport } from "../../src/review/diff-html.ts";
import { jsonReport } from "../../src/review/diff-json.ts";
import { loadVersion, PROJECT_DIR, type Version } from "../../src/review/diff-source.ts";
import { terminalReport } from "../../src/review/diff-terminal.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const data = (rel: string) => readFileSync(join(DEFAULT_DATA, rel), "utf8");
const CHANGES: Record<string, string> = {
  "partenaires/ccas-arras.yaml": data("partenaires/ccas-arras.yaml").replace(
    "representant: À COMPLÉTER\n",
    "representant:\n  civilite: Mme\n  prenom: Marie\n  nom: DUPONT\n  fonction: Vice-Présidente\n",
  ),
  // Arras is the first allocation of the session: 55 → 70 places, the totals follow.
  "cp-2022-11-21/operations.yaml": data("cp-2022-11-21/operations.yaml")
    .replace("places: 55", "places: 70")
    .replace("total: 420720.00", "total: 424470.00")
    .replace("total: 420000.00", "total: 423750.00"),
  "cp-2022-11-21/seance.yaml": data("cp-2022-11-21/seance.yaml").replace(
    "proposition: 420720.00",
    "proposition: 424470.00",
  ),
};

// A repository whose HEAD holds the embedded data and the templates, and whose working tree
// holds the changes: git:HEAD must read the commit, not the files beside it.
const repo = mkdtempSync(join(tmpdir(), "actes-diff-repo-"));
const changed = join(repo, "data");
const git = (...args: string[]) =>
  execFileSync(
    "git",
    ["-C", repo, "-c", "user.name=actes", "-c", "user.email=actes@test.invalid", ...args],
    {
      encoding: "utf8",
    },
  );
let comparison: Comparison;
let fromHead: Comparison;
/** How many acts the embedded data gives. */
let acts: number;

const load = async (spec: string, label: string): Promise<Version> => {
  const loaded = await loadVersion(spec, { repository: repo });
  if ("error" in loaded) throw new Error(loaded.error);
  return { ...loaded.value, label };
};

beforeAll(async () => {
  cpSync(DEFAULT_DATA, changed, { recursive: true });
  cpSync(join(PROJECT_DIR, "templates"), join(repo, "templates"), { recursive: true });
  git("init", "--quiet");
  git("add", "data", "templates");
  git("commit", "--quiet", "--no-gpg-sign", "-m", "données embarquées");
  for (const [rel, text] of Object.entries(CHANGES)) writeFileSync(join(changed, rel), text);
  const status = git("status", "--porcelain");
  const next = await load(changed, "après");
  const old = await load(DEFAULT_DATA, "avant");
  acts = old.acts.size;
  expect(acts).toBeGreaterThan(30);
  comparison = compareVersions(old, next);
  fromHead = compareVersions(await load("git:HEAD", "git:HEAD"), next);
  expect(git("status", "--porcelain")).toBe(status);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const euros = (text: string) => text.replace(/ (?=\d{3})/g, "\u202f").replace(/_/g, "\u00a0");
/** The act's id, whatever prefix (a session) ids take. */
const arras = (c: Comparison) => c.acts.find((a) => a.id.endsWith("avenant-ag/ccas-arras"));
const arrasAmounts = (c: Comparison) =>
  euros(
    `  ${arras(c)?.id} : total 13 750,00_€ → 17 500,00_€, avance 11 000,00_€ → 14 000,00_€, solde 2 750,00_€ → 3 500,00_€`,
  );

describe("actes diff, data folder against data folder", () => {
  it("sums up: one act changed, its amounts before → after", () => {
    const lines = terminalReport(comparison, false).split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "Comparaison : avant → après",
      // 33 acts in the embedded data today; counted, so that a change of the data is not ours.
      `Actes : 1 modifié, 0 ajouté, 0 supprimé, ${acts - 1} inchangés (${acts} au total)`,
      euros("Total des actes : 2 838 720,00_€ → 2 842 470,00_€"),
      "Montants :",
      arrasAmounts(comparison),
    ]);
  });

  it("redlines the new representative word by word, plainly when not on a terminal", () => {
    const text = terminalReport(comparison, false);
    // No-break spaces (before « : ») read as spaces here.
    expect(text.replace(/\u00a0/g, " ")).toContain(
      "représenté par [-[À COMPLÉTER : civilité du représentant de CCAS d’Arras] [À COMPLÉTER : nom du représentant de CCAS d’Arras]-]{+Madame Marie DUPONT+}, ",
    );
    expect(text).not.toContain("\x1b[");
  });

  it("colours deletions and insertions on a terminal", () => {
    const text = terminalReport(comparison, true);
    expect(text).toContain("(\x1b[31;9m55\x1b[0m\x1b[32;4m70\x1b[0m places)");
    expect(text).not.toContain("[-");
  });

  it("shows the changed amount as <del>/<ins> in a page with no external resource", () => {
    const html = htmlReport(comparison);
    const anchor = anchorOf(arras(comparison)?.id ?? "");
    expect(anchor).toMatch(/^acte-[\w-]*avenant-ag-ccas-arras$/);
    expect(html).toContain(
      euros("montant maximum de <del>13 750,00_€</del><ins>17 500,00_€</ins>"),
    );
    expect(html).toContain(`<li class="changed"><a href="#${anchor}">`);
    expect(html).toContain(`<section id="${anchor}">`);
    expect(html.match(/<section /g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|https?:/);
  });

  it("gives the same as data with --json", () => {
    const json = JSON.parse(jsonReport(comparison));
    expect(json.summary).toEqual({
      added: 0,
      removed: 0,
      changed: 1,
      unchanged: acts - 1,
      totals: { before: "2838720.00", after: "2842470.00" },
    });
    const act = json.acts.find((a: { id: string }) => a.id === arras(comparison)?.id);
    expect(act.status).toBe("changed");
    expect(act.type).toBe("avenant-ag");
    expect(act.amounts.after).toEqual({
      total: "17500.00",
      advance: "14000.00",
      balance: "3500.00",
    });
  });
});

describe("actes diff, git:HEAD against a data folder", () => {
  it("reads data and templates as committed, not the changed working tree", () => {
    expect(terminalReport(fromHead, false).split("\n").slice(0, 5)).toEqual([
      "Comparaison : git:HEAD → après",
      `Actes : 1 modifié, 0 ajouté, 0 supprimé, ${acts - 1} inchangés (${acts} au total)`,
      euros("Total des actes : 2 838 720,00_€ → 2 842 470,00_€"),
      "Montants :",
      arrasAmounts(fromHead),
    ]);
  });

  it("an unknown revision is an error (exit 2)", async () => {
    const result = await diffCommand("git:pas-une-revision", DEFAULT_DATA);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe("actes diff : révision git inconnue : « pas-une-revision »\n");
  });
});

describe("actes diff, usage and errors (exit 2)", () => {
  it.each([[[]], [["data"]], [["a", "b", "c"]]])(
    "%j: two versions expected, then the help",
    async (argv) => {
      const result = await diffMain(argv, false);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toBe(
        `actes diff : deux versions attendues, ANCIEN et NOUVEAU\n\n${DIFF_HELP}\n`,
      );
    },
  );

  it("an unknown option, in French, with the nearest one", async () => {
    const result = await diffMain(["a", "b", "--htlm", "x"], false);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `actes diff : option inconnue « --htlm » — voulez-vous dire « --html » ?\n\n${DIFF_HELP}\n`,
    );
  });

  it.each([
    [["a", "b", "--html"], "l’option « --html » attend une valeur"],
    [["a", "b", "--json=oui"], "l’option « --json » ne prend pas de valeur"],
  ])("%j: %s", async (argv, message) => {
    const result = await diffMain(argv, false);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(`actes diff : ${message}\n\n${DIFF_HELP}\n`);
  });

  it("a side that is neither a folder nor a revision", async () => {
    const result = await diffCommand(join(repo, "nulle-part"), DEFAULT_DATA);
    expect(result).toEqual({
      stdout: "",
      stderr: `actes diff : « ${join(repo, "nulle-part")} » n’est ni un dossier ni une révision git:RÉVISION\n`,
      exitCode: 2,
      files: [],
    });
  });
});
