// External annexes: appended as they are; one that is not PDF/A takes the claim off the
// dossier, with a warning naming it; one that cannot be appended stops the dossier with a
// French message naming where the data names it and the path.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ExternalAnnex,
  ExternalAnnexError,
  type ExternalAnnexProblem,
  type MergedDossier,
  mergeDossier,
  readExternalAnnex,
} from "../../src/dossier/merge-pdf.ts";
import { hasPoppler } from "../helpers/pdf-words.ts";
import { foreignPdf, rendered, renderedFront, sessionSections } from "./dossier-fixture.ts";

const has = (bin: string) => spawnSync(bin, ["--version"], { stdio: "ignore" }).error === undefined;
const run = (bin: string, ...args: string[]) => spawnSync(bin, args, { encoding: "utf8" });
const tools = has("qpdf") && hasPoppler();

const tmp = mkdtempSync(join(tmpdir(), "actes-annexe-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const at = (name: string) => join(tmp, name);
const DECLARED = "data/cp-2022-11-21/seance.yaml:12:5";

describe("an external annex that is PDF/A", () => {
  it("is read with its page count and claim, and leaves the dossier PDF/A-2b", async () => {
    writeFileSync(at("annexe-pdfa.pdf"), (await rendered("Budget", "BUDGET", 3)).pdf);
    const annexe = await readExternalAnnex({ path: at("annexe-pdfa.pdf"), declaredIn: DECLARED });
    expect([annexe.pages, annexe.pdfa, annexe.declaredIn]).toEqual([3, true, DECLARED]);
    const merged = await mergeDossier({
      front: (await renderedFront()).pdf,
      sections: await sessionSections(annexe),
    });
    expect(merged.warnings).toEqual([]);
    const text = new TextDecoder("latin1").decode(merged.pdf);
    expect(text).toContain("<pdfaid:part>2</pdfaid:part>");
    expect(text).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
  });
});

describe("an external annex that is not PDF/A", () => {
  const path = at("budget partenaire.pdf");
  const file = at("dossier.pdf");
  let annexe: ExternalAnnex;
  let merged: MergedDossier;
  beforeAll(async () => {
    writeFileSync(path, await foreignPdf("BUDGET"));
    annexe = await readExternalAnnex({ path, declaredIn: DECLARED });
    merged = await mergeDossier({
      front: (await renderedFront()).pdf,
      sections: await sessionSections(annexe),
    });
    writeFileSync(file, merged.pdf);
  });

  it("is appended as it is, its 3 pages numbered 4 to 6 of 10", () => {
    expect([annexe.pages, annexe.pdfa]).toEqual([3, false]);
    if (!tools) return;
    const pages = [4, 5, 6].map((n) => run("pdftotext", "-f", `${n}`, "-l", `${n}`, file, "-"));
    expect(pages.map((p) => p.stdout.replace(/\s+/g, " ").trim())).toEqual([
      "BUDGET-1 Page 4 / 10",
      "BUDGET-2 Page 5 / 10",
      "BUDGET-3 Page 6 / 10",
    ]);
    expect(run("qpdf", "--check", file).status).toBe(0);
  });

  it("takes the PDF/A claim off the dossier and says so, naming the annex", () => {
    expect(merged.warnings).toEqual([
      `${DECLARED} : l'annexe externe « ${path} » n'est pas un PDF/A : le dossier n'est plus PDF/A-2b`,
    ]);
    if (!tools) return;
    const xmp = run("pdfinfo", "-meta", file).stdout;
    expect(xmp).not.toContain("pdfaid:part");
    expect(xmp).not.toContain("pdfaid:conformance");
    // The rest of the packet stays, in agreement with the Info dictionary.
    expect(xmp).toContain("<dc:title>");
    expect(xmp).toContain("Dossier de la Commission Permanente du 21 novembre 2022");
    expect(xmp).toContain("<xmp:CreateDate>2000-01-01T00:00:00Z</xmp:CreateDate>");
    expect(run("pdfinfo", file).stdout).toMatch(/^Producer:\s+pdfmake$/m);
  });
});

describe("an external annex that cannot be appended", () => {
  const expectError = async (path: string, problem: ExternalAnnexProblem, says: string) => {
    const error = await readExternalAnnex({ path, declaredIn: DECLARED }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExternalAnnexError);
    expect((error as ExternalAnnexError).problem).toBe(problem);
    expect((error as ExternalAnnexError).message).toBe(
      `${DECLARED} : l'annexe externe « ${path} » ${says}`,
    );
    expect((error as ExternalAnnexError).hint).toMatch(/\.$/);
  };

  it("missing", () => expectError(at("absente.pdf"), "missing", "est introuvable"));

  it("a folder", () => {
    mkdirSync(at("dossier.pdf.d"));
    return expectError(at("dossier.pdf.d"), "unreadable", "ne peut pas être lue");
  });

  it("a text file named .pdf", () => {
    writeFileSync(at("texte.pdf"), "Budget prévisionnel 2023 : 20 000 €\n");
    return expectError(at("texte.pdf"), "not-pdf", "n'est pas un fichier PDF");
  });

  it("a PDF cut in half", async () => {
    const whole = (await rendered("Budget", "BUDGET", 2)).pdf;
    writeFileSync(at("coupé.pdf"), whole.subarray(0, whole.length / 2));
    return expectError(at("coupé.pdf"), "damaged", "est un PDF endommagé");
  });

  it.skipIf(!has("qpdf"))("an encrypted PDF (qpdf --encrypt, no user password)", async () => {
    writeFileSync(at("clair.pdf"), await foreignPdf("BUDGET"));
    const encrypt = run(
      "qpdf",
      ...["--encrypt", "", "proprietaire", "256", "--print=none", "--"],
      ...[at("clair.pdf"), at("chiffré.pdf")],
    );
    expect(encrypt.status).toBe(0);
    return expectError(
      at("chiffré.pdf"),
      "encrypted",
      "est un PDF chiffré (protégé par un mot de passe ou des restrictions)",
    );
  });
});
