import type { SourceText } from './quote-selector.js';

/** The names of a document's top: the lead paragraphs, and Wikipedia's infobox. */
const TOP_SECTIONS = new Set(['Lead', 'Infobox']);

/**
 * A heading line in our plain-text snapshots: short, not ending like a sentence or a list item.
 * Plain text keeps no markup, so this is a reading of the line's shape; a curator can name the
 * section instead, and it is then checked (sectionProblem).
 */
const HEADING = /^[A-Z\p{Lu}][^\n]{0,78}[^\s.:;,!?"”’')\]]$/u;

/** The nearest heading line above `start`, or Lead when none is above it. */
export function sectionAbove(text: SourceText, start: number): string {
  const lines = text.slice(0, start).split('\n');
  lines.pop(); // the line the quote starts in is not above it
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (HEADING.test(line)) return line;
  }
  return 'Lead';
}

/** Lead and Infobox name the top of a document; any other section must be a heading line above the quote. */
export function sectionProblem(text: SourceText, section: string, start: number): string | undefined {
  if (TOP_SECTIONS.has(section)) return undefined;
  if (text.slice(0, start).split('\n').some((line) => line.trim() === section)) return undefined;
  return `section "${section}" is not a heading line above the quote`;
}
