import { describeValue } from '../model/claim-value.js';
import type { ComparableClaim } from './comparable-claim.js';
import { describeTime } from './time-overlap.js';

type Described = Pick<ComparableClaim, 'time' | 'value' | 'quote' | 'category' | 'members'>;

/**
 * One side of a finding as a journalist would quote it: the source's words when the analysis has
 * them, else the value in words, then the time: “only just over 500 personnel …” (As of 3 January
 * 2025); 590 personnel (3 January 2025); 2 October 2023 for a date.
 */
export function describeClaim(claim: Described): string {
  const what = claim.quote ? `“${claim.quote}”` : claim.value ? describeValue(claim.value) : claim.category ? `“${claim.category}”` : claim.members ? describeMembers(claim.members) : null;
  return what === null ? describeTime(claim) : `${what} (${describeTime(claim)})`;
}

/** "Jamaica", "Jamaica and Belize", "Jamaica, Belize and Chad". */
export function describeMembers(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
