// The dossier's DOCX as LibreOffice lays it out: as many pages as the merged PDF, each part on
// the page the table of contents gives (the numbers hold in Word too). Run apart (soffice takes
// seconds); skipped when soffice, pdfinfo or pdftotext is missing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { actes } from "../helpers/cli.ts";

const has = (bin: string) => spawnSync(bin, ["--version"], { stdio: "ignore" }).error === undefined;
const READY = has("soffice") && has("pdfinfo") && has("pdftotext");
const tmp = mkdtempSync(join(tmpdir(), "actes-dossier-lo-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const pages = (pdf: string) =>
  Number(/^Pages:\s+(\d+)$/m.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1]);
const pageText = (pdf: string, page: number) =>
  spawnSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], {
    encoding: "utf8",
  }).stdout;

describe.skipIf(!READY)("the dossier's DOCX in LibreOffice", () => {
  it.each([
    [
      "cp-2022-07-04",
      [
        ["(N°2022-298)", 2],
        ["RAPPORT N°38", 7],
      ],
    ],
    ["cp-2022-12-13", [["(N°2022-553)", 2]]],
  ] as const)(
    "%s: the PDF's page count, each part where the sommaire says",
    async (session, marks) => {
      const out = join(tmp, session);
      const r = await actes(["dossier", session, "--out", out]);
      expect(r.code, r.err).toBe(0);
      const docx = join(out, "dossiers", `${session}.docx`);
      const converted = join(tmp, `lo-${session}`);
      const lo = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(tmp, "profile")}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          converted,
          docx,
        ],
        { encoding: "utf8", timeout: 150_000 },
      );
      expect(lo.status, lo.stderr).toBe(0);
      const ours = join(out, "dossiers", `${session}.pdf`);
      const theirs = join(converted, `${session}.pdf`);
      expect(pages(theirs)).toBe(pages(ours));
      for (const [text, page] of marks) {
        expect(pageText(ours, page)).toContain(text);
        expect(pageText(theirs, page)).toContain(text);
      }
    },
  );
});
