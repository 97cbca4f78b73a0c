// The text of a CSV file saved by Excel or LibreOffice: UTF-8 with or without its BOM, or, when
// the bytes are not UTF-8, Windows-1252 (Excel's « CSV (séparateur : point-virgule) » in France).

/**
 * What Windows-1252 puts at 0x80–0x9F, where ISO-8859-1 has control characters: Node 20's
 * TextDecoder("windows-1252") decodes as ISO-8859-1, so that « € », « œ » and « ’ » (0x80,
 * 0x9C, 0x92), common in French text, would come out as controls. The five unassigned bytes
 * stay as they are.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

export type Encoding = "utf-8" | "windows-1252";

/** Why: the same text whichever encoding Excel chose. @example decodeText(Buffer.from([0x80])).text // "€" */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: "utf-8" };
  } catch {
    let text = "";
    for (const byte of bytes) {
      text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    }
    return { text, encoding: "windows-1252" };
  }
}
