// Check digits of French and banking identifiers: SIRET (Luhn), IBAN (ISO 13616, mod 97), BIC.

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
export function isValidBic(text: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(text);
}
