// Running-text typography applied to every document paragraph.
import { describe, expect, it } from "vitest";
import { frenchTypography } from "../../src/format/fr/index.ts";

describe("frenchTypography", () => {
  const t = (input: string, output: string) =>
    it(JSON.stringify(input), () => expect(frenchTypography(input)).toBe(output));
  t("Article 1 : l'objet", "Article 1\u00a0: l\u2019objet");
  t("désigné par « le Département »", "désigné par «\u00a0le Département\u00a0»");
  t("«le Département»", "«\u00a0le Département\u00a0»");
  t("le Code ; la loi ! quoi ?", "le Code\u202f; la loi\u202f! quoi\u202f?");
  t("https://x.fr:80", "https://x.fr:80");
  t("déjà «\u00a0fait\u00a0»", "déjà «\u00a0fait\u00a0»");
});
