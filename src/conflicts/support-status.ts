import { unreachable } from '../model/claim-value.js';
import type { CitationClosure, ComparableClaim, ConflictFinding, Finding, Severity } from './comparable-claim.js';

export type SupportStatus = 'CONTESTED' | 'DERIVED' | 'CORROBORATED' | 'SINGLE_SOURCE';

export interface Support {
  status: SupportStatus;
  reason: string;
  /** Claims from independent voices that agree with this one (same measure or event, overlapping time). */
  corroboratedBy: string[];
}

type Supported = Pick<ComparableClaim, 'id' | 'sourceIds' | 'derived' | 'attributedTo'>;

/** Names the API's field (Claim.derivation), where a reader finds the parts. */
const DERIVED_REASON = 'Computed from other claims (see derivation), not stated by a source.';

/** How a support reason introduces the claims a finding sets against this one. */
function opposedWords(severity: Severity): string {
  switch (severity) {
    case 'CONFLICT':
      return 'Conflicts with';
    case 'TENSION':
      return 'In tension with';
    default:
      return unreachable(severity);
  }
}

/** Whom a finding sets against a claim: the first claim against all the others, each other claim against the first. */
function opponents(finding: ConflictFinding, id: string): string[] {
  const [first, ...rest] = finding.claimIds;
  return id === first ? rest : [first];
}

/**
 * Each claim's support from what the rules found: CONTESTED when a finding involves it (the reason
 * is that of its first CONFLICT, else its first TENSION); else DERIVED; else CORROBORATED when an
 * independent claim agrees; else what its own citations give.
 */
export function supportOf(claims: readonly Supported[], findings: readonly Finding[], closure: CitationClosure, sourceName: (id: string) => string): Map<string, Support> {
  const against = new Map<string, ConflictFinding[]>();
  const agreeing = new Map<string, string[]>();
  const add = <T>(map: Map<string, T[]>, id: string, item: T) => {
    const list = map.get(id);
    if (list) list.push(item);
    else map.set(id, [item]);
  };
  for (const f of findings) {
    switch (f.outcome) {
      case 'conflict':
        for (const id of f.claimIds) add(against, id, f);
        break;
      case 'corroboration':
        add(agreeing, f.claimIds[0], f.claimIds[1]);
        add(agreeing, f.claimIds[1], f.claimIds[0]);
        break;
      default:
        unreachable(f);
    }
  }
  const byId = new Map(claims.map((c) => [c.id, c]));
  const support = new Map<string, Support>();
  for (const claim of claims) {
    const opposed = against.get(claim.id);
    const corroboratedBy = agreeing.get(claim.id) ?? [];
    if (opposed) {
      const first = opposed.find((f) => f.severity === 'CONFLICT') ?? opposed[0]!;
      const others = [...new Set(opposed.flatMap((f) => opponents(f, claim.id)))];
      support.set(claim.id, { status: 'CONTESTED', reason: `${opposedWords(first.severity)} ${others.join(', ')}: ${first.reason}`, corroboratedBy });
    } else if (claim.derived) {
      support.set(claim.id, { status: 'DERIVED', reason: DERIVED_REASON, corroboratedBy });
    } else if (corroboratedBy.length > 0) {
      const names = [...new Set(corroboratedBy.flatMap((id) => byId.get(id)?.sourceIds ?? []))].map(sourceName);
      support.set(claim.id, { status: 'CORROBORATED', reason: `Agrees with ${corroboratedBy.join(', ')}, stated independently by ${names.join('; ')}.`, corroboratedBy });
    } else {
      support.set(claim.id, ownSourcesSupport(claim, closure, sourceName));
    }
  }
  return support;
}

/**
 * Support of a claim from its own citations alone (claims without a measure, or with no peer):
 * two of its sources independent of each other corroborate it, unless all its citations repeat one
 * originator (`attributedTo`): then they are one voice.
 */
export function ownSourcesSupport(claim: Pick<ComparableClaim, 'sourceIds' | 'derived' | 'attributedTo'>, closure: CitationClosure, sourceName: (id: string) => string): Support {
  if (claim.derived) return { status: 'DERIVED', reason: DERIVED_REASON, corroboratedBy: [] };
  const sources = [...new Set(claim.sourceIds)];
  const names = sources.map(sourceName).join('; ') || 'no source';
  const originators = claim.attributedTo ?? [];
  if (originators.length > 0 && sources.length > 1) {
    return { status: 'SINGLE_SOURCE', reason: `Stated by ${names}, all repeating ${originators.map(sourceName).join('; ')}; no independent voice states it.`, corroboratedBy: [] };
  }
  const independentPair = sources.some((s, i) => sources.slice(i + 1).some((t) => !closure.get(s)?.has(t) && !closure.get(t)?.has(s)));
  if (independentPair) {
    return { status: 'CORROBORATED', reason: `Stated independently by ${names}.`, corroboratedBy: [] };
  }
  return { status: 'SINGLE_SOURCE', reason: `Stated only by ${names}; no independent source states it.`, corroboratedBy: [] };
}

const RANK: Record<SupportStatus, number> = { CONTESTED: 3, DERIVED: 2, CORROBORATED: 1, SINGLE_SOURCE: 0 };

/**
 * One claim's support from two analyses that saw it (its measure's, and a group's or an event's
 * that links it to other measures): the stronger status, in the order of `supportOf`, with every
 * corroborating claim of both.
 */
export function mergeSupport(a: Support, b: Support): Support {
  const stronger = RANK[b.status] > RANK[a.status] ? b : a;
  return { ...stronger, corroboratedBy: [...new Set([...a.corroboratedBy, ...b.corroboratedBy])] };
}
