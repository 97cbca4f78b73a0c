// A model exported for Word, saved again by LibreOffice (as a legal editor's word processor
// would, rewriting every run and style), still imports to a template that gives the same acts.
// Run apart (soffice takes seconds); skipped when soffice is missing.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exported, importBytes, scratch } from "./helpers.ts";

const READY = spawnSync("soffice", ["--version"], { stdio: "ignore" }).error === undefined;
const dir = scratch();

describe.skipIf(!READY)("actes modele through LibreOffice", () => {
  it.each(["avenant-ag", "avenant-spie-etat"])("%s: saved by LibreOffice, same acts", (type) => {
    const original = join(dir, `${type}.docx`);
    writeFileSync(original, exported(type));
    const out = join(dir, "lo");
    const lo = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        out,
        original,
      ],
      { encoding: "utf8", timeout: 150_000 },
    );
    expect(lo.status, lo.stderr).toBe(0);
    const saved = readFileSync(join(out, `${type}.docx`));
    expect(saved.equals(readFileSync(original))).toBe(false);
    const result = importBytes(dir, `${type}-lo.docx`, saved);
    if (!("source" in result)) throw new Error(JSON.stringify(result, null, 1).slice(0, 2000));
    expect(result.type).toBe(type);
    expect(result.acts.length).toBeGreaterThan(0);
    expect(result.acts.filter((a) => a.status !== "unchanged")).toEqual([]);
  });
});
