// Output must not depend on the machine's time zone: the same script, run under time zones
// at both ends of the day (UTC+14 and UTC−10/−9), must print exactly the same text.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runUnderTz } from "../helpers/tz.ts";

const script = fileURLToPath(new URL("./fixtures/print-dates.ts", import.meta.url));
const runUnder = (tz: string) => runUnderTz(tz, [script]);

describe("formatting is independent of TZ", () => {
  it("prints the same under UTC, Pacific/Kiritimati and America/Adak", () => {
    const outputs = ["UTC", "Pacific/Kiritimati", "America/Adak"].map(runUnder);
    expect(outputs[0]).toContain("1er décembre 2022");
    expect(outputs[0]).toContain("au 31 décembre 2023 inclus");
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  }, 30_000);
});
