// Test helper: writes expected French strings with plain spaces, as people read them, and
// turns them into the engine's typography (U+202F between digit groups, U+00A0 before € and %).
import { NBSP, NNBSP } from "../../src/format/fr/typography.ts";

/** "13 750,00 €" → "13\u202F750,00\u00A0€". */
export function typo(readable: string): string {
  return readable.replace(/(?<=[0-9]) (?=[0-9]{3}\b)/g, NNBSP).replace(/ (?=[€%])/g, NBSP);
}
