// Check digits of French and banking identifiers: SIRET (Luhn), IBAN (ISO 13616, mod 97), BIC.

/** A space between digit groups: plain, or the no-break spaces a copy from a PDF or Word brings. */
const GROUP_SPACE = "[ \\u00A0\\u202F]";

/**
 * A SIRET as it may be written: 14 digits in one piece, or grouped 3 3 3 5 as on the SIRENE
 * notice (« 266 200 072 00004 »: the SIREN in threes, then the NIC). Only the shape; the key
 * is checked by isValidSiret.
 */
export const SIRET_WRITTEN = new RegExp(
  `^([0-9]{14}|[0-9]{3}${GROUP_SPACE}[0-9]{3}${GROUP_SPACE}[0-9]{3}${GROUP_SPACE}[0-9]{5})$`,
);

/** The 14 digits of a SIRET written as SIRET_WRITTEN allows; undefined for any other form. */
export function compactSiret(text: string): string | undefined {
  return SIRET_WRITTEN.test(text) ? text.replace(/[^0-9]/g, "") : undefined;
}

/** The SIRENE notice's groups: "26620007200004" → ["266", "200", "072", "00004"]. */
export function siretGroups(siret: string): string[] {
  return [siret.slice(0, 3), siret.slice(3, 6), siret.slice(6, 9), siret.slice(9)];
}

/**
 * The French RIB inside a French IBAN (its BBAN: bank 5, branch 5, account 11, key 2), grouped
 * as on a relevé d'identité bancaire: FR76 3007 6023 5211 2646 0020 085 → « 30076 02352
 * 11264600200 85 ». Undefined for an IBAN of another country, which has no RIB.
 */
export function ribOfIban(iban: string): string | undefined {
  const compact = iban.replace(/\s/g, "").toUpperCase();
  if (!/^(FR|MC)\d{2}[0-9A-Z]{23}$/.test(compact)) return undefined;
  const bban = compact.slice(4);
  return [bban.slice(0, 5), bban.slice(5, 10), bban.slice(10, 21), bban.slice(21)].join(" ");
}

/**
 * Why a written SIRET is refused, in French, when a precise reason helps the user more than
 * the form alone: a digit missing, spaces misplaced, a digit miscopied (the Luhn key).
 */
export function siretProblem(text: string): string | undefined {
  const digits = text.replace(/[ \u00A0\u202F]/g, "");
  if (!/^[0-9]+$/.test(digits)) return undefined;
  if (digits.length !== 14) return `${digits.length} chiffres au lieu de 14`;
  const problems: string[] = [];
  if (compactSiret(text) === undefined) problems.push("espaces mal placés");
  if (!isValidSiret(digits)) problems.push("clé de contrôle fausse (un chiffre mal recopié ?)");
  return problems.length > 0 ? problems.join(" ; ") : undefined;
}

/** SIRET: 14 digits whose Luhn sum is a multiple of 10 (La Poste's SIRETs excepted by INSEE rules). */
export function isValidSiret(text: string): boolean {
  if (!/^[0-9]{14}$/.test(text)) return false;
  // La Poste (SIREN 356000000) uses a sum of digits multiple of 5 instead of Luhn.
  if (text.startsWith("356000000")) {
    return [...text].reduce((s, c) => s + Number(c), 0) % 5 === 0;
  }
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let digit = Number(text[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** IBAN as printed on a RIB, spaces allowed: country, check digits, then mod 97 = 1. */
export function isValidIban(text: string): boolean {
  const compact = text.replace(/ /g, "");
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  if (compact.startsWith("FR") && compact.length !== 27) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = /[0-9]/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** BIC (ISO 9362): bank (4 letters), country (2 letters), location (2), optional branch (3). */
export const BIC_PATTERN = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

export function isValidBic(text: string): boolean {
  return BIC_PATTERN.test(text);
}
