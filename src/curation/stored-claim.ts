import type { GraphTransaction } from '../database/query-runner.js';
import type { ClaimRecord } from '../graph/records.js';
import type { ClaimTime } from '../model/claim-time.js';
import { claimValue } from './claim-drafts.js';
import { claimProperties, type ClaimDraft } from './claim-node.js';
import type { ClaimInput } from './curation-input.js';
import { curationQueries } from './curation-queries.js';
import type { ClaimNode } from './graph-rows.js';

/** A stored claim read back for an update: as the input that would make it, and as its graph row. */

export async function currentClaim(tx: GraphTransaction, id: string) {
  const [row] = await tx.run(curationQueries.claimsByIds, { ids: [id] });
  if (!row) return undefined;
  const record = row.claim;
  const citations = (await tx.run(curationQueries.citationsByIds, { ids: record.citationIds })).map((r) => r.citation);
  const input: ClaimInput = {
    id,
    kind: record.kind as ClaimInput['kind'],
    statement: record.statement,
    subject: record.subjectId,
    ...(record.measureId ? { measure: record.measureId } : {}),
    ...(record.qualifier && record.unit ? { value: storedValue(record) } : {}),
    ...(record.timePrecision ? { time: storedTime(record) } : {}),
    ...(record.derivation ? { derivedFrom: { method: record.derivation as 'sum', claims: record.derivedFromIds } } : {}),
    ...(record.madeByIds.length > 0 ? { madeBy: record.madeByIds } : {}),
    ...(record.note ? { note: record.note } : {}),
    ...(record.eventKey ? { event: record.eventKey } : {}),
    ...(record.role ? { role: record.role as NonNullable<ClaimInput['role']> } : {}),
    ...(record.members ? { members: record.members } : {}),
    ...(record.category ? { category: record.category } : {}),
    citations: citations.map((c) => ({ quote: c.quote, start: c.start, section: c.section, source: c.sourceId, ...(c.attributedToId ? { attributedTo: c.attributedToId } : {}) })),
  };
  const anchored = citations.map((c) => ({ sourceId: c.sourceId, start: c.start, end: c.end, section: c.section, attributedToId: c.attributedToId }));
  const draft: ClaimDraft = {
    id,
    kind: record.kind,
    statement: record.statement,
    subjectId: record.subjectId,
    measureId: record.measureId,
    value: record.qualifier && record.unit ? claimValue(storedValue(record)) : null,
    time: record.timePrecision ? (storedClaimTime(record)) : null,
    derivation: record.derivation ? { method: record.derivation, claimIds: record.derivedFromIds } : null,
    ...(record.madeByIds.length > 0 ? { madeByIds: record.madeByIds } : {}),
    eventKey: record.eventKey,
    role: record.role,
    members: record.members?.map((name, i) => ({ name, entityId: record.memberIds[i]! })) ?? null,
    category: record.category,
    note: record.note,
  };
  const node: ClaimNode = { id, properties: claimProperties(draft, anchored, 'curation'), derivedFromIds: record.derivedFromIds, citationIds: record.citationIds, memberIds: record.memberIds };
  return { record, input, node, retracted: record.retracted };
}

function storedValue(r: ClaimRecord): NonNullable<ClaimInput['value']> {
  const v = { qualifier: r.qualifier as NonNullable<ClaimInput['value']>['qualifier'], unit: r.unit!, ...(r.currency ? { currency: r.currency } : {}) };
  return r.qualifier === 'range' ? { ...v, low: r.valueLow!, high: r.valueHigh! } : { ...v, amount: r.amount! };
}

/** A stored time as the seed format writes it: a precision's day, month or year, or an interval. */
function storedTime(r: ClaimRecord): NonNullable<ClaimInput['time']> {
  const label = r.timeLabel ? { label: r.timeLabel } : {};
  const part = r.timePart ? { part: r.timePart as 'early' } : {};
  if (r.timePrecision === 'day') return { on: r.timeStart!, ...label };
  if (r.timePrecision === 'month') return { on: r.timeStart!.slice(0, 7), ...part, ...label };
  if (r.timePrecision === 'year') return { on: r.timeStart!.slice(0, 4), ...part, ...label };
  return { ...(r.timeStart ? { from: r.timeStart } : {}), ...(r.timeEnd ? { to: r.timeEnd } : {}), ...label };
}

function storedClaimTime(r: ClaimRecord): ClaimTime {
  return { start: r.timeStart, end: r.timeEnd, precision: r.timePrecision as ClaimTime['precision'], part: r.timePart as ClaimTime['part'], label: r.timeLabel };
}

/** The claim fields (as the read side names them) whose stored values an update changes. */
export function changedFields(before: ClaimNode, after: ClaimNode): string[] {
  const fields = ['kind', 'statement', 'subjectId', 'measureId', 'qualifier', 'amount', 'valueLow', 'valueHigh', 'unit', 'currency', 'timeStart', 'timeEnd', 'timePrecision', 'timePart', 'timeLabel', 'role', 'members', 'category', 'note'] as const;
  const changed: string[] = fields.filter((f) => String(before.properties[f]) !== String(after.properties[f]));
  if (before.citationIds.join() !== after.citationIds.join()) changed.push('citations');
  return changed;
}
