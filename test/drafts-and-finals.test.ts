// Issue 6 §3 with data other than the embedded one: a signature-ready act next to drafts, a
// manifest that describes the whole out folder (and survives being damaged), a copied session
// folder, and `figures --only` as the checklist of one act.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../src/pipeline.ts";
import { actes } from "./helpers/cli.ts";
import { completeFpelFiles, DEFAULT_DATA, diagnose, withFiles } from "./helpers/dataset.ts";

const TEMPLATES = join(import.meta.dirname, "..", "templates");
const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const c of cleanups) c();
});
const data = (rel: string) => readFileSync(join(DEFAULT_DATA, rel), "utf8");

/** The embedded data where the FPEL avenant is complete: it can be signed. */
function completeFpel() {
  const made = withFiles(completeFpelFiles(), DEFAULT_DATA);
  cleanups.push(made.cleanup);
  return made.dir;
}

/** An out folder outside the data folder (inside, it would be read as a session). */
function outFolder(): string {
  const out = mkdtempSync(join(tmpdir(), "actes-out-"));
  cleanups.push(() => rmSync(out, { recursive: true, force: true }));
  return out;
}

const run = (dataDir: string, outDir: string, draft: boolean, only: string[]) =>
  generate({ dataDir, templatesDir: TEMPLATES, outDir, only, formats: ["txt"], draft, jobs: 1 });

describe("a signature-ready act next to drafts", () => {
  it("a draft run never overwrites the final; the manifest lists both with their status", async () => {
    const dir = completeFpel();
    const out = outFolder();
    const fpelFinal = join(out, "cp-2022-11-21", "avenant-fpel", "caf-pas-de-calais.txt");
    await run(dir, out, false, ["avenant-fpel"]);
    const signed = readFileSync(fpelFinal, "utf8");
    expect(signed).not.toContain("PROJET");

    const drafts = await run(dir, out, true, ["avenant-fpel", "avenant-cllaj/4aj"]);
    expect(drafts.failed).toEqual([]);
    // The complete act is written as a final again (same bytes), the incomplete one as a draft.
    expect(readFileSync(fpelFinal, "utf8")).toBe(signed);
    const cllaj = readdirSync(join(out, "cp-2022-11-21", "avenant-cllaj"));
    expect(cllaj).toEqual(["4aj.projet.txt"]);

    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(
      manifest.documents.map((d: { id: string; status: string; files: { txt: string } }) => [
        d.id,
        d.status,
        d.files.txt,
      ]),
    ).toEqual([
      ["cp-2022-11-21/avenant-cllaj/4aj", "draft", "cp-2022-11-21/avenant-cllaj/4aj.projet.txt"],
      [
        "cp-2022-11-21/avenant-fpel/caf-pas-de-calais",
        "final",
        "cp-2022-11-21/avenant-fpel/caf-pas-de-calais.txt",
      ],
    ]);
  });

  it("a later run of one act keeps the others in the manifest; a damaged manifest is rebuilt", async () => {
    const dir = completeFpel();
    const out = outFolder();
    await run(dir, out, true, ["avenant-cllaj/4aj", "avenant-cllaj/adefi"]);
    await run(dir, out, false, ["avenant-fpel"]);
    const ids = (m: { documents: { id: string }[] }) => m.documents.map((d) => d.id);
    const expected = [
      "cp-2022-11-21/avenant-cllaj/4aj",
      "cp-2022-11-21/avenant-cllaj/adefi",
      "cp-2022-11-21/avenant-fpel/caf-pas-de-calais",
    ];
    expect(ids(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")))).toEqual(expected);

    writeFileSync(join(out, "manifest.json"), "{ pas du JSON");
    await run(dir, out, false, ["avenant-fpel"]);
    const rebuilt = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(ids(rebuilt)).toEqual(expected);
    const adefi = rebuilt.documents.find((d: { id: string }) => d.id.endsWith("/adefi"));
    expect(adefi).toMatchObject({ status: "draft", amounts: { total: "20000.00" } });
  });
});

describe("a copied session folder", () => {
  it("is refused at the copy's seance.yaml, naming the original", () => {
    const { diagnostics } = diagnose(
      {
        "cp-2022-12-14/seance.yaml": data("cp-2022-12-13/seance.yaml"),
        "cp-2022-12-14/operations.yaml": data("cp-2022-12-13/operations.yaml"),
      },
      DEFAULT_DATA,
    );
    const found = diagnostics.filter((d) => d.severity === "error");
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((d) => `${d.file}:${d.start?.line}`)).toContain("cp-2022-12-14/seance.yaml:7");
    expect(found[0]?.message).toMatch(
      /en double : .*cp-2022-12-14\/seance\.yaml décrit la même séance que .*cp-2022-12-13\/seance\.yaml/,
    );
  });
});

describe("figures --only: the checklist of one act", () => {
  it("each value to complete with file:line:column, key, label and example", async () => {
    const { code, out } = await actes(["figures", "--only", "cp-2022-11-21/avenant-ag/ccas-arras"]);
    expect(code).toBe(0);
    expect(out).toContain("Pas prêt à signer — 7 valeurs à compléter :");
    expect(out).toContain(
      "[ ] data/partenaires/ccas-arras.yaml:8:8  siret — SIRET de l'avis de situation SIRENE : 14 chiffres, d'un seul tenant ou groupés 3 3 3 5 ; la clé est vérifiée. Exemple : 266 200 072 00004",
    );
    expect(out).toContain(
      "[ ] data/cp-2022-11-21/operations.yaml:28:22  avenant — Numéro de l'avenant. Exemple : 1",
    );
  });

  it("an --only that matches nothing: exit 2 with the closest partner", async () => {
    const { code, err } = await actes(["figures", "--only", "smaps"]);
    expect(code).toBe(2);
    expect(err).toContain("« samps »");
  });
});
