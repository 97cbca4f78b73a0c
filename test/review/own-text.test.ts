// The lint applied to the engine's own work: a template that types by hand what comes from the
// data (an article number, an amount, a date of the act, a placeholder) is refused at load, at
// its line and column; a generated act whose text fails the lint is not written. The seed
// errors this prevents: the two « Article 4 » and « XX novembre 2022 » of seed 003, the CP of
// « 12 décembre 2022 » of seed 002.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadTemplates } from "../../src/document/templates.ts";
import { handWritten } from "../../src/review/lint/template-text.ts";
import { actes } from "../helpers/cli.ts";
import { DEFAULT_DATA, withEdited } from "../helpers/dataset.ts";

const TEMPLATES = join(import.meta.dirname, "..", "..", "templates");
const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
});

/** The project's templates with `rel` changed by `edit`. */
function templatesWith(rel: string, edit: (text: string) => string): string {
  const { dir, cleanup } = withEdited(TEMPLATES, rel, edit);
  cleanups.push(cleanup);
  return dir;
}

describe("handWritten: what a template must not type", () => {
  const found = (text: string) => handWritten(text).map((h) => h.found);
  it("an article heading, an amount, a rate, a date of the act, a placeholder", () => {
    expect(found("<p>Article 4 : Durée</p>")).toEqual(["Article 4"]);
    expect(found("<p>un montant de 13 750,00 € versé</p>")).toEqual(["13 750,00 €"]);
    expect(found("<p>dans la limite de 80 % du montant</p>")).toEqual(["80 %"]);
    expect(found("<p>en date du 12 décembre 2022,</p>")).toEqual(["12 décembre 2022"]);
    expect(found("<p>le XX novembre 2022</p>")).toEqual(["XX"]);
    expect(found("<p>AVENANT N°X</p>")).toEqual(["N°X"]);
    expect(found("<p>délibération de la Commission Permanente du 12 décembre 2022</p>")).toEqual([
      "12 décembre 2022",
    ]);
  });
  it("fixed wording stays: a reference to an article, the dates of cited texts and visas", () => {
    expect(found("<p>L’article 4 de la convention est complété :</p>")).toEqual([]);
    expect(found("<p>selon la loi du 6 janvier 1978 modifiée</p>")).toEqual([]);
    expect(
      found("<p>Vu : la délibération du Conseil départemental du 19 décembre 2017 ;</p>"),
    ).toEqual([]);
    expect(found("<p>le Pacte 2017-2022 adopté le 30 juin 2017 ;</p>")).toEqual([]);
    expect(found("<p>Ce document comprend <pagecount/> pages</p>")).toEqual([]);
    // « arrêté » ends in a letter \b does not see (seed 001's article 3.4.2).
    expect(found("<p>en conformité avec l’arrêté du 28 septembre 2021, modifié</p>")).toEqual([]);
    expect(found("<p>la convention signée le 2 décembre 2021</p>")).toEqual([]);
  });
  it("an example of how to fill a form is wording; the same amount outside one is not", () => {
    expect(found("<td>ex : 75 000 €</td><td>ex: 1,5 %</td>")).toEqual([]);
    expect(found("<td>index : 75 000 €</td>")).toEqual(["75 000 €"]);
    expect(found("<td>soit 75 000 €</td>")).toEqual(["75 000 €"]);
  });
});

describe("templates are linted at load", () => {
  it("the project's templates pass", () => {
    expect(loadTemplates(TEMPLATES).diagnostics).toEqual([]);
  });

  it("a date typed in the Pôle emploi convention: refused at its line and column", () => {
    const file = "convention-pole-emploi-autonomie.hbs";
    const original = readFileSync(join(TEMPLATES, file), "utf8");
    const dir = templatesWith(file, (t) => t.replace("{{seance.date.long}}", "12 décembre 2022"));
    const { value, diagnostics } = loadTemplates(dir);
    expect(value).toBeUndefined();
    // Where the expression stood: the typed date starts there.
    const before = original.slice(0, original.indexOf("{{seance.date.long}}")).split("\n");
    const [line, column] = [before.length, (before.at(-1)?.length ?? 0) + 1];
    expect(
      diagnostics.map((d) => [
        d.file.slice(dir.length + 1),
        d.code,
        d.start?.line,
        d.start?.column,
      ]),
    ).toEqual([["convention-pole-emploi-autonomie.hbs", "VALEUR_ECRITE_A_LA_MAIN", line, column]]);
    expect(diagnostics[0]?.message).toBe(
      "date « 12 décembre 2022 » écrite à la main : elle vient des données (seance.date.long, periode.…)",
    );
  });

  it("an article numbered by hand in the shared signature block is refused too", () => {
    const dir = templatesWith("partials/signature.hbs", (t) =>
      t.replace("<p>{{pour}},</p>", "<p>Article 9 {{pour}},</p>"),
    );
    const { diagnostics } = loadTemplates(dir);
    expect(
      diagnostics.map((d) => [
        d.file.slice(dir.length + 1),
        d.code,
        d.start?.line,
        d.start?.column,
      ]),
    ).toEqual([["partials/signature.hbs", "VALEUR_ECRITE_A_LA_MAIN", 5, 4]]);
  });
});

describe("a generated act is linted before it is written", () => {
  it("an amount followed by another amount's words: the act fails, none of its files is written", async () => {
    // Passes the template checks (every value is an expression), but the act says
    // « 13 750,00 € (onze mille euros) »: the words of the advance after the total.
    const dir = templatesWith("avenant-ag.hbs", (t) =>
      t.replace(
        "<b>{{montants.total.chiffres}}</b> ({{montants.total.lettres}})",
        "<b>{{montants.total.chiffres}}</b> ({{montants.avance.lettres}})",
      ),
    );
    const out = mkdtempSync(join(tmpdir(), "actes-own-out-"));
    cleanups.push(() => rmSync(out, { recursive: true, force: true }));
    const r = await actes([
      "generate",
      DEFAULT_DATA,
      "--draft",
      "--out",
      out,
      "--templates",
      dir,
      "--only",
      "avenant-ag/ccas-arras,avenant-fpel",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /ACTE_INCOHERENT {2}cp-2022-11-21\/avenant-ag\/ccas-arras : 13.750,00.€ écrit en lettres « onze mille euros », qui font 11.000,00.€ \(ligne 39 du texte produit, MONTANT_EN_LETTRES\)/u,
    );
    expect(existsSync(join(out, "cp-2022-11-21/avenant-ag/ccas-arras.projet.pdf"))).toBe(false);
    // The other act is written: one failing act does not stop the others.
    expect(existsSync(join(out, "cp-2022-11-21/avenant-fpel/caf-pas-de-calais.projet.pdf"))).toBe(
      true,
    );
  });
});
