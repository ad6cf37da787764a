import { createHash } from 'node:crypto';
import { analyzeEvents } from '../conflicts/analyze-events.js';
import { analyzeMeasure, ownSourcesSupport, type ConflictGroup, type MeasureAnalysis, type Support } from '../conflicts/analyze-measure.js';
import { analyzeMeasureGroup } from '../conflicts/analyze-measure-group.js';
import type { CitationClosure, ComparableClaim, EventClaim, StockRole } from '../conflicts/comparable-claim.js';
import { memberKey } from '../conflicts/list-members.js';
import { conflictSummary, type SummaryClaim } from '../conflicts/conflict-summary.js';
import { mergeSupport } from '../conflicts/support-status.js';
import type { GraphTransaction } from '../database/query-runner.js';
import type { ClaimRecord } from '../graph/records.js';
import type { Qualifier } from '../model/claim-value.js';
import { sourceByline } from '../model/source-byline.js';
import type { ConflictNode, SupportRow } from './graph-rows.js';
import { curationQueries } from './curation-queries.js';

/** A claim as the assessment reads it back from the graph (a new claim has no support yet). */
export interface AssessedClaimInput
  extends Pick<
    ClaimRecord,
    'id' | 'derivation' | 'measureId' | 'eventKey' | 'qualifier' | 'amount' | 'valueLow' | 'valueHigh' | 'unit' | 'currency' | 'timeStart' | 'timeEnd' | 'timeLabel' | 'role' | 'members' | 'memberIds' | 'category' | 'retracted'
  > {
  measureUnit: string | null;
  measureName: string | null;
  supportStatus: string | null;
  supportReason: string | null;
  /** How many claims it is derived from (none: the claim is stated, not derived). */
  derivedFromCount: number;
  sourceIds: string[];
  /** Its first citation's words and source, in source and text order; null for a claim no source states. */
  quoted: { quote: string; sourceId: string } | null;
  /** Per citation, whom it attributes the words to (empty: the source speaks for itself). */
  attributions: string[][];
}

export interface AssessmentInput {
  claims: AssessedClaimInput[];
  /** The measures reassessed (those a write touched and those linked to them), with their links. */
  measures: { id: string; name: string; sumOfIds: string[]; flowIds: string[] }[];
  sources: { id: string; title: string; publisher: string | null; authors: string[]; cites: string[] }[];
  conflicts: { id: string; measureId: string; claimIds: string[]; kinds: string[]; severity: string | null; findingReasons: string[] }[];
}

export type ConflictChangeKind = 'CREATED' | 'ALTERED' | 'RESOLVED';

/** A conflict group the write made, changed or ended; an altered group may replace several old ones. */
export interface ConflictChange {
  id: string;
  change: ConflictChangeKind;
  measureId: string;
  replaces: string[];
}

/** A claim whose support status the write changed (before is null for a claim the write created). */
export interface SupportChange {
  claimId: string;
  before: string | null;
  after: string;
}

export interface Reassessment {
  conflictChanges: ConflictChange[];
  supportChanges: SupportChange[];
  /** Every measure whose claims were reassessed: those the write touched, and the sums and stocks linked to them. */
  reassessedMeasureIds: string[];
}

/**
 * What reassessing is told: the measures to rerun, the claims whose own support to redo (the events
 * they are about are rerun too), and events a write took claims away from.
 */
export interface ReassessScope {
  measureIds: string[];
  claimIds: string[];
  eventKeys?: string[];
}

/** Support of a claim a curator withdrew: it counts in no conflict and corroborates nothing. */
const RETRACTED: Omit<Support, 'status'> & { status: 'RETRACTED' } = { status: 'RETRACTED', reason: 'Retracted by a curator (see retraction); it counts in no conflict or corroboration.', corroboratedBy: [] };

/**
 * Reruns the conflict and support rules over the claims of the measures a write touched and of the
 * measures linked to them (the sums they are a whole or a part of, a stock and its flows), inside
 * that write's transaction (the caller holds the measures' locks, see lock-measures), stores the
 * outcome, and says what changed. The cost grows with those measures' claims, never with the graph.
 */
export async function reassess(tx: GraphTransaction, scope: ReassessScope): Promise<Reassessment> {
  const [input] = await tx.run(curationQueries.assessmentInput, { measureIds: [...new Set(scope.measureIds)].sort(), claimIds: [...new Set(scope.claimIds)], eventKeys: [...new Set(scope.eventKeys ?? [])] });
  const outcome = assess(input ?? { claims: [], measures: [], sources: [], conflicts: [] });
  await writeAssessment(tx, [...new Set([...scope.measureIds, ...outcome.changes.reassessedMeasureIds])], outcome);
  return outcome.changes;
}

/** Stores what the assessment concluded: each claim's support, and the conflict groups of $measureIds. */
export async function writeAssessment(tx: GraphTransaction, measureIds: string[], outcome: { support: SupportRow[]; conflicts: ConflictNode[] }): Promise<void> {
  await tx.run(curationQueries.writeSupport, { rows: outcome.support });
  await tx.run(curationQueries.writeConflicts, { measureIds, rows: outcome.conflicts });
}

/** The pure part of reassessment: from what the graph holds to what it should hold, and the difference. */
export function assess(input: AssessmentInput): { support: SupportRow[]; conflicts: ConflictNode[]; changes: Reassessment } {
  const closure: CitationClosure = new Map(input.sources.map((s) => [s.id, new Set(s.cites)]));
  const names = new Map(input.sources.map((s) => [s.id, sourceByline(s)]));
  const sourceName = (id: string) => names.get(id) ?? id;
  const summarize = summaries(input);

  const byMeasure = new Map<string, ComparableClaim[]>();
  for (const claim of input.claims) {
    if (claim.measureId === null || claim.retracted) continue;
    byMeasure.set(claim.measureId, [...(byMeasure.get(claim.measureId) ?? []), comparable(claim)]);
  }
  const options = { aliases: memberAliases(input.claims) };
  const links = new Map(input.measures.map((m) => [m.id, m]));
  /** A stock's arrivals and departures: the claims of its flow measures that have one of those roles. */
  const flowsOf = (measureId: string, roles: readonly StockRole[]) =>
    (links.get(measureId)?.flowIds ?? []).flatMap((flow) => (byMeasure.get(flow) ?? []).filter((c) => c.role != null && roles.includes(c.role)));
  const support = new Map<string, Support>();
  const conflicts: ConflictNode[] = [];
  // A claim seen by several analyses (its measure's, its stock's, a sum's, its event's) keeps the stronger support.
  const merge = (supports: Map<string, Support>) => {
    for (const [id, s] of supports) support.set(id, support.has(id) ? mergeSupport(support.get(id)!, s) : s);
  };
  const record = (measureId: string, analysis: MeasureAnalysis, keep: (group: ConflictGroup) => boolean) => {
    merge(analysis.support);
    for (const group of analysis.groups) if (keep(group)) conflicts.push(conflictNode(measureId, group, summarize(measureId, group)));
  };
  const byId = (a: ComparableClaim, b: ComparableClaim) => a.id.localeCompare(b.id);
  for (const measureId of [...new Set([...byMeasure.keys(), ...links.keys()])].sort()) {
    const own = byMeasure.get(measureId) ?? [];
    const claims = [...own, ...flowsOf(measureId, ['arrival', 'departure'])].sort(byId);
    if (claims.length === 0) continue;
    // Findings among the flows alone are the flow measure's own, found when it is analysed.
    const ownIds = new Set(own.map((c) => c.id));
    record(measureId, analyzeMeasure(claims, closure, sourceName, options), (group) => group.claimIds.some((id) => ownIds.has(id)));
  }
  for (const { id, sumOfIds } of [...links.values()].filter((m) => m.sumOfIds.length > 0).sort((a, b) => a.id.localeCompare(b.id))) {
    const parts = new Map(sumOfIds.map((part) => [part, [...(byMeasure.get(part) ?? []), ...flowsOf(part, ['departure'])].sort(byId)]));
    record(id, analyzeMeasureGroup({ wholeMeasureId: id, whole: [...(byMeasure.get(id) ?? [])].sort(byId), parts }, closure, sourceName, options), () => true);
  }
  // Claims about one event corroborate each other without a measure.
  const byEvent = new Map<string, EventClaim[]>();
  for (const claim of input.claims) {
    if (claim.eventKey === null || claim.retracted) continue;
    byEvent.set(claim.eventKey, [...(byEvent.get(claim.eventKey) ?? []), { ...comparable(claim), eventKey: claim.eventKey }]);
  }
  for (const claims of byEvent.values()) merge(analyzeEvents(claims.sort((a, b) => a.id.localeCompare(b.id)), closure, sourceName));
  const rows = input.claims.map((claim): SupportRow => {
    const s: Omit<Support, 'status'> & { status: string } = claim.retracted
      ? RETRACTED
      : (support.get(claim.id) ?? ownSourcesSupport({ sourceIds: claim.sourceIds, derived: claim.derivedFromCount > 0, attributedTo: originators(claim) }, closure, sourceName));
    return { id: claim.id, supportStatus: s.status, supportReason: s.reason, contested: s.status === 'CONTESTED', corroboratedByIds: s.corroboratedBy };
  });
  const supportChanges = rows
    .map((row, i) => ({ claimId: row.id, before: input.claims[i]!.supportStatus, after: row.supportStatus }))
    .filter((c) => c.before !== c.after);
  const reassessedMeasureIds = input.measures.map((m) => m.id).sort();
  return { support: rows, conflicts, changes: { conflictChanges: conflictChanges(input.conflicts, conflicts), supportChanges, reassessedMeasureIds } };
}

/** How the claims' lists name entities: each member's words (as `memberKey` normalizes them) to the entity the writer matched. */
function memberAliases(claims: readonly AssessedClaimInput[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const claim of claims) claim.members?.forEach((name, i) => claim.memberIds[i] && aliases.set(memberKey(name), claim.memberIds[i]));
  return aliases;
}

function comparable(claim: AssessedClaimInput): ComparableClaim {
  return {
    id: claim.id,
    measureId: claim.measureId!,
    unit: claim.measureUnit ?? '',
    value:
      claim.qualifier === null
        ? null
        : { qualifier: claim.qualifier as Qualifier, amount: claim.amount, low: claim.valueLow, high: claim.valueHigh, unit: claim.unit ?? '', currency: claim.currency },
    time: claim.timeStart === null && claim.timeEnd === null ? null : { start: claim.timeStart, end: claim.timeEnd, label: claim.timeLabel },
    sourceIds: claim.sourceIds,
    derived: claim.derivedFromCount > 0,
    quote: claim.quoted?.quote ?? null,
    attributedTo: originators(claim),
    role: claim.role as StockRole | null,
    members: claim.members,
    category: claim.category,
  };
}

/** The originators a claim repeats, when every citation of it names one: else its sources speak for themselves. */
function originators(claim: AssessedClaimInput): string[] {
  if (claim.attributions.length === 0 || claim.attributions.some((ids) => ids.length === 0)) return [];
  return [...new Set(claim.attributions.flat())].sort();
}

/** A conflict group as stored: its id is the measure's and a hash of its claims, stable across writes. */
/** How a conflict group of the assessment is told in one paragraph (conflicts/conflict-summary.ts), from what the assessment read. */
function summaries(input: AssessmentInput): (measureId: string, group: ConflictGroup) => string {
  const claims = new Map(input.claims.map((c) => [c.id, c]));
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const measureNames = new Map<string, string>(input.measures.map((m) => [m.id, m.name]));
  for (const c of input.claims) if (c.measureId !== null && c.measureName !== null) measureNames.set(c.measureId, c.measureName);
  const side = (id: string): SummaryClaim | null => {
    const c = claims.get(id);
    if (!c) return null;
    const source = c.quoted ? sources.get(c.quoted.sourceId) : undefined;
    const quoted = c.quoted && source ? { sourceId: source.id, title: source.title, publisher: source.publisher } : null;
    return { derivation: c.derivation, derivedFromCount: c.derivedFromCount, quoted };
  };
  return (measureId, group) => {
    const [first] = group.findings;
    return conflictSummary({
      measureName: measureNames.get(measureId) ?? measureId,
      sides: (first?.claimIds ?? []).map(side),
      firstReason: first?.reason,
      claimCount: group.claimIds.length,
    });
  };
}

function conflictNode(measureId: string, group: ConflictGroup, summary: string): ConflictNode {
  return {
    id: `conflict-${measureId}-${createHash('sha256').update(group.claimIds.join(',')).digest('hex').slice(0, 8)}`,
    measureId,
    kinds: group.kinds,
    severity: group.severity,
    claimIds: group.claimIds,
    findingRules: group.findings.map((f) => f.rule),
    findingSeverities: group.findings.map((f) => f.severity),
    findingKinds: group.findings.map((f) => f.kind),
    findingReasons: group.findings.map((f) => f.reason),
    findingClaimA: group.findings.map((f) => f.claimIds[0]),
    findingClaimB: group.findings.map((f) => f.claimIds[1]),
    summary,
  };
}

/**
 * A group with the same claims and findings as before is no change; one sharing claims with
 * groups before it replaces them (ALTERED: a claim joined or left the conflict); one sharing none
 * is CREATED; a group before that nothing replaces is RESOLVED.
 */
function conflictChanges(before: AssessmentInput['conflicts'], after: ConflictNode[]): ConflictChange[] {
  const changes: ConflictChange[] = [];
  const replaced = new Set<string>();
  for (const group of after) {
    const same = before.find((b) => b.id === group.id);
    if (same) {
      replaced.add(same.id);
      if (same.findingReasons.join('\n') !== group.findingReasons.join('\n') || same.kinds.join() !== group.kinds.join() || same.severity !== group.severity) {
        changes.push({ id: group.id, change: 'ALTERED', measureId: group.measureId, replaces: [same.id] });
      }
      continue;
    }
    const overlapping = before.filter((b) => b.measureId === group.measureId && b.claimIds.some((id) => group.claimIds.includes(id))).map((b) => b.id);
    for (const id of overlapping) replaced.add(id);
    changes.push({ id: group.id, change: overlapping.length > 0 ? 'ALTERED' : 'CREATED', measureId: group.measureId, replaces: overlapping });
  }
  for (const b of before) if (!replaced.has(b.id)) changes.push({ id: b.id, change: 'RESOLVED', measureId: b.measureId, replaces: [] });
  return changes;
}
