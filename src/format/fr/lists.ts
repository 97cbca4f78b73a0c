// A list as a French sentence says it: « le Calaisis, le Boulonnais et Hénin-Carvin ».

/**
 * Items joined by commas, the last one by `last` (« et » unless told otherwise).
 * @example listInWords(["a", "b", "c"]) // "a, b et c"; listInWords(["a"]) // "a"; [] → ""
 * @example listInWords(["au 31 janvier", "au 30 juillet"], ", ainsi qu'") // "au 31 janvier, ainsi qu'au 30 juillet"
 */
export function listInWords(items: readonly string[], last = " et "): string {
  if (items.length < 2) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")}${last}${items.at(-1)}`;
}
