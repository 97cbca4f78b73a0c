// A SIRET is accepted as the SIRENE notice prints it (« 130 005 481 00010 ») or in one piece,
// refused with the precise reason otherwise, and printed in the acts grouped as on the notice.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { actContext } from "../../src/document/context.ts";
import { diagnose, FIXTURE, where } from "../helpers/dataset.ts";

const PE = "partenaires/pole-emploi-hdf.yaml";
const withSiret = (siret: string) => ({
  [PE]: readFileSync(join(FIXTURE, PE), "utf8").replace("siret: 13000548100010", `siret: ${siret}`),
});

/** The SIRET as the CLLAJ avenant of the fixture prints it. */
function printed(siret: string): unknown {
  const { result } = diagnose(withSiret(siret));
  const computed = result.value;
  const act = computed?.acts.find((a) => a.id === "cp-2022-11-21/avenant-cllaj/pole-emploi-hdf");
  if (!computed || !act) throw new Error(`invalid: ${JSON.stringify(result.diagnostics)}`);
  return (actContext(act, computed.data.departement).partenaire as { siret: string }).siret;
}

describe("SIRET", () => {
  it.each([
    ["in one piece", "13000548100010"],
    ["grouped as on the SIRENE notice", "130 005 481 00010"],
    ["grouped with no-break spaces (copied from a PDF)", "130\u00A0005\u00A0481\u00A000010"],
    ["grouped with narrow no-break spaces", "130\u202F005\u202F481\u202F00010"],
  ])("%s: accepted, printed « 130 005 481 00010 » with no-break spaces", (_, siret) => {
    expect(printed(siret)).toBe("130\u00A0005\u00A0481\u00A000010");
  });

  it.each([
    ["spaces elsewhere than 3 3 3 5", "1300 0548 100010", "espaces mal placés"],
    ["two spaces", "130  005 481 00010", "espaces mal placés"],
    [
      "a digit miscopied (Luhn)",
      "130 005 481 00011",
      "clé de contrôle fausse (un chiffre mal recopié ?)",
    ],
    [
      "both",
      "1300 0548 100011",
      "espaces mal placés ; clé de contrôle fausse (un chiffre mal recopié ?)",
    ],
    ["a digit missing", "130 005 481 0001", "13 chiffres au lieu de 14"],
  ])("%s: refused with the reason", (_, siret, reason) => {
    const [d, ...others] = diagnose(withSiret(siret)).diagnostics;
    expect(others).toEqual([]);
    expect(d && where(d)).toBe(`${PE}:3:8 SIRET_INVALIDE`);
    expect(d?.message).toBe(`SIRET invalide pour « siret » : ${reason}`);
    expect(d?.found).toBe(`« ${siret} »`);
  });

  it("letters: refused, without a reason that would not help", () => {
    const [d] = diagnose(withSiret("SIRET 130")).diagnostics;
    expect(d?.message).toBe("SIRET invalide pour « siret »");
  });
});
