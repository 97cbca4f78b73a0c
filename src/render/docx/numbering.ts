// List numbering: the skeleton's word/numbering.xml defines the bullet and decimal formats;
// each ordered list gets its own w:num so it starts at 1, as in the PDF and the text.

/** The skeleton's w:num for every bulleted list (abstractNum 0). */
export const BULLET_NUM_ID = 1;

// The skeleton's abstractNum for ordered lists, and the levels both abstractNums define.
const DECIMAL_ABSTRACT_ID = 1;
const LEVELS = 3;

/** Left indent of a list level's text, in twips: the `w:ind w:left` of numbering.xml. */
export function levelIndent(level: number): number {
  return 720 + 360 * level;
}

/** Why: lists nested deeper than the skeleton defines stay at its last level. */
export function listLevel(depth: number): number {
  return Math.min(depth, LEVELS - 1);
}

/**
 * Why: Word continues a numbering across every paragraph sharing a numId, so the n-th ordered
 * list of the body (n from 0) is given its own, numbered after the skeleton's bullets.
 */
export function orderedNumId(index: number): number {
  return BULLET_NUM_ID + 1 + index;
}

/**
 * Why: the w:num instances depend on the body, which the skeleton cannot know; they are appended
 * to the skeleton's numbering.xml, each restarting every level at 1.
 * Example: withOrderedLists(xml, 2) adds w:num 2 and 3.
 */
export function withOrderedLists(numberingXml: string, count: number): string {
  const end = "</w:numbering>";
  if (!numberingXml.includes(end)) throw new Error(`docx: numbering.xml has no ${end}`);
  const restarts = Array.from(
    { length: LEVELS },
    (_, level) => `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="1"/></w:lvlOverride>`,
  ).join("");
  const nums = Array.from(
    { length: count },
    (_, index) =>
      `<w:num w:numId="${orderedNumId(index)}"><w:abstractNumId w:val="${DECIMAL_ABSTRACT_ID}"/>${restarts}</w:num>`,
  ).join("");
  return numberingXml.replace(end, `${nums}${end}`);
}
