// File names are safe whatever the partner is called.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeFileStem, uniqueStems } from "../../src/write/safe-name.ts";

describe("safe file names", () => {
  const t = (name: string, stem: string) =>
    it(JSON.stringify(name), () => expect(safeFileStem(name)).toBe(stem));
  t("ccas-bethune", "ccas-bethune");
  t("CCAS d'Hénin/Beaumont", "ccas-d-henin-beaumont");
  t("../../etc/passwd", "etc-passwd");
  t("..", "acte");
  t("", "acte");
  t("   ", "acte");
  t("NUL", "nul-acte");
  t("com1", "com1-acte");
  t("Œuvre « sociale » — 2022", "uvre-sociale-2022");
  t("a".repeat(300), "a".repeat(80));

  it("never yields a separator, a dot-only name or an empty name", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const stem = safeFileStem(name);
        expect(stem).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(stem.length).toBeLessThanOrEqual(84);
      }),
    );
  });

  it("never gives two names the same stem", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("SAMPS", "samps", "Samps!", "", "nul", "a/b", "a-b"), {
          maxLength: 30,
        }),
        (names) => {
          const stems = uniqueStems(names);
          expect(new Set(stems).size).toBe(names.length);
        },
      ),
    );
  });
});
