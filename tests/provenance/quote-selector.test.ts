import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import { anchorQuote, SourceText, verifySelector } from '../../src/provenance/quote-selector.js';

const wikipedia = new SourceText(readFileSync(path.join(projectRoot, 'seed/texts/wikipedia-mss-2025-01.txt'), 'utf8'));

describe('anchoring a quote in its source text', () => {
  const quote = 'only just over 500 personnel';
  const start = wikipedia.occurrences(quote)[0]!;

  it('accepts the quote at its offset and records 32 characters of context each side', () => {
    const result = anchorQuote(wikipedia, quote, start);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.selector.end - result.selector.start).toBe(quote.length);
    expect(result.selector.prefix).toHaveLength(32);
    expect(result.selector.prefix.endsWith('As of 3 January 2025, ')).toBe(true);
    expect(result.selector.suffix.startsWith(' from Kenya, Jamaica')).toBe(true);
  });

  it('rejects a quote one character off its offset and says where it really is', () => {
    const result = anchorQuote(wikipedia, quote, start + 1);
    expect(result).toEqual({ ok: false, problem: expect.stringContaining(`it occurs at offset ${start}`) });
  });

  it('rejects a quote the text does not contain', () => {
    const result = anchorQuote(wikipedia, 'only just over 600 personnel', start);
    expect(result).toEqual({ ok: false, problem: expect.stringContaining('is not in the source text') });
  });

  it('keeps curly apostrophes distinct from straight ones', () => {
    const curly = 'Henry’s official term ended in early 2022';
    const at = wikipedia.occurrences(curly)[0]!;
    expect(at).toBeGreaterThan(0);
    expect(anchorQuote(wikipedia, curly.replace('’', "'"), at).ok).toBe(false);
  });

  it('counts offsets in code points, so a character outside the BMP counts once', () => {
    // The flag is two code points but four UTF-16 units: JavaScript's indexOf says 12.
    const text = new SourceText('🇭🇹 Haiti: 590 personnel');
    expect(text.text.indexOf('590')).toBe(12);
    expect(text.occurrences('590')).toEqual([10]);
    expect(anchorQuote(text, '590 personnel', 10).ok).toBe(true);
  });

  it('names the part of a stored selector that no longer matches a changed text', () => {
    const anchored = anchorQuote(wikipedia, quote, start);
    if (!anchored.ok) throw new Error(anchored.problem);
    const edited = new SourceText(wikipedia.text.replace('As of 3 January 2025', 'As of 4 January 2025'));
    expect(verifySelector(edited, anchored.selector)).toEqual([expect.stringMatching(/^the prefix reads .*4 January 2025/)]);
    expect(verifySelector(wikipedia, anchored.selector)).toEqual([]);
  });
});
