import type { SummarySide } from '../graph/records.js';

/** What a conflict's summary says of one claim of its first pair (the read side's SummarySide, whatever reads it). */
export type SummaryClaim = Omit<SummarySide, 'id'>;

export interface SummaryInput {
  measureName: string;
  /** The first finding's pair; null for a claim no longer in the graph. */
  sides: (SummaryClaim | null)[];
  firstReason: string | undefined;
  claimCount: number;
}

/**
 * A conflict in one plain paragraph: the first finding's reason, which quotes both sides with their
 * times and says why they cannot both be true, then who states each side: "Personnel deployed to
 * the MSS (all contributors): “Size590” (3 January 2025) and “As of 3 January 2025, only just over
 * 500 personnel …” (As of 3 January 2025) cannot both be true. Both are stated by “Multinational
 * Security Support Mission in Haiti” (Wikipedia)." Every rule's reason describes its pair first
 * and second, in the finding's order, so "the first" and "the second" name them. A larger group
 * says how many claims it holds. The assessment stores it with the conflict (reassess.ts); the
 * read side composes it for a conflict stored before summaries were (graph/conflict-summary.ts).
 */
export function conflictSummary({ measureName, sides, firstReason, claimCount }: SummaryInput): string {
  const [a, b] = sides.map(side);
  const more = claimCount > 2 ? `${claimCount} claims take part in all; the findings list every pair.` : undefined;
  return `${measureName}: ${[firstReason, a && b ? attribution(a, b) : undefined, more].filter(Boolean).join(' ')}`;
}

/** Who states a side (its first citation's source), or, for a side no source states, what it is. */
type Side = { sourceId: string; byline: string } | { unstated: string };

function side(c: SummaryClaim | null): Side {
  if (c === null) return { unstated: 'a claim no longer in the graph' };
  // The reason has already given the value and time of a claim no source states: say what it is.
  if (c.quoted === null) return { unstated: `the ${c.derivation ?? 'derivation'} of ${c.derivedFromCount} other claims` };
  const { sourceId, title, publisher } = c.quoted;
  // A document by its title: "Wikipedia contributors" would not say which work; the title does.
  return { sourceId, byline: `“${title}”${publisher ? ` (${publisher})` : ''}` };
}

function attribution(a: Side, b: Side): string {
  if ('byline' in a && 'byline' in b) return a.sourceId === b.sourceId ? `Both are stated by ${a.byline}.` : `The first is stated by ${a.byline}, the second by ${b.byline}.`;
  const tell = (which: string, s: Side) => ('byline' in s ? `${which} is stated by ${s.byline}` : `${which} is ${s.unstated}`);
  return `${tell('The first', a)}; ${tell('the second', b)}.`;
}
