// Templates are checked before anything is written, and every error names the template line.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document/build.ts";
import { ACT_TYPES, loadTemplates } from "../../src/document/templates.ts";
import { computeFolder } from "../../src/pipeline.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A templates folder where every type has a trivial valid template, except `overrides`. */
function folder(overrides: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "actes-templates-"));
  dirs.push(dir);
  for (const type of ACT_TYPES) {
    writeFileSync(
      join(dir, `${type}.hbs`),
      overrides[type] ??
        '<document title="{{partenaire.nom}}" subject="s">\n<p>{{montants.total.chiffres}}</p>\n</document>\n',
    );
  }
  return dir;
}

const firstError = (overrides: Record<string, string>) => {
  const { value, diagnostics } = loadTemplates(folder(overrides));
  expect(value).toBeUndefined();
  const [d] = diagnostics;
  return `${d?.file.split("/").pop()}:${d?.start?.line}:${d?.start?.column} ${d?.message}`;
};

describe("templates", () => {
  it("the project's templates load without error", () => {
    expect(loadTemplates("templates").diagnostics).toEqual([]);
  });

  it("an unknown helper is an error at its line", () => {
    expect(
      firstError({
        "avenant-fpel": '<document title="t">\n<p>\n{{euros montants.total}}</p>\n</document>',
      }),
    ).toBe(
      "avenant-fpel.hbs:3:1 modèle invalide : You specified knownHelpersOnly, but used the unknown helper euros - 3:0",
    );
  });

  it("unescaped output is refused", () => {
    expect(
      firstError({
        "avenant-ag": '<document title="t">\n<p>{{{partenaire.nom}}}</p>\n</document>',
      }),
    ).toBe("avenant-ag.hbs:2:4 sortie non échappée ({{{ … }}} ou {{& … }}) interdite");
  });

  it("markup the model does not know is an error at the template's own line and column", () => {
    expect(
      firstError({
        "avenant-cllaj":
          '<document title="t">\n<p>{{partenaire.nom}}</p>\n  <center>x</center>\n</document>',
      }),
    ).toBe("avenant-cllaj.hbs:3:11 élément inconnu <center>");
  });

  it("a handlebars syntax error names its line", () => {
    expect(
      firstError({ "avenant-ag": '<document title="t">\n\n<p>{{#if x}}</p>\n</document>' }),
    ).toMatch(/^avenant-ag\.hbs:4:1 modèle invalide : Parse error on line 4/);
  });

  it("a missing template file", () => {
    const dir = folder({});
    rmSync(join(dir, "avenant-fpel.hbs"));
    expect(loadTemplates(dir).diagnostics.map((d) => d.code)).toEqual(["FICHIER_MANQUANT"]);
  });

  it("a value the context does not have is an error naming the template line, never 'undefined'", () => {
    const templates = loadTemplates(
      folder({
        "avenant-fpel": '<document title="t">\n<p>{{montants.totl.chiffres}}</p>\n</document>',
      }),
    );
    const computed = computeFolder(DEFAULT_DATA).value;
    const act = computed?.acts.find((a) => a.type === "avenant-fpel");
    const template = templates.value?.get("avenant-fpel");
    if (!act || !template || !computed) throw new Error("fixture");
    const built = buildDocument(act, template, computed.data.departement, true);
    expect(built.value).toBeUndefined();
    expect(
      built.diagnostics.map((d) => `${d.start?.line}:${d.start?.column} ${d.message}`),
    ).toEqual([
      "2:6 cp-2022-11-21/avenant-fpel/caf-pas-de-calais : valeur inconnue « montants.totl.chiffres » dans le modèle",
    ]);
  });
});
