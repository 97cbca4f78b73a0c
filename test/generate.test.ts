// `actes generate` end to end: the 33 acts of the default data, their manifest, the golden
// canonical texts, gaps that block the final version, determinism, atomic writes, real
// consumers (pdftotext, qpdf, LibreOffice) when installed.
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../src/pipeline.ts";
import type { Format } from "../src/write/manifest.ts";
import { typo } from "./format/typo.ts";
import { DEFAULT_DATA, ONE_OF_EACH, withFiles } from "./helpers/dataset.ts";

const ROOT = join(import.meta.dirname, "..");
const TEMPLATES = join(ROOT, "templates");
const tmp = mkdtempSync(join(tmpdir(), "actes-generate-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const has = (bin: string) => spawnSync("sh", ["-c", `command -v ${bin}`]).status === 0;
const LEFTOVERS = /undefined|NaN|\bX{2,}\b|\bxx+\b|«[^\s«»]+»|\[object Object\]/;

async function run(
  out: string,
  options: { only?: string[]; formats?: Format[]; draft?: boolean; data?: string } = {},
) {
  return generate({
    dataDir: options.data ?? DEFAULT_DATA,
    templatesDir: TEMPLATES,
    outDir: join(tmp, out),
    only: options.only ?? [],
    formats: options.formats ?? ["txt"],
    draft: options.draft ?? true,
    jobs: 1,
  });
}

/** The canonical text of the one act `only` selects, read where the run says it wrote it. */
async function textOf(out: string, only: string[], options: { data?: string } = {}) {
  const result = await run(out, { only, ...options });
  expect(result.written.map((w) => w.id)).toHaveLength(1);
  return readFileSync(join(tmp, out, result.written[0]?.files.txt ?? ""), "utf8");
}

describe("actes generate", () => {
  it("writes the 39 acts of the default data and their manifest (drafts but one)", async () => {
    const result = await run("all");
    expect(result.failed).toEqual([]);
    expect(result.written).toHaveLength(39);
    const manifest = JSON.parse(readFileSync(join(tmp, "all", "manifest.json"), "utf8"));
    expect(manifest.documents).toHaveLength(39);
    expect(
      manifest.documents.find(
        (d: { id: string }) => d.id === "cp-2022-11-21/avenant-ag/ccas-bethune",
      ),
    ).toMatchObject({
      type: "avenant-ag",
      partner: { id: "ccas-bethune", name: "Centre Communal d'Action Sociale de Béthune" },
      amounts: { total: "27500.00", advance: "22000.00", balance: "5500.00" },
      files: { txt: "cp-2022-11-21/avenant-ag/ccas-bethune.projet.txt" },
      status: "draft",
    });
    // 25 AG lines, SAMPS's two (Arrageois, Lens Liévin) in one avenant; drafts named .projet.
    const ag = readdirSync(join(tmp, "all", "cp-2022-11-21", "avenant-ag"));
    expect(ag).toHaveLength(24);
    expect(ag.every((f) => f.endsWith(".projet.txt"))).toBe(true);
    expect(readdirSync(join(tmp, "all", "cp-2022-11-21", "avenant-cllaj"))).toHaveLength(6);
    // Every act lacks a value of the seeds but the EURASANTE avenant de durée, whose data the
    // seed gives in full: it is written ready to sign, the others as drafts.
    const finals = manifest.documents.filter((d: { status: string }) => d.status === "final");
    expect(finals.map((d: { id: string }) => d.id)).toEqual([
      "cp-2022-11-21/avenant-duree/eurasante",
    ]);
    for (const d of manifest.documents) {
      const text = readFileSync(join(tmp, "all", d.files.txt), "utf8");
      expect(text).not.toMatch(LEFTOVERS);
      if (d.status === "draft") expect(text).toContain("PROJET");
      else expect(text).not.toContain("PROJET");
    }
  });

  it("the AG avenant says the amount, its words, the advance and the bilan date", async () => {
    const text = await textOf("ag", ["cp-2022-11-21/avenant-ag/ccas-bethune"]);
    expect(text).toContain(
      typo("montant maximum de 27 500,00 € (vingt-sept mille cinq cents euros)"),
    );
    expect(text).toContain(typo("Versement d’une avance de 22 000,00 € (80 %)"));
    // Seed 003 annexe 8 wrote « au plus tard le 31 janvier 2023 » for a period ending on
    // 31/12/2023: the engine computes one month after the end.
    expect(text).toContain("au plus tard le 31 janvier 2024");
    expect(text).toContain("du 1er décembre 2022 au 31 décembre 2023 inclus");
    // Seed 003 annexe 8 had two « Article 4 »: articles are numbered by the engine.
    const articles = [...text.matchAll(/^Article (\d+)/gm)].map((m) => Number(m[1]));
    expect(articles).toEqual(articles.map((_, i) => i + 1));
  });

  it("the Pôle emploi convention cites the CP of 13 December 2022 only (seed 002 said 12)", async () => {
    const text = await textOf("pe", ["convention-pole-emploi-autonomie"]);
    expect(text).toContain("13 décembre 2022");
    expect(text).not.toContain("12 décembre 2022");
    expect(text).toContain(typo("198 000,00 €"));
    expect(text).toContain("12 mois à compter du 1er janvier 2023");
  });

  it("the FPEL avenant names the CAF director the same way everywhere (seed 003 annexe 6 did not)", async () => {
    const text = await textOf("fpel", ["avenant-fpel"]);
    expect(text.match(/BURGER/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).not.toMatch(/Jean BURGER/);
    expect(text).toContain(typo("500 000,00 €"));
  });

  // File snapshots: under CI a missing golden fails (nothing new is written); elsewhere a new
  // one is written for review, and a changed one is accepted with `npx vitest run -u` only.
  it.each(ONE_OF_EACH)("golden canonical text: %s", async (id) => {
    const result = await run(`golden-${id.replace("/", "-")}`, { only: [id] });
    const [entry] = result.written;
    expect(entry?.id).toBe(id);
    const text = readFileSync(
      join(tmp, `golden-${id.replace("/", "-")}`, entry?.files.txt ?? ""),
      "utf8",
    );
    await expect(text).toMatchFileSnapshot(join(ROOT, "test", "golden", `${entry?.type}.txt`));
  });

  it("a value still to complete blocks the signature-ready act, and says which", async () => {
    const result = await run("final", {
      draft: false,
      only: ["cp-2022-11-21/avenant-ag/ccas-bethune"],
    });
    expect(result.written).toEqual([]);
    expect(result.failed.map((f) => f.id)).toEqual(["cp-2022-11-21/avenant-ag/ccas-bethune"]);
    const [d] = result.failed[0]?.diagnostics ?? [];
    expect(d?.code).toBe("VALEUR_A_COMPLETER");
    expect(d?.message).toContain("SIRET de CCAS de Béthune");
    expect(JSON.parse(readFileSync(join(tmp, "final", "manifest.json"), "utf8"))).toEqual({
      documents: [],
      unknown: [],
    });
  });

  it("one failing act does not stop the others", async () => {
    // A complete FPEL act (every value known) next to the incomplete ones.
    const caf = readFileSync(
      join(DEFAULT_DATA, "partenaires", "caf-pas-de-calais.yaml"),
      "utf8",
    ).replace("siret: À COMPLÉTER", "siret: 73282932000074");
    const ops = readFileSync(
      join(DEFAULT_DATA, "cp-2022-11-21", "operations.yaml"),
      "utf8",
    ).replace(
      "convention: { numero: À COMPLÉTER, date: 2020-12-08 }\n            avenant: À COMPLÉTER",
      "convention: { numero: 2020-01234, date: 2020-12-08 }\n            avenant: 2",
    );
    const { dir, cleanup } = withFiles(
      { "partenaires/caf-pas-de-calais.yaml": caf, "cp-2022-11-21/operations.yaml": ops },
      DEFAULT_DATA,
    );
    try {
      const result = await run("mixed", {
        data: dir,
        draft: false,
        only: ["avenant-fpel", "avenant-cllaj"],
      });
      expect(result.written.map((w) => w.id)).toEqual([
        "cp-2022-11-21/avenant-fpel/caf-pas-de-calais",
      ]);
      expect(result.failed).toHaveLength(6);
      // A signature-ready act keeps the plain name; only drafts are « .projet ».
      const text = readFileSync(
        join(tmp, "mixed", "cp-2022-11-21", "avenant-fpel", "caf-pas-de-calais.txt"),
        "utf8",
      );
      expect(text).not.toContain("PROJET");
      expect(text).not.toContain("À COMPLÉTER");
    } finally {
      cleanup();
    }
  });

  it("an output folder that cannot be written fails each act, with a French message", async () => {
    const blocker = join(tmp, "not-a-folder");
    writeFileSync(blocker, "");
    const result = await generate({
      dataDir: DEFAULT_DATA,
      templatesDir: TEMPLATES,
      outDir: blocker,
      only: ["avenant-fpel"],
      formats: ["txt"],
      draft: true,
      jobs: 1,
    });
    expect(result.written).toEqual([]);
    expect(result.failed.map((f) => f.id)).toEqual([
      "cp-2022-11-21/avenant-fpel/caf-pas-de-calais",
      "manifest.json",
    ]);
    expect(result.failed[0]?.diagnostics[0]?.message).toMatch(
      /^cp-2022-11-21\/avenant-fpel\/caf-pas-de-calais : écriture impossible/,
    );
  });

  it("the next run removes the temporary files a killed run left, and never lists them", async () => {
    const out = join(tmp, "leftovers");
    // What a run killed between a write and its rename leaves.
    const stale = ["cp-2022-11-21/avenant-ag/ccas-arras.pdf.2650468937", "manifest.json.17"];
    const kept = ["cp-2022-11-21/avenant-ag/notes.pdf.v2", "cp-2022-11-21/avenant-ag/2023.txt"];
    for (const rel of [...stale, ...kept]) {
      mkdirSync(dirname(join(out, rel)), { recursive: true });
      writeFileSync(join(out, rel), "%PDF-1.7 trunc");
    }
    const result = await run("leftovers", { only: ["avenant-fpel"] });
    expect(result.removed).toEqual(stale.sort());
    for (const rel of stale) expect(existsSync(join(out, rel)), rel).toBe(false);
    for (const rel of kept) expect(existsSync(join(out, rel)), rel).toBe(true);
    const manifest = readFileSync(join(out, "manifest.json"), "utf8");
    expect(manifest).not.toMatch(/\.(pdf|json)\.\d+/);
    expect(JSON.parse(manifest).documents.map((d: { id: string }) => d.id)).toEqual([
      "cp-2022-11-21/avenant-fpel/caf-pas-de-calais",
    ]);
  });

  describe.skipIf(!has("pdftotext") || !has("qpdf"))("PDF read back by poppler and qpdf", () => {
    it("every figure is in the PDF, no leftovers, qpdf --check passes", async () => {
      const result = await run("pdf", { only: ONE_OF_EACH, formats: ["pdf"] });
      for (const entry of result.written) {
        const path = join(tmp, "pdf", entry.files.pdf ?? "");
        execFileSync("qpdf", ["--check", path]);
        const text = execFileSync("pdftotext", ["-layout", path, "-"], {
          encoding: "utf8",
        }).replace(/[\u00a0\u202f]/g, " ");
        const total = Number(entry.amounts.total)
          .toLocaleString("fr-FR", { minimumFractionDigits: 2 })
          .replace(/[\u00a0\u202f]/g, " ");
        // An act that moves no money (an avenant de durée) prints no amount.
        if (entry.amounts.total === "0.00") expect(text, entry.id).not.toMatch(/\d €/);
        else expect(text, entry.id).toContain(`${total} €`);
        expect(text).not.toMatch(LEFTOVERS);
        expect(text).toMatch(/Page 1 \/ \d+/);
      }
    });
  });
});
