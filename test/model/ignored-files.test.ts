// A file of the data folder that the loader does not read is a warning, named and with what to
// do; it never makes the data invalid. The system's hidden files and schemas/ are not reported.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diagnose, FIXTURE } from "../helpers/dataset.ts";

const BETHUNE = readFileSync(join(FIXTURE, "partenaires", "ccas-bethune.yaml"), "utf8");
const SEANCE = readFileSync(join(FIXTURE, "cp-2022-11-21", "seance.yaml"), "utf8");

const warnings = (files: Record<string, string>) => {
  const { ok, diagnostics } = diagnose(files);
  return {
    ok,
    found: diagnostics.map((d) => ({
      file: d.file,
      severity: d.severity,
      code: d.code,
      message: d.message,
      hint: d.hint,
    })),
  };
};

describe("files the loader ignores", () => {
  it("a partner written in .yml: a warning that says to rename it, the data stay valid", () => {
    expect(warnings({ "partenaires/ccas-arras.yml": BETHUNE })).toEqual({
      ok: true,
      found: [
        {
          file: "partenaires/ccas-arras.yml",
          severity: "warning",
          code: "FICHIER_IGNORE",
          message: "fichier ignoré : partenaires/ ne lit que les fichiers <id>.yaml",
          hint: "Renommez-le en ccas-arras.yaml : seuls les fichiers en .yaml sont lus.",
        },
      ],
    });
  });

  it.each([
    ["notes.txt", "notes", undefined],
    [
      "departement.yml",
      "x",
      "Renommez-le en departement.yaml : seuls les fichiers en .yaml sont lus.",
    ],
    [
      "partenaires/ccas-arras.YAML",
      BETHUNE,
      "Renommez-le en ccas-arras.yaml : seuls les fichiers en .yaml sont lus.",
    ],
    ["partenaires/lisez-moi.md", "x", undefined],
    ["cp-2022-11-21/operation.yaml", "x", "Voulez-vous dire operations.yaml ? Renommez-le."],
    [
      "cp-2022-11-21/seance.yml",
      SEANCE,
      "Renommez-le en seance.yaml : seuls les fichiers en .yaml sont lus.",
    ],
  ])("%s → a warning", (file, content, hint) => {
    const { ok, found } = warnings({ [file]: content });
    expect(ok).toBe(true);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file, severity: "warning", code: "FICHIER_IGNORE", hint });
  });

  it("a folder inside partenaires/ is a warning too", () => {
    const { found } = warnings({ "partenaires/archives/ccas-arras.yaml": BETHUNE });
    expect(found.map((d) => [d.file, d.message])).toEqual([
      ["partenaires/archives", "dossier ignoré : partenaires/ ne lit que les fichiers <id>.yaml"],
    ]);
  });

  it("hidden files and the schemas/ folder are never reported", () => {
    expect(
      warnings({
        ".DS_Store": "x",
        "partenaires/.gitkeep": "",
        "cp-2022-11-21/.operations.yaml.swp": "x",
        "schemas/partenaire.schema.json": "{}",
        "schemas/lisez-moi.txt": "x",
      }),
    ).toEqual({ ok: true, found: [] });
  });

  it("an image at the top of the data folder (the logo) is expected; elsewhere it is not", () => {
    const { found } = warnings({ "logo.png": "x", "Logo.JPG": "x", "partenaires/photo.png": "x" });
    expect(found.map((d) => d.file.replace(/.*actes-test-[^/]+\//, ""))).toEqual([
      "partenaires/photo.png",
    ]);
  });

  it("next to an error, the warning is listed and the data are invalid", () => {
    const { ok, found } = warnings({
      "partenaires/ccas-arras.yml": BETHUNE,
      "cp-2022-11-21/seance.yaml": SEANCE.replace("date: 2022-11-21", "date: 2022-02-30"),
    });
    expect(ok).toBe(false);
    expect(found.map((d) => `${d.severity} ${d.code}`).sort()).toEqual([
      "error DATE_INVALIDE",
      "warning FICHIER_IGNORE",
    ]);
  });
});
