// Article numbering and annex references. Articles are numbered 1, 2, 3… in each act (a file
// may hold several: « Article 1 » starts a new series). A heading right after « … modifié comme
// suit : » quotes the article of the amended convention, it is not one of this act's. Sub-articles
// (« Article 1.1 ») are the article's own business.
import type { Finding, Rule } from "./finding.ts";

const HEADING = /^article\s+(\d+|premier)(?:\s*er)?(?![.\d])\s*(?:[:–—-]|$|\s)/iu;
const QUOTES_NEXT = /(?:comme suit|suivantes?)\s*:?\s*$/iu;

export const articleNumbering: Rule = (input) => {
  const out: Finding[] = [];
  let seen = new Set<number>();
  let last = 0;
  for (const [i, p] of input.paragraphs.entries()) {
    const m = HEADING.exec(p.text);
    if (m === null || QUOTES_NEXT.test(input.paragraphs[i - 1]?.text ?? "")) continue;
    const n = /^\d+$/u.test(m[1] ?? "") ? Number(m[1]) : 1;
    const at = { paragraph: i, offset: 0, found: `Article ${n}` };
    if (n === 1) {
      seen = new Set();
      last = 0;
    }
    if (seen.has(n)) {
      out.push({
        ...at,
        code: "ARTICLE_EN_DOUBLE",
        message: `« Article ${n} » apparaît deux fois`,
        expected: `Article ${last + 1}`,
      });
    } else if (n < last) {
      out.push({
        ...at,
        code: "ARTICLE_DESORDONNE",
        message: `« Article ${n} » vient après l'article ${last}`,
        expected: `Article ${last + 1}`,
      });
    } else if (n > last + 1) {
      const missing =
        last + 2 === n
          ? `l'article ${last + 1} manque`
          : `les articles ${last + 1} à ${n - 1} manquent`;
      out.push({
        ...at,
        code: "ARTICLE_MANQUANT",
        message: `« Article ${n} » : ${missing}`,
        expected: `Article ${last + 1}`,
      });
    }
    seen.add(n);
    last = Math.max(last, n);
  }
  return out;
};

const ANNEX_HEADING = /^annexe\s+(?:n°\s*)?(\d+)\b/iu;
const ANNEX_REFERENCE = /\bannexe\s+n°\s*(\d+)\b/giu;

/** « Annexe N°3 » in the text must name an annex of the document (a heading « Annexe N°3 … »). */
export const annexReferences: Rule = (input) => {
  const annexes = new Set(
    input.paragraphs.flatMap((p) => {
      const m = ANNEX_HEADING.exec(p.text);
      return m ? [Number(m[1])] : [];
    }),
  );
  const out: Finding[] = [];
  for (const [i, p] of input.paragraphs.entries()) {
    for (const m of p.text.matchAll(ANNEX_REFERENCE)) {
      if (m.index === 0 || annexes.has(Number(m[1]))) continue;
      out.push({
        code: "ANNEXE_INCONNUE",
        paragraph: i,
        offset: m.index,
        message: `« ${m[0]} » : aucune annexe n°${m[1]} dans le document`,
        found: m[0],
      });
    }
  }
  return out;
};
