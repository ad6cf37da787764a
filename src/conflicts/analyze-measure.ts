import { boundsOverlap, valueBounds } from '../model/claim-value.js';
import type { CitationClosure, ComparableClaim, ConflictFinding, ConflictKind } from './comparable-claim.js';
import { independent } from './conflict-kind.js';
import { conflictRules } from './conflict-rules.js';
import { timesOverlap } from './time-overlap.js';

/** Claims of one measure tied together by incompatibilities: what an auditor reviews as one case. */
export interface ConflictGroup {
  measureId: string;
  claimIds: string[];
  kinds: ConflictKind[];
  findings: ConflictFinding[];
}

export type SupportStatus = 'CONTESTED' | 'DERIVED' | 'CORROBORATED' | 'SINGLE_SOURCE';

export interface Support {
  status: SupportStatus;
  reason: string;
  /** Claims from independent sources that agree with this one (same measure, overlapping time). */
  corroboratedBy: string[];
}

export interface MeasureAnalysis {
  groups: ConflictGroup[];
  support: Map<string, Support>;
}

/**
 * Runs every conflict rule over every pair of one measure's claims, groups the findings, and gives
 * each claim a support status. Costs grow with the measure's claims (pairs), never with the graph.
 */
export function analyzeMeasure(
  claims: readonly ComparableClaim[],
  closure: CitationClosure,
  sourceName: (id: string) => string,
): MeasureAnalysis {
  const findings: ConflictFinding[] = [];
  const agreements = new Map<string, string[]>(claims.map((c) => [c.id, []]));
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i]!;
      const b = claims[j]!;
      const found = conflictRules.map((rule) => rule(a, b, closure)).filter((f): f is ConflictFinding => f !== null);
      findings.push(...found);
      if (found.length === 0 && agree(a, b) && independent(a, b, closure)) {
        agreements.get(a.id)!.push(b.id);
        agreements.get(b.id)!.push(a.id);
      }
    }
  }
  const groups = groupFindings(findings, claims[0]?.measureId ?? '');
  const contested = new Map<string, ConflictFinding[]>();
  for (const f of findings) for (const id of f.claimIds) contested.set(id, [...(contested.get(id) ?? []), f]);

  const byId = new Map(claims.map((c) => [c.id, c]));
  const support = new Map<string, Support>();
  for (const claim of claims) {
    const against = contested.get(claim.id);
    const corroboratedBy = agreements.get(claim.id) ?? [];
    if (against) {
      const others = against.flatMap((f) => f.claimIds).filter((id) => id !== claim.id);
      support.set(claim.id, { status: 'CONTESTED', reason: `Conflicts with ${[...new Set(others)].join(', ')}: ${against[0]!.reason}`, corroboratedBy });
    } else if (claim.derived) {
      support.set(claim.id, { status: 'DERIVED', reason: DERIVED_REASON, corroboratedBy });
    } else if (corroboratedBy.length > 0) {
      const names = [...new Set(corroboratedBy.flatMap((id) => byId.get(id)!.sourceIds))].map(sourceName);
      support.set(claim.id, { status: 'CORROBORATED', reason: `Agrees with ${corroboratedBy.join(', ')}, stated independently by ${names.join('; ')}.`, corroboratedBy });
    } else {
      support.set(claim.id, ownSourcesSupport(claim, closure, sourceName));
    }
  }
  return { groups, support };
}

/** Names the API's field (Claim.derivation), where a reader finds the parts. */
const DERIVED_REASON = 'Computed from other claims (see derivation), not stated by a source.';

/** Support of a claim from its own citations alone (claims without a measure, or with no peer). */
export function ownSourcesSupport(claim: Pick<ComparableClaim, 'sourceIds' | 'derived'>, closure: CitationClosure, sourceName: (id: string) => string): Support {
  if (claim.derived) return { status: 'DERIVED', reason: DERIVED_REASON, corroboratedBy: [] };
  const sources = [...new Set(claim.sourceIds)];
  const independentPair = sources.some((s, i) => sources.slice(i + 1).some((t) => !closure.get(s)?.has(t) && !closure.get(t)?.has(s)));
  if (independentPair) {
    return { status: 'CORROBORATED', reason: `Stated independently by ${sources.map(sourceName).join('; ')}.`, corroboratedBy: [] };
  }
  return { status: 'SINGLE_SOURCE', reason: `Stated only by ${sources.map(sourceName).join('; ') || 'no source'}; no independent source states it.`, corroboratedBy: [] };
}

function agree(a: ComparableClaim, b: ComparableClaim): boolean {
  if (!a.time || !b.time || !timesOverlap(a, b)) return false;
  if (a.unit === 'date') return true;
  return a.value !== null && b.value !== null && boundsOverlap(valueBounds(a.value), valueBounds(b.value));
}

/** Claims linked by findings form one group (connected components over the findings). */
function groupFindings(findings: ConflictFinding[], measureId: string): ConflictGroup[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const f of findings) parent.set(find(f.claimIds[0]), find(f.claimIds[1]));
  const groups = new Map<string, ConflictFinding[]>();
  for (const f of findings) groups.set(find(f.claimIds[0]), [...(groups.get(find(f.claimIds[0])) ?? []), f]);
  return [...groups.values()].map((fs) => ({
    measureId,
    claimIds: [...new Set(fs.flatMap((f) => f.claimIds))].sort(),
    kinds: [...new Set(fs.map((f) => f.kind))].sort(),
    findings: fs,
  }));
}
