// `actes dossier` end to end, read by the tools a reader uses: pdftotext (the budget table, the
// continuous page numbers), qpdf (the bookmarks, the file's soundness), the DOCX's XML; errors
// a user makes (an unknown session, an annex that is not there) and what they leave on disk.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import PizZip from "pizzip";
import { afterAll, describe, expect, it } from "vitest";
import { actes } from "../helpers/cli.ts";
import { DEFAULT_DATA, withEdited, withFiles } from "../helpers/dataset.ts";

const tmp = mkdtempSync(join(tmpdir(), "actes-dossier-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const has = (bin: string) => spawnSync(bin, ["--version"], { stdio: "ignore" }).error === undefined;
const tools = has("pdftotext") && has("qpdf");
/** pdftotext keeps U+202F and U+00A0: compare on plain spaces. */
const pageText = (pdf: string, page: number) =>
  spawnSync("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], {
    encoding: "utf8",
  }).stdout.replace(/[\u202f\u00a0]/g, " ");

interface Outline {
  title: string;
  destpageposfrom1: number;
  kids: Outline[];
}
const outlines = (pdf: string): Outline[] =>
  JSON.parse(spawnSync("qpdf", ["--json", "--json-key=outlines", pdf], { encoding: "utf8" }).stdout)
    .outlines;

describe.skipIf(!tools)("actes dossier", () => {
  const out = join(tmp, "out");
  const pdf = join(out, "dossiers", "cp-2022-07-04.pdf");

  it("writes the session's PDF, DOCX and text, and says so", async () => {
    const r = await actes(["dossier", "cp-2022-07-04", "--out", out]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("✔ 1 dossier de séance écrit");
    expect(r.out).toMatch(/cp-2022-07-04 : 3 pièces, 8 pages/);
    for (const ext of ["pdf", "docx", "txt"])
      expect(existsSync(join(out, "dossiers", `cp-2022-07-04.${ext}`))).toBe(true);
    expect(spawnSync("qpdf", ["--check", pdf]).status).toBe(0);
  });

  it("opens on its table of contents, each part at the page where the PDF has it", () => {
    const front = pageText(pdf, 1);
    expect(front).toContain("SOMMAIRE");
    expect(front).toMatch(/Délibération n°2022-298 +2\n/);
    expect(front).toMatch(/Rapport n°38 +7\n/);
    expect(pageText(pdf, 2)).toContain("(N°2022-298)");
    expect(pageText(pdf, 7)).toContain("RAPPORT N°38");
  });

  it("has one bookmark per part, nested, each on the part's first page", () => {
    const [group] = outlines(pdf);
    expect(group?.title).toMatch(
      /^Avenant à la convention entre le Département et Pôle emploi .*\(n°2022-298\)$/,
    );
    expect(group?.kids.map((k) => [k.title, k.destpageposfrom1])).toEqual([
      ["Délibération n°2022-298", 2],
      ["Projets d'actes", 5],
      ["Rapport n°38", 7],
    ]);
    expect(group?.kids[1]?.kids.map((k) => k.title)).toEqual([
      "Avenant à la convention de partenariat – Pôle emploi – SPIE",
    ]);
  });

  it("numbers its pages from the first to the last, and prints the budget table's solde", () => {
    for (let page = 1; page <= 8; page++) expect(pageText(pdf, page)).toContain(`Page ${page} / 8`);
    // Rapport n°38: « C02-561G02 6568/93561 Projet collectif d'insertion 420 000,00 410 000,00
    // 50 000,00 360 000,00 ».
    const row =
      /C02-561G02 +6568\/93561 +Projet collectif d’insertion +420 000,00 +410 000,00 +50 000,00 +360 000,00/;
    expect(pageText(pdf, 3)).toMatch(row); // the délibération's article 3
    expect(pageText(pdf, 8)).toMatch(row); // the rapport's table
  });

  it("holds the same parts in its DOCX and its text, each part on a page of its own", () => {
    const xml =
      new PizZip(readFileSync(join(out, "dossiers", "cp-2022-07-04.docx")))
        .file("word/document.xml")
        ?.asText() ?? "";
    const words = xml.replace(/<w:noBreakHyphen\/>/g, "-").replace(/<[^>]+>/g, "");
    expect(words).toContain("(N°2022-298)");
    expect(words).toContain("RAPPORT N°38");
    expect(xml?.match(/<w:pageBreakBefore\/>/g)?.length).toBeGreaterThanOrEqual(3);
    const text = readFileSync(join(out, "dossiers", "cp-2022-07-04.txt"), "utf8");
    expect(text.indexOf("(N°2022-298)")).toBeLessThan(text.indexOf("RAPPORT N°38"));
  });

  it("writes the same bytes twice", async () => {
    const again = join(tmp, "again");
    expect((await actes(["dossier", "cp-2022-07-04", "--out", again])).code).toBe(0);
    for (const ext of ["pdf", "docx", "txt"]) {
      const file = `dossiers/cp-2022-07-04.${ext}`;
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(
        true,
      );
    }
  });

  it("refuses an unknown session with the nearest, and writes nothing", async () => {
    const none = join(tmp, "none");
    const r = await actes(["dossier", "cp-2022-11-12", "--out", none]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "séance inconnue « cp-2022-11-12 » : voulez-vous dire « cp-2022-11-21 » ?",
    );
    expect(existsSync(none)).toBe(false);
  });

  it("names the data file, its line and the path of an external annex that is missing", async () => {
    const { dir, cleanup } = withEdited(
      DEFAULT_DATA,
      "cp-2022-07-04/seance.yaml",
      (t) =>
        `${t}annexes_externes:\n  - titre: Budget prévisionnel\n    fichier: annexes/budget.pdf\n`,
    );
    try {
      const none = join(tmp, "missing");
      const r = await actes(["dossier", "cp-2022-07-04", "--donnees", dir, "--out", none]);
      expect(r.code).toBe(1);
      const lines = readFileSync(join(dir, "cp-2022-07-04/seance.yaml"), "utf8").split("\n");
      const line = lines.findIndex((l) => l.includes("fichier: annexes/budget.pdf")) + 1;
      expect(r.err).toContain(`${join(dir, "cp-2022-07-04/seance.yaml")}:${line}:14`);
      expect(r.err).toContain("annexes/budget.pdf");
      expect(r.err).toContain("introuvable");
      expect(existsSync(none)).toBe(false);
    } finally {
      cleanup();
    }
  });

  it("appends an external PDF as it is, bookmarked, and says the dossier is no longer PDF/A", async () => {
    const external = await PDFDocument.create();
    external.addPage([595.28, 841.89]);
    external.addPage([595.28, 841.89]);
    const { dir, cleanup } = withEdited(
      DEFAULT_DATA,
      "cp-2022-07-04/seance.yaml",
      (t) =>
        `${t}annexes_externes:\n  - titre: Budget prévisionnel de l'action\n    fichier: budget.pdf\n`,
    );
    try {
      writeFileSync(join(dir, "cp-2022-07-04", "budget.pdf"), await external.save());
      const target = join(tmp, "external");
      const r = await actes(["dossier", "cp-2022-07-04", "--donnees", dir, "--out", target]);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toContain("n'est pas un PDF/A : le dossier n'est plus PDF/A-2b");
      const merged = join(target, "dossiers", "cp-2022-07-04.pdf");
      expect(pageText(merged, 10)).toContain("Page 10 / 10");
      expect(outlines(merged)[0]?.kids.at(-1)?.title).toBe("Budget prévisionnel de l'action");
      expect(outlines(merged)[0]?.kids.at(-1)?.destpageposfrom1).toBe(9);
    } finally {
      cleanup();
    }
  });

  it("holds both deliberations of 21 November 2022, the seed's soldes, annexe 5's header on each page", async () => {
    const target = join(tmp, "21-novembre");
    const r = await actes(["dossier", "cp-2022-11-21", "--out", target]);
    expect(r.code, r.err).toBe(0);
    const merged = join(target, "dossiers", "cp-2022-11-21.pdf");
    const groups = outlines(merged);
    expect(groups.map((g) => g.title.replace(/ \(n°.*$/, ""))).toEqual([
      "Appel à projets des politiques d'inclusion durable 2022 - phase 3",
      "Stratégie nationale de prévention et de lutte contre la pauvreté - expérimentation du service public de l'insertion et de l'emploi - avenant à la convention de financement entre l'État et le Département",
    ]);
    const [aap] = groups;
    const kids = aap?.kids.map((k) => k.title);
    expect(kids).toEqual([
      "Délibération n°2022-467",
      "Annexe 5 – Répartition financière des opérations",
      "Projets d'actes",
      "Rapport n°47",
    ]);
    // The acts filed under the annexes the délibération cites (« projets types en annexes 6 et 7 »).
    expect(aap?.kids[2]?.kids.map((k) => k.title.replace(/ – .*/, ""))).toEqual([
      "Annexe 6",
      "Annexe 7",
      "Annexe 8",
      "Annexe 9",
      "Annexe 10",
      "Annexe 11",
    ]);
    expect(aap?.kids[2]?.kids[0]?.title).toBe("Annexe 6 – Accompagnement Global (24 avenants)");
    expect(aap?.kids[2]?.kids[0]?.kids).toHaveLength(24);
    // The délibération's budget table (article 11): the soldes of rapport n°47.
    const start = aap?.kids[0]?.destpageposfrom1 ?? 0;
    const annexe = aap?.kids[1]?.destpageposfrom1 ?? 0;
    const deliberation = Array.from({ length: annexe - start }, (_, i) =>
      pageText(merged, start + i),
    ).join("");
    for (const solde of [
      "814 866,67",
      "118 433,00",
      "3 395 316,27",
      "50 000,00",
      "68 872,40",
      "125 000,00",
    ])
      expect(deliberation).toContain(solde);
    // Annexe 5 spans pages: its header row starts each of them.
    const acts = aap?.kids[2]?.destpageposfrom1 ?? 0;
    expect(acts - annexe).toBeGreaterThan(1);
    for (let page = annexe; page < acts; page++)
      expect(pageText(merged, page), `page ${page}`).toMatch(
        /Opération +Territoire\(s\) +Structure/,
      );
    // No external annex: the merged file still declares PDF/A-2b.
    const bytes = readFileSync(merged, "latin1");
    expect(bytes).toContain("<pdfaid:part>2</pdfaid:part>");
  });

  it("says a session has nothing to put in a dossier yet, and writes the others", async () => {
    // A session of subventions alone (no act of the engine) and no model of deliberation.
    const { dir, cleanup } = withFiles(
      {
        "cp-2023-01-16/seance.yaml": [
          "date: 2023-01-16",
          "deliberation: 2023-12",
          "rapport: 5",
          "intitule: Appel à projets 2023",
          "presidence: { civilite: Mme, prenom: Valérie, nom: CUVILLIER }",
          "budget:",
          "  C02-582A02: { disponible: 100000.00 }",
          "",
        ].join("\n"),
        "cp-2023-01-16/operations.yaml": [
          "thematiques:",
          "  - numero: 4",
          "    intitule: Autonomie et inclusion des jeunes",
          "    operations:",
          "      - intitule: Soutien des Missions Locales",
          "        dispositif: subvention",
          "        ligne: C02-582A02",
          "        periode: { debut: 2023-01-01, fin: 2023-12-31 }",
          "        allocations:",
          "          - { partenaire: ml-artois, territoire: Artois, montant: 14568.00 }",
          "",
        ].join("\n"),
      },
      DEFAULT_DATA,
    );
    try {
      const target = join(tmp, "rien");
      const r = await actes([
        "dossier",
        "cp-2023-01-16",
        "cp-2022-07-04",
        "--donnees",
        dir,
        "--out",
        target,
      ]);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toContain(
        "cp-2023-01-16 : rien à mettre au dossier (ni délibération avec un modèle, ni acte) : aucun fichier écrit",
      );
      expect(r.out).toContain("✔ 1 dossier de séance écrit");
      expect(existsSync(join(target, "dossiers", "cp-2023-01-16.pdf"))).toBe(false);
      expect(existsSync(join(target, "dossiers", "cp-2022-07-04.pdf"))).toBe(true);
    } finally {
      cleanup();
    }
  });
});
