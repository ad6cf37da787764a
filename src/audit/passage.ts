import { SourceText } from '../provenance/quote-selector.js';

/** A quote in the text around it, as the pages show it: the words before, the quote, the words after. */
export interface Passage {
  before: string;
  quote: string;
  after: string;
}

/**
 * Splits the context the graph cut around a quote (`chars` code points each side of [start, end],
 * fewer at the text's edges) into the text before, the quote, and the text after.
 */
export function passageOf(context: string, citation: { start: number; end: number }, chars: number): Passage {
  const text = new SourceText(context);
  const quoteAt = Math.min(citation.start, chars);
  const quoteEnd = quoteAt + (citation.end - citation.start);
  return { before: text.slice(0, quoteAt), quote: text.slice(quoteAt, quoteEnd), after: text.slice(quoteEnd, text.length) };
}

/** A marked range of a held text: a citation (linked to its claims) or a reference-list entry. */
export interface MarkedRange {
  start: number;
  end: number;
  /** An anchor id, placed where the range starts, so that other pages can link to that place. */
  anchor: string;
  href: string;
  title: string;
  kind: 'citation' | 'reference';
  /** Further links shown where the range ends: the other claims a passage supports. */
  more: { href: string; title: string }[];
}

export interface TextSegment {
  text: string;
  /** The ranges covering this segment (several where citations overlap); empty for plain text. */
  marks: MarkedRange[];
  /** Anchors of the ranges that start here. */
  anchors: string[];
  /** The ranges that end here. */
  ends: MarkedRange[];
}

/**
 * Cuts a held text into segments at every range boundary, so that overlapping citations (a table
 * row inside a cited table) are each marked without nesting one mark in another.
 */
export function segmentText(source: string, ranges: MarkedRange[]): TextSegment[] {
  const text = new SourceText(source);
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    segments.push({
      text: text.slice(from, to),
      marks: ranges.filter((r) => r.start <= from && r.end >= to),
      anchors: ranges.filter((r) => r.start === from).map((r) => r.anchor),
      ends: ranges.filter((r) => r.end === to),
    });
  }
  return segments;
}
