// Round trip, as issue 12 asks: the embedded répartition exported to Excel and imported back
// gives the same figures for every act of every session. And the dates of a workbook are read
// as calendar dates, whatever the machine's time zone.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { actes } from "../helpers/cli.ts";
import { DEFAULT_DATA, withFiles } from "../helpers/dataset.ts";
import { evalUnderTz } from "../helpers/tz.ts";

const SESSIONS = ["cp-2022-07-04", "cp-2022-11-21", "cp-2022-12-13"];

/** figures --json without where each value is written (the YAML is new: its lines move). */
async function figures(dir: string): Promise<unknown> {
  const r = await actes(["figures", dir, "--json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out, (key, value) =>
    key === "file" || key === "line" || key === "column" ? undefined : value,
  );
}

describe("export then import", () => {
  it("gives the same figures for every act of each embedded session", async () => {
    const { dir, cleanup } = withFiles({}, DEFAULT_DATA);
    const xlsx = `${dir}.xlsx`;
    try {
      const before = await figures(dir);
      const exported = await actes(["exporter", dir, "--xlsx", xlsx]);
      expect(exported.out).toContain(`✔ ${xlsx} écrit : 3 séances (${SESSIONS.join(", ")})`);
      for (const session of SESSIONS) {
        const r = await actes(["importer", xlsx, "--seance", join(dir, session), "--remplacer"]);
        expect(r.code, r.err).toBe(0);
        expect(readFileSync(join(dir, session, "operations.yaml"), "utf8")).toContain(
          `# Écrit par « actes importer » depuis ${xlsx.split("/").pop()}, feuille « ${session} »`,
        );
      }
      const after = await figures(dir);
      expect((after as { acts: unknown[] }).acts.length).toBeGreaterThan(30);
      expect(after).toEqual(before);
    } finally {
      cleanup();
      rmSync(xlsx, { force: true });
    }
  });
});

describe("dates of a workbook", () => {
  const script = `
    import ExcelJS from "exceljs";
    import { readXlsx } from "./src/import/xlsx.ts";
    import { cellText } from "./src/import/cells.ts";
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("f");
    sheet.addRow([new Date(Date.UTC(2022, 11, 1)), 44896, new Date(Date.UTC(2023, 0, 1))]);
    sheet.getCell("A1").numFmt = "dd/mm/yyyy";
    const read = await readXlsx("x.xlsx", Buffer.from(await book.xlsx.writeBuffer()), { session: "f" });
    console.log(read.grid.rows[0].map((c) => cellText(c, "date").value).join(" "));
  `;

  it("are calendar dates under UTC+14 and UTC−9 alike", () => {
    for (const tz of ["Pacific/Kiritimati", "America/Anchorage"]) {
      expect(evalUnderTz(tz, script), tz).toBe("2022-12-01 2022-12-01 2023-01-01\n");
    }
  }, 30_000);
});
