// French formatting edges the other format tests do not reach: the exact messages of the
// errors a developer reads, zero-padding of short years, and a colon ending a text.
import { describe, expect, it } from "vitest";
import type { PlainDate } from "../../src/calendar/plain-date.ts";
import { formatNumber } from "../../src/format/fr/amount.ts";
import { formatDateShort, monthName } from "../../src/format/fr/dates.ts";
import { formatDuration, formatPeriod } from "../../src/format/fr/periods.ts";
import { frenchTypography } from "../../src/format/fr/typography.ts";
import { Decimal } from "../../src/money/money.ts";

const d = (year: number, month: number, day: number): PlainDate => ({ year, month, day });

/** The error `fn` throws (the test fails if it throws nothing). */
function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`threw a non-Error: ${String(error)}`);
  }
  throw new Error("did not throw");
}

describe("error messages", () => {
  it("formatNumber names the count of decimals it refuses", () => {
    const negative = errorOf(() => formatNumber(new Decimal(1), -1));
    expect(negative).toBeInstanceOf(RangeError);
    expect(negative.message).toBe("decimals must be a non-negative integer, got -1");
    expect(errorOf(() => formatNumber(new Decimal(1), 1.5)).message).toBe(
      "decimals must be a non-negative integer, got 1.5",
    );
  });

  it("monthName names the month that does not exist", () => {
    const error = errorOf(() => monthName(13));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe("no month 13");
    expect(errorOf(() => monthName(0)).message).toBe("no month 0");
  });

  it("formatPeriod refuses a reversed period", () => {
    const error = errorOf(() => formatPeriod(d(2023, 1, 2), d(2023, 1, 1)));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe("period ends before it starts");
  });

  it("formatDuration names the count of months it refuses", () => {
    const zero = errorOf(() => formatDuration(d(2023, 1, 1), 0));
    expect(zero).toBeInstanceOf(RangeError);
    expect(zero.message).toBe("a duration has at least one month, got 0");
    expect(errorOf(() => formatDuration(d(2023, 1, 1), 1.5)).message).toBe(
      "a duration has at least one month, got 1.5",
    );
  });
});

describe("formatNumber with no decimals", () => {
  it("has no decimal comma and rounds half up", () => {
    expect(formatNumber(new Decimal("0"), 0)).toBe("0");
    expect(formatNumber(new Decimal("0.4"), 0)).toBe("0");
    expect(formatNumber(new Decimal("-0.4"), 0)).toBe("0");
    expect(formatNumber(new Decimal("12.5"), 0)).toBe("13");
    expect(formatNumber(new Decimal("-12.5"), 0)).toBe("-13");
    expect(formatNumber(new Decimal("6019600"), 0)).toBe("6\u202F019\u202F600");
  });
});

describe("formatDateShort pads every part", () => {
  it("a year below 1000 keeps four digits, like the ISO form", () => {
    expect(formatDateShort(d(999, 1, 2))).toBe("02/01/0999");
    expect(formatDateShort(d(45, 11, 30))).toBe("30/11/0045");
  });
});

describe("frenchTypography: a colon", () => {
  it("ending the text gets its no-break space", () => {
    expect(frenchTypography("Article 1 :")).toBe("Article 1\u00A0:");
    expect(frenchTypography("Vu :")).toBe("Vu\u00A0:");
  });

  it("followed by a space or a line break gets it too", () => {
    expect(frenchTypography("Objet : la convention")).toBe("Objet\u00A0: la convention");
    expect(frenchTypography("Vu :\nle code")).toBe("Vu\u00A0:\nle code");
  });

  it("inside a token (a time, a URL) is left alone", () => {
    expect(frenchTypography("à 10 :30")).toBe("à 10 :30");
  });
});
