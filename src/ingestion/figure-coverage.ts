import { SourceText } from '../provenance/quote-selector.js';
import type { GraphWrite } from '../curation/graph-rows.js';

/** A figure in a text we hold that no citation and no reference-list entry quotes. */
export interface UncitedFigure {
  sourceId: string;
  figure: string;
  /** Code point offset in the source text, as citations count. */
  start: number;
  context: string;
}

// Digits with their separators ("9,430", "10.8"); number words are the curator's to find.
const FIGURE = /\d+(?:[.,]\d+)*/gu;

/**
 * The curator's to-do list: figures the held texts contain outside every quoted span, so a
 * reviewer can check that each was left out on purpose (a resolution code, a navigation link).
 * Reference-list entries count as quoted: their dates and numbers are stored with the works they cite.
 */
export function uncitedFigures(corpus: Pick<GraphWrite, 'sources' | 'citations' | 'cites'>, contextChars = 40): UncitedFigure[] {
  const spans = new Map<string, [number, number][]>();
  const add = (sourceId: string, start: number, end: number) => spans.set(sourceId, [...(spans.get(sourceId) ?? []), [start, end]]);
  for (const c of corpus.citations) add(c.sourceId, c.start, c.end);
  // An entry's printed number ("18. ") stands just before its quote and is the CITES number.
  for (const r of corpus.cites) add(r.fromId, r.start - `${r.number}. `.length, r.end);

  const uncited: UncitedFigure[] = [];
  for (const source of corpus.sources) {
    if (source.text === null) continue;
    const text = new SourceText(source.text);
    const quoted = spans.get(source.id) ?? [];
    let units = 0;
    let points = 0;
    for (const match of source.text.matchAll(FIGURE)) {
      // Offsets from the regex are UTF-16 units; count code points incrementally to convert.
      points += Array.from(source.text.slice(units, match.index)).length;
      units = match.index;
      const start = points;
      const end = start + match[0].length;
      if (quoted.some(([s, e]) => s <= start && end <= e)) continue;
      const context = `${text.slice(start - contextChars, start)}[${match[0]}]${text.slice(end, end + contextChars)}`.replace(/\s+/gu, ' ');
      uncited.push({ sourceId: source.id, figure: match[0], start, context });
    }
  }
  return uncited;
}
