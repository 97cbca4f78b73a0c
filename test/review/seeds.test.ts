// The lint on the real seeds (plain-text extractions of the deliberations, as TXT input) finds
// each error DESIGN.md lists, at its line — each line read in the seed by hand:
// - 002 l. 6 « REUNION DU 13 DÉCEMBRE 2022 », l. 128 and 192 the convention's « 12 décembre »;
// - 002 l. 439 « durée de 12 mois », l. 690 the rapport's « durée de 24 mois »;
// - 003 annexe 6, l. 1599 « Jean-Claude BURGER », l. 1685 « Jean BURGER » under the signature;
// - 003 annexe 8, l. 2695 « Article 4 : Annexe N°XX », l. 2843 « Article 4 : Autres dispositions »;
// - 003 annexe 8, l. 2734 « Du 01/12/2022 au 31/12/2023 », l. 2835 bilan « au plus tard le
//   31 janvier 2023 »;
// - 003 annexe 10 (EURASANTE), l. 3192 « Pour l'association 3ID », a party of no preamble;
// - 003 annexe 8, l. 2579 « N° XXXX », l. 2587 « XX novembre 2022 », l. 2623 « AVENANT N°X ».
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lintFiles } from "../../src/review/lint-command.ts";
import { line } from "./helpers.ts";

// The seeds live beside the project (../shared/seeds), not in it: where they are absent (a
// bare clone), these tests are skipped rather than failed.
const SEEDS = join(import.meta.dirname, "..", "..", "..", "shared", "seeds");
const seeds = (existsSync(SEEDS) ? readdirSync(SEEDS) : [])
  .filter((f) => f.endsWith(".txt"))
  .map((f) => join(SEEDS, f));
const S002 = "002_c34fae4607f6fa2e.txt";
const S003 = "003_9aa10c5666b83fb1.txt";

describe.skipIf(seeds.length === 0)("lint of the seeds, presented as final", () => {
  let found: string[] = [];
  beforeAll(async () => {
    found = (await lintFiles(seeds, { final: true })).diagnostics.map(line);
  });

  it("finds every seed error of DESIGN.md, and nothing else but placeholders", () => {
    expect(found.filter((d) => !d.includes("TEXTE_A_COMPLETER"))).toEqual([
      `${S002}:128 DATE_SEANCE_DIVERGENTE Commission Permanente du 12 décembre 2022, datée du 13 décembre 2022 ligne 6`,
      `${S002}:192 DATE_SEANCE_DIVERGENTE Commission Permanente du 12 décembre 2022, datée du 13 décembre 2022 ligne 6`,
      `${S002}:690 DUREE_DIVERGENTE « durée de 24 mois », mais « durée de 12 mois » ligne 439`,
      `${S003}:1685 PERSONNE_DEUX_NOMS « Jean BURGER », nommé « Jean-Claude BURGER » ligne 1599`,
      `${S003}:2835 BILAN_AVANT_FIN bilan dû le 31 janvier 2023, avant la fin de la période qu'il couvre (31 décembre 2023)`,
      `${S003}:2843 ARTICLE_EN_DOUBLE « Article 4 » apparaît deux fois`,
      `${S003}:3192 SIGNATAIRE_INCONNU « Pour l'association 3ID » : l'association 3ID n'est pas une partie nommée au préambule de l'acte`,
    ]);
  });

  it.each([
    [2579, "XXXX"],
    [2587, "XX"],
    [2623, "N°X"],
  ])("finds the placeholder of 003 line %i", (at, mark) => {
    expect(found).toContain(
      `${S003}:${at} TEXTE_A_COMPLETER « ${mark} » : valeur à compléter dans un document présenté comme définitif`,
    );
  });

  it("reports placeholders only when the document is presented as final", async () => {
    const draft = await lintFiles(seeds, { final: false });
    expect(draft.diagnostics.map(line)).toEqual(
      found.filter((d) => !d.includes("TEXTE_A_COMPLETER")),
    );
  });
});
