import { describe, expect, it } from 'vitest';
import { passageOf, segmentText, type MarkedRange } from '../../src/audit/passage.js';

const range = (start: number, end: number, anchor: string): MarkedRange => ({ start, end, anchor, href: `/audit/claim/${anchor}`, title: anchor, kind: 'citation', more: [] });

describe('passageOf', () => {
  it('splits a context around its quote, also where the text starts closer than the context length', () => {
    expect(passageOf('Size590 Active', { start: 0, end: 7 }, 300)).toEqual({ before: '', quote: 'Size590', after: ' Active' });
    expect(passageOf('ab Total 590 cd', { start: 1003, end: 1012 }, 3)).toEqual({ before: 'ab ', quote: 'Total 590', after: ' cd' });
  });

  it('counts code points, as the offsets do', () => {
    expect(passageOf('🇭🇹 Haïti', { start: 3, end: 8 }, 300)).toEqual({ before: '🇭🇹 ', quote: 'Haïti', after: '' });
  });
});

describe('segmentText', () => {
  it('cuts overlapping citations into segments, each marked by every citation covering it', () => {
    const segments = segmentText('Kenya 400 Total 590', [range(0, 19, 'table'), range(10, 19, 'total')]);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.anchor), s.anchors])).toEqual([
      ['Kenya 400 ', ['table'], ['table']],
      ['Total 590', ['table', 'total'], ['total']],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('Kenya 400 Total 590');
  });
});
