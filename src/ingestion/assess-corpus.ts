import { createHash } from 'node:crypto';
import { analyzeMeasure, ownSourcesSupport, type MeasureAnalysis, type Support } from '../conflicts/analyze-measure.js';
import type { CitationClosure, ComparableClaim } from '../conflicts/comparable-claim.js';
import { sourceByline } from '../model/source-byline.js';
import type { AssessedClaimRow, ClaimRow, ConflictRow, CorpusRows } from './corpus-rows.js';

export interface AssessedCorpus extends Omit<CorpusRows, 'claims'> {
  claims: AssessedClaimRow[];
  conflicts: ConflictRow[];
}

/**
 * Runs the conflict rules measure by measure over the corpus and records the outcome on each claim
 * (support status, contested) and as conflict groups, so the API reads conclusions instead of
 * recomputing them per request.
 */
export function assessCorpus(corpus: CorpusRows): AssessedCorpus {
  const closure = citationClosure(corpus);
  const names = new Map(corpus.sources.map((s) => [s.id, sourceByline(s)]));
  const sourceName = (id: string) => names.get(id) ?? id;
  const units = new Map(corpus.measures.map((m) => [m.id, m.unit]));
  const claimsById = new Map(corpus.claims.map((c) => [c.id, c]));

  const statedIn = new Map<string, Set<string>>();
  for (const citation of corpus.citations) {
    for (const claimId of citation.claimIds) statedIn.set(claimId, (statedIn.get(claimId) ?? new Set()).add(citation.sourceId));
  }
  const sourcesOf = (claim: ClaimRow, seen = new Set<string>()): string[] => {
    if (seen.has(claim.id)) return [];
    seen.add(claim.id);
    if (claim.derivedFromIds.length === 0) return [...(statedIn.get(claim.id) ?? [])];
    return [...new Set(claim.derivedFromIds.flatMap((id) => (claimsById.has(id) ? sourcesOf(claimsById.get(id)!, seen) : [])))];
  };

  const byMeasure = new Map<string, ComparableClaim[]>();
  for (const claim of corpus.claims) {
    if (claim.measureId === null) continue;
    const comparable: ComparableClaim = {
      id: claim.id,
      measureId: claim.measureId,
      unit: units.get(claim.measureId) ?? '',
      value: claim.qualifier === null ? null : { qualifier: claim.qualifier as never, amount: claim.amount, low: claim.low, high: claim.high, unit: claim.unit ?? '', currency: claim.currency },
      time: claim.timeStart === null && claim.timeEnd === null ? null : { start: claim.timeStart, end: claim.timeEnd, label: claim.timeLabel },
      sourceIds: sourcesOf(claim),
      derived: claim.derivedFromIds.length > 0,
    };
    byMeasure.set(claim.measureId, [...(byMeasure.get(claim.measureId) ?? []), comparable]);
  }

  const support = new Map<string, Support>();
  const conflicts: ConflictRow[] = [];
  for (const [measureId, claims] of [...byMeasure].sort(([a], [b]) => a.localeCompare(b))) {
    const analysis = analyzeMeasure(claims, closure, sourceName);
    for (const [id, s] of analysis.support) support.set(id, s);
    for (const group of analysis.groups) {
      conflicts.push(conflictRow(measureId, group));
    }
  }

  const claims = corpus.claims.map((claim): AssessedClaimRow => {
    const s = support.get(claim.id) ?? ownSourcesSupport({ sourceIds: sourcesOf(claim), derived: claim.derivedFromIds.length > 0 }, closure, sourceName);
    return { ...claim, supportStatus: s.status, supportReason: s.reason, contested: s.status === 'CONTESTED', corroboratedByIds: s.corroboratedBy };
  });
  return { ...corpus, claims, conflicts };
}

/** For each source, every source it cites directly or through the works it cites. */
function citationClosure(corpus: CorpusRows): CitationClosure {
  const direct = new Map<string, Set<string>>();
  for (const c of corpus.cites) direct.set(c.fromId, (direct.get(c.fromId) ?? new Set()).add(c.toId));
  const closure = new Map<string, Set<string>>();
  for (const from of direct.keys()) {
    const reached = new Set<string>();
    const stack = [...direct.get(from)!];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (reached.has(next)) continue;
      reached.add(next);
      stack.push(...(direct.get(next) ?? []));
    }
    closure.set(from, reached);
  }
  return closure;
}

/** A conflict group as stored: its id is the measure's and a hash of its claims, stable across loads. */
export function conflictRow(measureId: string, group: MeasureAnalysis['groups'][number]): ConflictRow {
  return {
    id: `conflict-${measureId}-${createHash('sha256').update(group.claimIds.join(',')).digest('hex').slice(0, 8)}`,
    measureId,
    kinds: group.kinds,
    claimIds: group.claimIds,
    findingRules: group.findings.map((f) => f.rule),
    findingKinds: group.findings.map((f) => f.kind),
    findingReasons: group.findings.map((f) => f.reason),
    findingClaimA: group.findings.map((f) => f.claimIds[0]),
    findingClaimB: group.findings.map((f) => f.claimIds[1]),
  };
}
