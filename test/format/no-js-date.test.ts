// Holds the "no JS Date" rule in place: calendar and French formatting code never mention
// `Date` (an instant in a time zone), only PlainDate.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const folders = ["../../src/calendar/", "../../src/format/fr/"];

describe("no JS Date in calendar and format", () => {
  for (const folder of folders) {
    const dir = new URL(folder, import.meta.url);
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      it(`${folder}${name}`, () => {
        const source = readFileSync(fileURLToPath(new URL(name, dir)), "utf8");
        expect(source).not.toMatch(/\bDate\s*[.(]|new\s+Date\b|\bIntl\b|toLocale/);
      });
    }
  }
});
