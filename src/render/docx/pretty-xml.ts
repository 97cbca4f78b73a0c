// A small indenter for the XML this renderer writes, so golden files are read and diffed as text.
// Not a general pretty-printer: it expects element-only content with text in leaf elements
// (w:t, w:instrText, dc:title), which is what WordprocessingML parts are.

const TOKENS = /<[^>]*>|[^<]+/g;

// Whitespace between elements that only lays out the skeleton's text; text in a leaf is kept.
const isLayout = (text: string): boolean => /^\s*$/.test(text) && text.includes("\n");

/**
 * Why: golden documents are compared in a readable form (one element per line, two-space
 * indent), never as raw bytes. Text in a leaf stays on its element's line, spaces included.
 * Example: prettyXml("<a><b>x y</b></a>") → "<a>\n  <b>x y</b>\n</a>\n".
 */
export function prettyXml(xml: string): string {
  const tokens = xml.match(TOKENS) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    const pad = "  ".repeat(depth);
    if (token.startsWith("</")) {
      depth -= 1;
      lines.push(`${"  ".repeat(depth)}${token}`);
    } else if (token.startsWith("<?") || token.startsWith("<!") || token.endsWith("/>")) {
      lines.push(`${pad}${token}`);
    } else if (token.startsWith("<")) {
      const [next = "", after = ""] = [tokens[i + 1], tokens[i + 2]];
      if (next.startsWith("</")) {
        lines.push(`${pad}${token}${next}`);
        i += 1;
      } else if (!next.startsWith("<") && !isLayout(next) && after.startsWith("</")) {
        lines.push(`${pad}${token}${next}${after}`);
        i += 2;
      } else {
        lines.push(`${pad}${token}`);
        depth += 1;
      }
    } else if (token.trim() !== "") {
      lines.push(`${pad}${token.trim()}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
