/**
 * Where a quote sits in its source text, in the two ways W3C Web Annotation describes: a
 * TextPositionSelector (start/end offsets) and a TextQuoteSelector (exact text with a prefix and a
 * suffix). Offsets count Unicode code points, as the W3C model does, so a quote keeps its offsets
 * whatever the encoding a reader uses.
 */
export interface QuoteSelector {
  exact: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/** Context kept on each side: enough to re-anchor a quote that occurs more than once. */
export const CONTEXT_LENGTH = 32;

/** A source text indexed by code point. */
export class SourceText {
  private readonly points: string[];

  constructor(readonly text: string) {
    this.points = Array.from(text);
  }

  get length(): number {
    return this.points.length;
  }

  slice(start: number, end: number): string {
    return this.points.slice(Math.max(0, start), Math.max(0, end)).join('');
  }

  /** Every code point offset where `quote` occurs. */
  occurrences(quote: string): number[] {
    const found: number[] = [];
    let unit = this.text.indexOf(quote);
    while (unit !== -1) {
      found.push(Array.from(this.text.slice(0, unit)).length);
      unit = this.text.indexOf(quote, unit + 1);
    }
    return found;
  }

  selectorAt(start: number, exact: string): QuoteSelector {
    const end = start + Array.from(exact).length;
    return {
      exact,
      start,
      end,
      prefix: this.slice(start - CONTEXT_LENGTH, start),
      suffix: this.slice(end, end + CONTEXT_LENGTH),
    };
  }
}

export type QuoteCheck = { ok: true; selector: QuoteSelector } | { ok: false; problem: string };

/** Checks that `quote` is the text at `start`; when it is not, says where it is, if anywhere. */
export function anchorQuote(text: SourceText, quote: string, start: number): QuoteCheck {
  const selector = text.selectorAt(start, quote);
  if (selector.end <= text.length && text.slice(start, selector.end) === quote) return { ok: true, selector };
  const found = text.occurrences(quote);
  if (found.length === 0) {
    return { ok: false, problem: `quote "${abbreviate(quote)}" is not in the source text` };
  }
  return {
    ok: false,
    problem: `quote "${abbreviate(quote)}" is not at offset ${start} (the text there reads "${abbreviate(text.slice(start, selector.end))}"); it occurs at offset ${found.join(', ')}`,
  };
}

/** Re-checks a stored selector against the text: every part that no longer matches, by name. */
export function verifySelector(text: SourceText, selector: QuoteSelector): string[] {
  const problems: string[] = [];
  const actual = text.selectorAt(selector.start, selector.exact);
  if (text.slice(selector.start, selector.end) !== selector.exact) {
    problems.push(`the text at ${selector.start}-${selector.end} reads "${abbreviate(text.slice(selector.start, selector.end))}", not the quote`);
  }
  if (actual.prefix !== selector.prefix) problems.push(`the prefix reads "${abbreviate(actual.prefix)}", stored "${abbreviate(selector.prefix)}"`);
  if (actual.suffix !== selector.suffix) problems.push(`the suffix reads "${abbreviate(actual.suffix)}", stored "${abbreviate(selector.suffix)}"`);
  return problems;
}

function abbreviate(s: string, max = 80): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
