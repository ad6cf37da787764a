import { describeValue, type Qualifier } from '../model/claim-value.js';
import type { SummarySide } from '../graph/records.js';
import { describeTime } from './time-overlap.js';

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
 * A conflict in one plain paragraph, with both sides' own words: "Personnel deployed to the MSS
 * (all contributors): “Multinational …” (Wikipedia) says “Size590” (3 January 2025), while the same
 * source says “only just over 500 personnel …” (As of 3 January 2025). 590 personnel … cannot both be true."
 * The two sides are the first finding's pair; a larger group says how many claims it holds.
 * The assessment stores it with the conflict (reassess.ts); the read side composes it for a conflict
 * stored before summaries were (graph/conflict-summary.ts).
 */
export function conflictSummary({ measureName, sides, firstReason, claimCount }: SummaryInput): string {
  const [a, b] = sides.map((c) => (c ? side(c) : { sourceId: null, words: 'a claim no longer in the graph' }));
  const second = b && a?.sourceId && b.sourceId === a.sourceId ? b.words.replace(b.byline ?? '', 'the same source') : b?.words;
  const more = claimCount > 2 ? ` ${claimCount} claims take part in all; the findings list every pair.` : '';
  const both = [a?.words, second].filter(Boolean).join(', while ');
  return `${measureName}: ${both}. ${firstReason ?? ''}${more}`.trim();
}

interface Side {
  sourceId: string | null;
  /** How the sentence names the source, so a second side from the same source can say "the same source". */
  byline?: string;
  words: string;
}

function side(c: SummaryClaim): Side {
  const time = describeTime({ time: c.timeStart === null && c.timeEnd === null ? null : { start: c.timeStart, end: c.timeEnd, label: c.timeLabel } });
  if (c.quoted === null) {
    const value = c.qualifier && c.unit ? describeValue({ qualifier: c.qualifier as Qualifier, amount: c.amount, low: c.valueLow, high: c.valueHigh, unit: c.unit, currency: c.currency }) : c.statement;
    return { sourceId: null, words: `the ${c.derivation ?? 'derivation'} of ${c.derivedFromCount} other claims gives ${value} (${time})` };
  }
  const { quote, sourceId, title, publisher } = c.quoted;
  // A document by its title: "Wikipedia contributors says" would not read; the title names the work.
  const byline = `“${title}”${publisher ? ` (${publisher})` : ''}`;
  return { sourceId, byline, words: `${byline} says “${quote}” (${time})` };
}
