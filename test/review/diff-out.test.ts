// `actes diff` between two out folders — one `generate` run of the embedded data (txt only), and
// a copy where one act's text and manifest amounts were changed — end to end: exit codes, the
// files written, and two runs giving the same bytes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/pipeline.ts";
import { diffCommand } from "../../src/review/diff-command.ts";
import { PROJECT_DIR } from "../../src/review/diff-source.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const tmp = mkdtempSync(join(tmpdir(), "actes-diff-out-"));
const before = join(tmp, "avant");
const after = join(tmp, "apres");
/** Arras's act as the manifest names it (its id, its text file), whatever prefix ids take. */
let arras: { id: string; txt: string };
/** How many acts the embedded data gives (33 today). */
let acts: number;
const euros = (text: string) => text.replace(/ (?=\d{3})/g, "\u202f").replace(/_/g, "\u00a0");

beforeAll(async () => {
  const result = await generate({
    dataDir: DEFAULT_DATA,
    templatesDir: join(PROJECT_DIR, "templates"),
    outDir: before,
    only: [],
    formats: ["txt"],
    draft: true,
    jobs: 1,
  });
  expect(result.failed).toEqual([]);
  acts = result.written.length;
  expect(acts).toBeGreaterThan(30);
  const entry = result.written.find((e) => e.id.endsWith("avenant-ag/ccas-arras"));
  arras = { id: entry?.id ?? "", txt: entry?.files.txt ?? "" };
  cpSync(before, after, { recursive: true });
  // As if the act had been generated with 70 places instead of 55.
  const text = readFileSync(join(after, arras.txt), "utf8");
  writeFileSync(
    join(after, arras.txt),
    text.replaceAll(euros("13 750,00_€"), euros("17 500,00_€")),
  );
  const manifest = readFileSync(join(after, "manifest.json"), "utf8");
  writeFileSync(
    join(after, "manifest.json"),
    manifest.replace('"total": "13750.00"', '"total": "17500.00"'),
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("actes diff, out folder against out folder", () => {
  it("no difference: exit 0 and the summary only", async () => {
    const result = await diffCommand(before, before);
    expect(result).toEqual({
      stdout: [
        `Comparaison : ${before} → ${before}`,
        `Actes : 0 modifié, 0 ajouté, 0 supprimé, ${acts} inchangés (${acts} au total)`,
        euros("Total des actes : 2 838 720,00_€ → 2 838 720,00_€"),
        "",
      ].join("\n"),
      stderr: "",
      exitCode: 0,
      files: [],
    });
  });

  it("one act changed: exit 1, its amounts and its redline, the page and its DOCX written", async () => {
    const html = join(tmp, "1", "diff.html");
    const docx = join(tmp, "1", "docx");
    const result = await diffCommand(before, after, { html, docx });
    expect(result.exitCode).toBe(1);
    expect(result.files).toEqual([html, join(docx, `${arras.id}.docx`)]);
    const lines = result.stdout.split("\n");
    expect(lines.slice(1, 5)).toEqual([
      `Actes : 1 modifié, 0 ajouté, 0 supprimé, ${acts - 1} inchangés (${acts} au total)`,
      euros("Total des actes : 2 838 720,00_€ → 2 842 470,00_€"),
      "Montants :",
      euros(`  ${arras.id} : total 13 750,00_€ → 17 500,00_€`),
    ]);
    expect(lines.filter((l) => l.includes("{+"))).toEqual([
      euros(
        "  l. 39  Pour la durée de la convention, le coût total de l’opération est estimé à un montant maximum de [-13 750,00_€-]{+17 500,00_€+} (treize mille sept cent cinquante euros) au titre du dispositif Accompagnement Global.",
      ),
      euros("  l. 51  Coût | [-13 750,00_€-]{+17 500,00_€+}"),
    ]);
  });

  it("two runs write byte-identical HTML and DOCX", async () => {
    const run = (n: string) =>
      diffCommand(before, after, { html: join(tmp, n, "d.html"), docx: join(tmp, n, "docx") });
    const [first, second] = [await run("a"), await run("b")];
    expect(first.files.length).toBe(2);
    first.files.forEach((file, i) => {
      expect(readFileSync(file).equals(readFileSync(second.files[i] ?? "")), file).toBe(true);
    });
  });

  it("amounts that differ in the manifests are a difference, even with the same text", async () => {
    const other = join(tmp, "solde");
    cpSync(before, other, { recursive: true });
    const manifest = readFileSync(join(other, "manifest.json"), "utf8");
    writeFileSync(
      join(other, "manifest.json"),
      manifest.replace('"balance": "2750.00"', '"balance": "2750.01"'),
    );
    const result = await diffCommand(before, other);
    expect(result.exitCode).toBe(1);
    expect(result.stdout.split("\n").slice(1, 5)).toEqual([
      `Actes : 1 modifié, 0 ajouté, 0 supprimé, ${acts - 1} inchangés (${acts} au total)`,
      euros("Total des actes : 2 838 720,00_€ → 2 838 720,00_€"),
      "Montants :",
      euros(`  ${arras.id} : solde 2 750,00_€ → 2 750,01_€`),
    ]);
  });

  it("an act without its text in the out folder is an error (exit 2)", async () => {
    const bare = join(tmp, "sans-texte");
    cpSync(before, bare, { recursive: true });
    const manifest = readFileSync(join(bare, "manifest.json"), "utf8");
    writeFileSync(
      join(bare, "manifest.json"),
      manifest.replace(`"txt": "${arras.txt}"`, '"pdf": "x.pdf"'),
    );
    const result = await diffCommand(bare, after);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `actes diff : ${bare} : ${arras.id} n’a pas de texte — générez-le avec --format txt\n`,
    );
  });
});
