import type { Severity } from './comparable-claim.js';
import { conflictKind } from './conflict-kind.js';
import { pairRule } from './conflict-rule.js';
import { describeClaim, describeMembers } from './describe-claim.js';
import { missingFrom, openList } from './list-members.js';
import { timesOverlap } from './time-overlap.js';

/**
 * Two lists of one measure (the countries that pledged personnel) at overlapping times, compared
 * member by member through the entities' aliases; the reason says what each side omits and adds.
 * Each naming a member the other lacks is a CONFLICT. One list within the other is a TENSION: both
 * hold if the shorter list is incomplete, as lists in prose often are. So is any difference with an
 * undated list (both hold if it is from another time). A list the text gives as open ("at least
 * seven ..., namely") may omit members: what it omits counts against neither.
 *
 * Fires: "the Bahamas, Bangladesh, Barbados, Belize, Benin, Chad, and Jamaica" and "Jamaica,
 * Bahamas, Guyana, Barbados, and Antigua and Barbuda, as well as Bangladesh, Benin, and Chad" on one
 * day (CONFLICT: Belize against Guyana and Antigua and Barbuda); the same seven against the six of
 * them without Jamaica (TENSION).
 * Does not fire: "the Bahamas" and "Bahamas", or "US" and "United States" when the aliases match
 * them; an open list of seven within a list of eight; two lists at different times (see
 * dropped-member).
 */
export const differingListsRule = pairRule('differing-lists', (a, b, { aliases }) => {
  if (!a.members || !b.members || !timesOverlap(a, b)) return null;
  // What one list names and the other omits counts only against a list that does not say it is open.
  const onlyA = openList(b) ? [] : missingFrom(a.members, b.members, aliases);
  const onlyB = openList(a) ? [] : missingFrom(b.members, a.members, aliases);
  if (onlyA.length === 0 && onlyB.length === 0) return null;
  const undated = !a.time || !b.time;
  const severity: Severity = undated || onlyA.length === 0 || onlyB.length === 0 ? 'TENSION' : 'CONFLICT';
  const omits = [
    onlyA.length > 0 ? `the first names ${describeMembers(onlyA)}, which the second omits` : null,
    onlyB.length > 0 ? `the second names ${describeMembers(onlyB)}, which the first omits` : null,
  ].filter((s) => s !== null).join(', and ');
  const reading = undated
    ? ' One of them is undated; both are true only if it is from another time.'
    : severity === 'TENSION' ? ' Both are true only if the list that omits members is incomplete.' : '';
  return {
    kind: conflictKind(a, b),
    severity,
    claimIds: [a.id, b.id],
    reason: `${describeClaim(a)} and ${describeClaim(b)} name different members: ${omits}.${reading}`,
  };
});
