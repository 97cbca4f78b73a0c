// Export then import of every act type gives back a template that produces the same acts: the
// same document model (headings, marks, lists, tables, annexes, signatures) and byte-identical
// canonical text, for one act of each type; and no act of the type changes.
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { ACT_TYPES } from "../../src/act-types.ts";
import { computeFolder } from "../../src/compute-folder.ts";
import { loadNamedTemplates } from "../../src/document/templates.ts";
import { actText, checkCandidate } from "../../src/modele/wording.ts";
import { DEFAULT_DATA, ONE_OF_EACH } from "../helpers/dataset.ts";
import { exported, importBytes, scratch, TEMPLATES } from "./helpers.ts";

const dir = scratch();
const computed = computeFolder(DEFAULT_DATA).value;
const current = loadNamedTemplates(TEMPLATES, ACT_TYPES).value;

describe("actes modele: export then import", () => {
  it("covers every act type with one act of the embedded data", () => {
    expect(ONE_OF_EACH.map((id) => id.split("/")[1]).sort()).toEqual([...ACT_TYPES].sort());
  });

  it.each(ACT_TYPES)("%s gives back a template producing the same acts", (type) => {
    if (!computed || !current) throw new Error("embedded data or templates invalid");
    const result = importBytes(dir, `${type}.docx`, exported(type));
    if (!("source" in result)) throw new Error(JSON.stringify(result, null, 1).slice(0, 2000));
    expect(result.type).toBe(type);
    expect(result.acts.length).toBeGreaterThan(0);
    expect(result.acts.filter((a) => a.status !== "unchanged")).toEqual([]);
    const candidate = checkCandidate(TEMPLATES, type, result.source, "candidate").value;
    if (!candidate) throw new Error("candidate refused");
    const act = computed.acts.find((a) => ONE_OF_EACH.includes(a.id) && a.type === type);
    if (!act) throw new Error(`no act of ${type} in ONE_OF_EACH`);
    const before = actText(act, current.get(type) as never, computed);
    const after = actText(act, candidate, computed);
    expect(after.value).toBe(before.value);
    expect(isDeepStrictEqual(after.model, before.model)).toBe(true);
  });
});
