// The configuration of the project's Decimal (money/money.ts), option by option, as a user
// of the amounts sees it: how many digits a computation keeps, how it rounds when nobody says
// how, and that an amount is always written in plain digits (JSON, manifests), never « 1e-7 ».
//
// money.ts is imported inside each test, never at the top of this file: a configuration that
// decimal.js refuses throws while the module loads, and loading it inside a test turns that
// into a failed test instead of a file that silently runs no test at all.
import { Decimal as DecimalJs } from "decimal.js";
import { afterEach, describe, expect, it, vi } from "vitest";

const loadMoney = () => import("../../src/money/money.ts");

/** The global decimal.js settings this file may change, restored after each test. */
const GLOBAL_KEYS = ["precision", "rounding", "toExpNeg", "toExpPos"] as const;
const globalDefaults = Object.fromEntries(GLOBAL_KEYS.map((k) => [k, DecimalJs[k]]));

afterEach(() => {
  DecimalJs.set(globalDefaults);
});

describe("precision: 40 significant digits", () => {
  it("a third of a 12-digit amount keeps 40 significant digits", async () => {
    const { Decimal } = await loadMoney();
    const third = new Decimal("123456789012.34").dividedBy(3);
    // 11 integer digits + 29 decimals; decimal.js's default (20) would stop at "…4.113333333".
    expect(third.toString()).toBe("41152263004.11333333333333333333333333333");
    expect(third.precision()).toBe(40);
    // Three thirds give the amount back exactly, not 123456789012.3399999…
    expect(third.times(3).toString()).toBe("123456789012.34");
  });

  it("a 12-digit amount × a percentage / 12 months stays exact far below the cent", async () => {
    const { Decimal, roundToCent, toCentString } = await loadMoney();
    const monthly = new Decimal("999999999999.99").times("33.33").dividedBy(100).dividedBy(12);
    // 999 999 999 999,99 × 33,33 % / 12 = 27 774 999 999,99972225 exactly: no digit is lost,
    // so the cent is decided on the true value (…,99972225 → 27 775 000 000,00).
    expect(monthly.toString()).toBe("27774999999.99972225");
    expect(toCentString(roundToCent(monthly))).toBe("27775000000.00");
    // A repeating quotient is carried to 40 digits, so multiplying back is exact to 1e-27.
    const repeating = new Decimal("100000000000.01").dividedBy(12);
    expect(repeating.toString()).toBe("8333333333.334166666666666666666666666667");
    expect(repeating.times(12).minus("100000000000.01").abs().lessThan("1e-27")).toBe(true);
  });
});

describe("rounding: half up when an operation rounds on its own", () => {
  it("toFixed and toDecimalPlaces without a rounding argument round half up", async () => {
    const { Decimal } = await loadMoney();
    expect(new Decimal("0.125").toFixed(2)).toBe("0.13");
    expect(new Decimal("2.675").toDecimalPlaces(2).toString()).toBe("2.68");
    // Half up in decimal.js means away from zero: -0.125 → -0.13 (half even would give -0.12).
    expect(new Decimal("-0.125").toFixed(2)).toBe("-0.13");
    expect(new Decimal("0.5").toFixed(0)).toBe("1");
    expect(new Decimal("2.5").toFixed(0)).toBe("3");
  });

  it("a division that needs a 41st digit rounds its tie half up", async () => {
    const { Decimal } = await loadMoney();
    // 41 digits ending in 9, halved: …9454.5 needs 41 digits; at 40, half up gives …9455
    // where half even would give …9454.
    const q = new Decimal("12345678901234567890123456789012345678909").dividedBy(2);
    expect(q.toFixed()).toBe("6172839450617283945061728394506172839455");
  });
});

describe("toExpNeg -40 / toExpPos 40: amounts always in plain digits", () => {
  it("a tiny value prints as 0.0000001, not 1e-7", async () => {
    const { Decimal } = await loadMoney();
    expect(new Decimal("0.0000001").toString()).toBe("0.0000001");
    expect(JSON.stringify({ rate: new Decimal("0.0000001") })).toBe('{"rate":"0.0000001"}');
    // A cent spread over the days of a year, per thousand: still digits a reader can check.
    const perDay = new Decimal("0.01").dividedBy(365).dividedBy(1000);
    expect(perDay.toString()).toBe("0.0000000273972602739726027397260273972602739726");
    // Plain digits down to 1e-39; the switch comes only beyond the 40 digits kept.
    expect(new Decimal("1e-39").toString()).toBe(`0.${"0".repeat(38)}1`);
    expect(new Decimal("1e-40").toString()).toBe("1e-40");
  });

  it("a huge value prints as 1000000000000000000000, not 1e+21", async () => {
    const { Decimal } = await loadMoney();
    expect(new Decimal("1e21").toString()).toBe(`1${"0".repeat(21)}`);
    expect(JSON.stringify({ total: new Decimal("1e21") })).toBe(`{"total":"1${"0".repeat(21)}"}`);
    expect(new Decimal("1e39").toString()).toBe(`1${"0".repeat(39)}`);
    expect(new Decimal("1e40").toString()).toBe("1e+40");
  });
});

describe("independent of decimal.js's global configuration", () => {
  it("configuring the global Decimal afterwards changes nothing in ours", async () => {
    const { Decimal } = await loadMoney();
    DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN, toExpNeg: -2, toExpPos: 3 });
    // The global one now truncates and switches to exponents early…
    expect(new DecimalJs(2).dividedBy(3).toString()).toBe("0.66666");
    expect(new DecimalJs("0.001").toString()).toBe("1e-3");
    // …ours does not.
    expect(new Decimal(2).dividedBy(3).toString()).toBe(`0.${"6".repeat(39)}7`);
    expect(new Decimal("0.125").toFixed(2)).toBe("0.13");
    expect(new Decimal("0.001").toString()).toBe("0.001");
    expect(new Decimal("12345").toString()).toBe("12345");
  });

  it("a global configuration made before money.ts loads does not leak into it", async () => {
    DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN, toExpNeg: -2, toExpPos: 3 });
    // A fresh copy of money.ts, created while the global Decimal is configured otherwise.
    vi.resetModules();
    const { Decimal } = await loadMoney();
    expect(Decimal.precision).toBe(40);
    expect(Decimal.rounding).toBe(DecimalJs.ROUND_HALF_UP);
    expect(Decimal.toExpNeg).toBe(-40);
    expect(Decimal.toExpPos).toBe(40);
    expect(new Decimal(2).dividedBy(3).toString()).toBe(`0.${"6".repeat(39)}7`);
    expect(new Decimal("0.001").toString()).toBe("0.001");
  });
});
