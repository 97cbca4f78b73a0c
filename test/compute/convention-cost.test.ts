// The AG avenant's « coût total … décliné comme suit »: the parts, the line's own last, and
// their exact sum (seed 003, annexe 8, article 3).
import { describe, expect, it } from "vitest";
import { conventionCost } from "../../src/compute/convention-cost.ts";
import { parseMoney, toCentString } from "../../src/money/money.ts";

const m = (s: string) => parseMoney(s) ?? expect.fail(s);

describe("conventionCost", () => {
  it("référents 21 600,00 € + AG 27 500,00 € = 49 100,00 €, the AG part last", () => {
    const cost = conventionCost(m("27500.00"), [m("21600.00")]);
    expect(toCentString(cost.total)).toBe("49100.00");
    expect(cost.parts.map(toCentString)).toEqual(["21600.00", "27500.00"]);
  });
  it("cents add exactly", () => {
    const cost = conventionCost(m("0.10"), [m("0.20"), m("1234.56")]);
    expect(toCentString(cost.total)).toBe("1234.86");
    expect(cost.parts.map(toCentString)).toEqual(["0.20", "1234.56", "0.10"]);
  });
  it("no other dispositif: the line's own cost", () => {
    const cost = conventionCost(m("13750.00"), []);
    expect(toCentString(cost.total)).toBe("13750.00");
    expect(cost.parts.map(toCentString)).toEqual(["13750.00"]);
  });
});
