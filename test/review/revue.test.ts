// `actes revue --json`: what the review pages show, as data — each act's status, what a draft
// lacks, its amounts (seed 003: 55 places × 250 € = 13 750,00 €, advance 80 %), its files in
// the out folder, the lint of its text. The page itself is opened in Chromium in
// revue-browser.test.ts.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { actes } from "../helpers/cli.ts";
import { DEFAULT_DATA } from "../helpers/dataset.ts";

const out = mkdtempSync(join(tmpdir(), "actes-revue-json-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("actes revue --json", () => {
  it("one page per session; each act with its status, amounts, files and lint", async () => {
    await actes([
      "generate",
      DEFAULT_DATA,
      "--draft",
      "--out",
      out,
      "--only",
      "avenant-ag/ccas-arras",
      "--format",
      "txt",
    ]);
    const r = await actes(["revue", DEFAULT_DATA, "--out", out, "--json"]);
    expect(r.code).toBe(0);
    const { pages } = JSON.parse(r.out);
    const november = pages[2];
    expect(
      pages.map((p: { session: string; acts: unknown[] }) => [p.session, p.acts.length]),
    ).toEqual([
      ["cp-2022-07-04", 1],
      ["cp-2022-10-17", 2],
      ["cp-2022-11-21", 35],
      ["cp-2022-12-13", 1],
    ]);
    const arras = november.acts.find((a: { id: string }) => a.id.endsWith("/ccas-arras"));
    expect(arras).toMatchObject({
      id: "cp-2022-11-21/avenant-ag/ccas-arras",
      partner: "CCAS d'Arras",
      status: "draft",
      amounts: { total: "13750.00", advance: "11000.00", balance: "2750.00" },
      files: { txt: "cp-2022-11-21/avenant-ag/ccas-arras.projet.txt" },
      lint: [],
    });
    expect(arras.missing).toContain("SIRET de CCAS d'Arras");
    expect(existsSync(join(out, "cp-2022-11-21", "revue.html"))).toBe(true);
  });
});
