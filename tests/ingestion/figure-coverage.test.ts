import { describe, expect, it } from 'vitest';
import type { CitationNode, CitesRow, SourceNode } from '../../src/curation/graph-rows.js';
import { uncitedFigures } from '../../src/ingestion/figure-coverage.js';

const TEXT = 'Résumé: 13 voted for, 2 abstained. Meeting no.9,430 on 2 October 2023.\n  1. Ref (3 May 2024).';

const source: SourceNode = {
  ...{ id: 'doc', kind: 'document', title: 'Doc', text: TEXT, authors: [], sha256: null },
  ...{ publisher: null, published: null, url: null, language: null, license: null, snapshot: null, note: null },
};
const place = (quote: string) => {
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(quote))).length;
  return { quote, start, end: start + Array.from(quote).length, prefix: '', suffix: '' };
};
const citation = (quote: string): CitationNode => ({ ...place(quote), id: quote, sourceId: 'doc', section: 'Lead', attributedToId: null, claimIds: [] });
const entry = (number: number, quote: string): CitesRow => ({ ...place(quote), fromId: 'doc', toId: 'work', number, retrieved: null });

describe('figures no citation quotes', () => {
  it('lists each figure outside every quoted span, at its code point offset, with context', () => {
    const citations = [citation('13 voted for'), citation('2 October 2023')];
    const cites = [entry(1, 'Ref (3 May 2024).')];
    const uncited = uncitedFigures({ sources: [source], citations, cites }, 8);
    expect(uncited.map((f) => f.figure)).toEqual(['2', '9,430']);
    const [abstained] = uncited;
    expect(Array.from(TEXT).slice(abstained!.start, abstained!.start + 1).join('')).toBe('2');
    expect(abstained!.context).toBe('ed for, [2] abstain');
  });

  it('keeps a figure only partly inside a quote on the list', () => {
    const citations = [citation('Meeting no.9,4')];
    expect(uncitedFigures({ sources: [source], citations, cites: [] }).map((f) => f.figure)).toContain('9,430');
  });

  it('skips sources whose text we do not hold', () => {
    expect(uncitedFigures({ sources: [{ ...source, text: null }], citations: [], cites: [] })).toEqual([]);
  });
});
