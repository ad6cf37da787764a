import type { ComparableClaim, Finding } from './comparable-claim.js';
import { conflictKind } from './conflict-kind.js';
import type { ConflictRule } from './conflict-rule.js';
import { describeClaim, describeMembers } from './describe-claim.js';
import { missingFrom, openList } from './list-members.js';
import { timesOverlap } from './time-overlap.js';

const dated = (c: ComparableClaim): c is ComparableClaim & { time: { start: string; end: string } } => Boolean(c.time?.start && c.time.end);

/**
 * Lists of one measure at different times are a series, and a list that grows is no finding. A
 * later list that drops a member of the list just before it, when no withdrawal of that member is
 * stated (a claim with role 'departure' naming it, at a time between the two), is a TENSION: both
 * are true if the member withdrew unreported, or if the later list is incomplete.
 *
 * Fires: the Bahamas, Barbados, Belize and Jamaica on 26 June 2024, then the Bahamas, Belize and
 * Jamaica on 30 September 2024 (Barbados dropped, TENSION).
 * Does not fire: the later list adds members and drops none; a later list given as open ("at least
 * seven, namely ..."); Barbados's withdrawal stated in
 * August 2024; lists at overlapping times (see differing-lists); an undated list (it has no place
 * in the series).
 */
export const droppedMemberRule: ConflictRule = {
  name: 'dropped-member',
  scope: 'measure',
  check(claims, { aliases }) {
    const lists = claims.filter((c) => c.members && (c.role ?? 'stock') === 'stock').filter(dated);
    const withdrawals = claims.filter((c) => c.members && c.role === 'departure');
    const findings: Finding[] = [];
    // A later list the text gives as open may leave members out.
    for (const later of lists.filter((c) => !openList(c))) {
      const earlier = lists.filter((c) => c.time.end < later.time.start).sort((x, y) => y.time.end.localeCompare(x.time.end))[0];
      if (!earlier) continue;
      const between = { time: { start: earlier.time.start, end: later.time.end, label: null } };
      const withdrawn = withdrawals.filter((w) => timesOverlap(w, between)).flatMap((w) => w.members!);
      const dropped = missingFrom(missingFrom(earlier.members!, later.members!, aliases), withdrawn, aliases);
      if (dropped.length === 0) continue;
      findings.push({
        outcome: 'conflict',
        rule: 'dropped-member',
        kind: conflictKind(later, earlier),
        severity: 'TENSION',
        claimIds: [later.id, earlier.id],
        reason: `${describeClaim(later)} no longer names ${describeMembers(dropped)}, which ${describeClaim(earlier)} named, and no source states that ${dropped.length === 1 ? 'it' : 'they'} withdrew. Both are true only if the withdrawal went unreported or the later list is incomplete.`,
      });
    }
    return findings;
  },
};
