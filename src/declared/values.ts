// Small helpers the declared act modules share to turn their fields into template values.
import { gapText } from "../document/context.ts";
import { type Gap, isGap, type OrGap } from "../model/gap.ts";

/** The value shown, or « [À COMPLÉTER : label] » when the data leaves it to complete. */
export function gapOr<T>(value: OrGap<T>, label: string, show: (v: T) => string): string {
  return isGap(value) ? gapText(label) : show(value as Exclude<T, Gap>);
}

/** « le Calaisis, le Boulonnais et Hénin-Carvin »: a list as a sentence says it. */
export function listInWords(items: readonly string[], last = " et "): string {
  return items.length < 2
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")}${last}${items.at(-1)}`;
}
