// Article alignment, before paragraphs: an article is known by its title, not its number, so an
// article renumbered (one inserted before it) or moved is compared with itself, and its number
// change shows as a small edit of its heading.
import { diffArrays } from "diff";
import { alignLines, type StyleOf } from "./lines.ts";
import type { RedlineLine } from "./model.ts";
import { pairInOrder, SAME_THING, type Step } from "./pairing.ts";
import { similarity } from "./words.ts";

/** « Article 4 : Annexe N°3 », « ARTICLE 1er – Objet »: the number is the word after « Article ». */
export const ARTICLE_HEADING = /^article\s+(?:\d+|premier|1er)\b/i;

interface Section {
  /** The article's heading line; none for the text before the first article. */
  readonly heading?: string;
  /** The heading without its number: what identifies the article across versions. */
  readonly key: string;
  readonly lines: readonly string[];
}

/** Why: the text before the first article is a section too, so every line is in one. */
export function splitSections(lines: readonly string[]): Section[] {
  const sections: { heading?: string; key: string; lines: string[] }[] = [{ key: "", lines: [] }];
  for (const line of lines) {
    if (ARTICLE_HEADING.test(line)) {
      sections.push({
        heading: line,
        key: line.replace(ARTICLE_HEADING, "article"),
        lines: [line],
      });
    } else sections.at(-1)?.lines.push(line);
  }
  return sections;
}

const sectionText = (s: Section) => s.lines.join("\n");

/**
 * Why: the one entry point of the text redline. Articles are aligned by title, then (in the
 * stretches where titles differ) by content; an article found on both sides out of order is a
 * move: deleted at its old place, redlined against its old text at its new place.
 */
export function redlineText(oldText: string, newText: string, styleOf: StyleOf): RedlineLine[] {
  const old = splitSections(textLines(oldText));
  const next = splitSections(textLines(newText));
  const steps = alignSections(old, next);
  const moves = findMoves(steps);
  return steps.flatMap((step): RedlineLine[] => {
    if (step.old !== undefined && step.new !== undefined) {
      return alignLines(step.old.lines, step.new.lines, styleOf);
    }
    if (step.old !== undefined) {
      const to = moves.get(step.old);
      const lines = alignLines(step.old.lines, [], styleOf);
      return to
        ? lines.map((l) => ({ ...l, move: { role: "from", other: to.heading ?? "" } }))
        : lines;
    }
    const from = moves.get(step.new);
    const lines = alignLines(from?.lines ?? [], step.new.lines, styleOf);
    return from
      ? lines.map((l) => ({ ...l, move: { role: "to", other: from.heading ?? "" } }))
      : lines;
  });
}

/** Lines of a canonical text (final newline excluded). */
export function textLines(text: string): string[] {
  return (text.endsWith("\n") ? text.slice(0, -1) : text).split("\n");
}

function alignSections(old: readonly Section[], next: readonly Section[]): Step<Section>[] {
  const steps: Step<Section>[] = [];
  let removed: Section[] = [];
  const flush = (added: readonly Section[]) => {
    steps.push(
      ...pairInOrder(removed, added, (a, b) => similarity(sectionText(a), sectionText(b))),
    );
    removed = [];
  };
  const changes = diffArrays([...old], [...next], { comparator: (a, b) => a.key === b.key });
  changes.forEach((change, i) => {
    if (change.removed) removed.push(...change.value);
    else if (change.added) flush(change.value);
    else {
      flush([]);
      // jsdiff gives the new side's items for a common run; the old ones are at the same offset.
      const oldStart = changes.slice(0, i).reduce((n, c) => n + (c.added ? 0 : c.count), 0);
      change.value.forEach((s, k) => {
        steps.push({ old: old[oldStart + k] as Section, new: s });
      });
    }
  });
  flush([]);
  return steps;
}

/** Articles left alone on each side that are one article moved: same title, or same content. */
function findMoves(steps: readonly Step<Section>[]): Map<Section, Section> {
  const moves = new Map<Section, Section>();
  const lonelyOld = steps.flatMap((s) => (s.new === undefined && s.old.heading ? [s.old] : []));
  for (const step of steps) {
    const added = step.old === undefined ? step.new : undefined;
    if (added?.heading === undefined) continue;
    const free = lonelyOld.filter((o) => !moves.has(o));
    const match =
      free.find((o) => o.key === added.key) ??
      free.find((o) => similarity(sectionText(o), sectionText(added)) >= SAME_THING);
    if (match) {
      moves.set(match, added);
      moves.set(added, match);
    }
  }
  return moves;
}
