// Golden canonical texts of the session documents: one délibération, one rapport, the annexe
// « répartition financière ». Under CI a missing golden fails; a changed one is accepted with
// `npx vitest run test/dossier/goldens.test.ts -u` only, after review.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFromContext } from "../../src/document/build.ts";
import { deliberationContext } from "../../src/dossier/context.ts";
import { sessionFigures } from "../../src/dossier/figures.ts";
import { loadSessionTemplates, REPARTITION } from "../../src/dossier/parts.ts";
import { renderText } from "../../src/render/text.ts";
import { computedData, partText } from "../helpers/session-docs.ts";

const GOLDEN = join(import.meta.dirname, "..", "golden");
const TEMPLATES = join(import.meta.dirname, "..", "..", "templates");

describe("golden session documents", () => {
  it("délibération n°2022-298", async () => {
    await expect(partText("cp-2022-07-04", "Délibération n°2022-298")).toMatchFileSnapshot(
      join(GOLDEN, "deliberation-2022-298.txt"),
    );
  });

  it("rapport n°38", async () => {
    await expect(partText("cp-2022-07-04", "Rapport n°38")).toMatchFileSnapshot(
      join(GOLDEN, "rapport-38.txt"),
    );
  });

  it("annexe 5 « répartition financière » of n°2022-467, every line and total computed", async () => {
    const computed = computedData();
    const seance = computed.data.seances.find((s) => s.id === "cp-2022-11-21");
    if (!seance) throw new Error("cp-2022-11-21");
    const [main] = sessionFigures(computed, seance);
    if (!main) throw new Error("n°2022-467");
    const template = loadSessionTemplates(TEMPLATES, computed).value?.get(REPARTITION);
    if (!template) throw new Error(REPARTITION);
    const built = buildFromContext(
      "répartition",
      template,
      deliberationContext(main, computed.data.departement),
      computed.data.departement,
      false,
    );
    if (!built.value) throw new Error(JSON.stringify(built.diagnostics));
    const text = renderText(built.value);
    // Seed 003, annexe 5: « TOTAL 420 000,00 € » (AG), « TOTAL 420 720,00 € » (thématique 1).
    expect(text).toContain("Total de l’opération 1 – Accompagnement Global | 420\u202f000,00");
    expect(text).toContain("Total de la thématique 1 | 420\u202f720,00");
    await expect(text).toMatchFileSnapshot(join(GOLDEN, "annexe-repartition-2022-467.txt"));
  });
});
