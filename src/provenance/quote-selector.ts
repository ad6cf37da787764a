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

/** How a writer says which occurrence of a quote it means, when the quote alone does not say. */
export interface QuoteLocation {
  quote: string;
  /** The code point offset the writer expects the quote at. */
  start?: number;
  /** Which occurrence, counting from 1 in text order. */
  occurrence?: number;
  /** Text just before the quote (its end), as in a W3C TextQuoteSelector's prefix. */
  prefix?: string;
}

/**
 * Finds where a quote is: at `start` when given (anchorQuote), else its only occurrence, else the
 * one `occurrence` or `prefix` picks. An absent or ambiguous quote is refused with the offsets
 * found, so the writer can say which one they mean.
 */
export function locateQuote(text: SourceText, location: QuoteLocation): QuoteCheck & { positions?: number[] } {
  if (location.start !== undefined) return anchorQuote(text, location.quote, location.start);
  const found = text.occurrences(location.quote);
  if (found.length === 0) return { ok: false, problem: `quote "${abbreviate(location.quote)}" is not in the source text`, positions: [] };
  let candidates = found;
  if (location.prefix !== undefined) {
    const prefix = location.prefix;
    candidates = candidates.filter((at) => text.slice(at - Array.from(prefix).length, at) === prefix);
  }
  if (location.occurrence !== undefined) {
    const picked = candidates[location.occurrence - 1];
    candidates = picked === undefined ? [] : [picked];
  }
  if (candidates.length === 1) return { ok: true, selector: text.selectorAt(candidates[0]!, location.quote) };
  const narrowing = location.prefix !== undefined || location.occurrence !== undefined;
  return {
    ok: false,
    problem: narrowing
      ? `quote "${abbreviate(location.quote)}" occurs at offset ${found.join(', ')}, and ${candidates.length === 0 ? 'none' : 'more than one'} of them matches the prefix or occurrence given`
      : `quote "${abbreviate(location.quote)}" occurs ${found.length} times, at offset ${found.join(', ')}; give start, occurrence (1-${found.length}) or a prefix to say which`,
    positions: found,
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
