import { describeValue } from '../model/claim-value.js';
import type { ComparableClaim } from './comparable-claim.js';
import { describeTime } from './time-overlap.js';

type Described = Pick<ComparableClaim, 'time' | 'value' | 'quote' | 'category' | 'members'>;

/**
 * One side of a finding as a journalist would quote it: the source's words when the analysis has
 * them, else the value in words, then the time: “only just over 500 personnel …” (As of 3 January
 * 2025); 590 personnel (3 January 2025); 2 October 2023 for a date. Words that do not state the
 * figure themselves (a table's caption, “$300 million” for 300000000) are followed by it, so the
 * reader sees what is compared: “Current personnel …” (400 personnel, 3 January 2025).
 */
export function describeClaim(claim: Described): string {
  const what = claim.quote ? `“${claim.quote}”` : claim.value ? describeValue(claim.value) : claim.category ? `“${claim.category}”` : claim.members ? describeMembers(claim.members) : null;
  const figure = claim.quote && claim.value && !statesFigure(claim.quote, claim.value) ? `${describeValue(claim.value)}, ` : '';
  return what === null ? describeTime(claim) : `${what} (${figure}${describeTime(claim)})`;
}

/** Numbers written in words ("at least six", "two dozen", "$300 million"): the words state a figure. */
const NUMBER_WORDS = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)s?\b/i;

/** Whether words give a value's number, as digits (1,234 or 1234) or in words. */
function statesFigure(words: string, value: NonNullable<Described['value']>): boolean {
  if (NUMBER_WORDS.test(words)) return true;
  const digits = words.replace(/(\d),(\d)/g, '$1$2');
  const numbers = [value.amount, value.low, value.high].filter((n): n is number => n !== null);
  return numbers.every((n) => new RegExp(`(^|[^\\d.])${String(n).replace('.', '\\.')}([^\\d]|$)`).test(digits));
}

/** "Jamaica", "Jamaica and Belize", "Jamaica, Belize and Chad". */
export function describeMembers(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
