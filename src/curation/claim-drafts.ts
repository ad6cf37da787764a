import { createHash } from 'node:crypto';
import type { GraphTransaction } from '../database/query-runner.js';
import { citationId } from '../ingestion/build-corpus.js';
import { resolveClaimTime } from '../model/claim-time.js';
import type { ClaimValue } from '../model/claim-value.js';
import { locateQuote, SourceText } from '../provenance/quote-selector.js';
import { sectionAbove, sectionProblem } from '../provenance/section.js';
import { matchMembers } from './claim-members.js';
import { canonicalJson, claimProperties, type AnchoredCitation, type ClaimDraft } from './claim-node.js';
import type { ClaimInput } from './curation-input.js';
import { curationQueries } from './curation-queries.js';
import { RefusalCode, type Problems } from './curation-refusal.js';
import type { CitationNode, ClaimNode, GraphWrite, MeasureNode } from './graph-rows.js';
import { measureLinkProblems, measureNode } from './measure-node.js';

/**
 * Claims as curators send them, checked against the graph and made into the write side's rows:
 * each subject, measure, source, originator and part looked up, each quote found in its source.
 */

export function measuresOf(drafted: { node: ClaimNode }[]): string[] {
  return [...new Set(drafted.map((d) => d.node.properties.measureId).filter((id): id is string => id !== null))];
}

export interface DraftedClaim {
  node: ClaimNode;
  citations: CitationNode[];
  newMeasure: MeasureNode | null;
  /** Set when the claim is already in the graph exactly as sent. */
  replay: { answer: string | null } | null;
}

export function graphWrite(drafted: DraftedClaim[]): GraphWrite {
  const citations = new Map<string, CitationNode>();
  for (const d of drafted) {
    for (const c of d.citations) {
      const shared = citations.get(c.id);
      if (shared) shared.claimIds.push(...c.claimIds);
      else citations.set(c.id, { ...c, claimIds: [...c.claimIds] });
    }
  }
  return { entities: [], sources: [], cites: [], measures: drafted.flatMap((d) => (d.newMeasure ? [d.newMeasure] : [])), claims: drafted.map((d) => d.node), citations: [...citations.values()] };
}

/**
 * Checks claims against the graph (subjects, measures and their units, sources and their texts,
 * originators, parts) and anchors each citation's quote in its source's text. Problems are
 * collected with their paths; a claim already in the graph exactly as sent is marked a replay.
 */
export async function draftClaims(tx: GraphTransaction, claims: ClaimInput[], defaultSource: string | undefined, problems: Problems, path: string, options: { updating?: string } = {}): Promise<DraftedClaim[]> {
  const ids = claims.map((c) => c.id);
  const memberNames = [...new Set(claims.flatMap((c) => c.members ?? []))];
  const [context] = await tx.run(curationQueries.writeContext, {
    entityIds: claims.flatMap((c) => [c.subject, ...(c.madeBy ?? [])]),
    measureIds: claims.flatMap((c) => [c.measure, c.newMeasure?.id, ...(c.newMeasure?.sumOf ?? []), ...(c.newMeasure?.flows ?? [])].filter((m): m is string => m !== undefined)),
    memberNames,
    sourceIds: claims.flatMap((c) => c.citations.map((q) => q.source ?? defaultSource).filter((s): s is string => s !== undefined)),
    originatorIds: claims.flatMap((c) => c.citations.flatMap((q) => (q.attributedTo ? [q.attributedTo] : []))),
    claimIds: [...ids.filter((id): id is string => id !== undefined), ...claims.flatMap((c) => c.derivedFrom?.claims ?? [])],
  });
  const entities = new Set(context!.entityIds);
  const measures = new Map(context!.measures.filter((m) => m !== null).map((m) => [m.id, m.unit]));
  const texts = new Map(context!.sources.filter((s) => s !== null).map((s) => [s.id, s.text === null ? null : new SourceText(s.text)]));
  const originators = new Set(context!.originatorIds);
  const existing = new Map(context!.claims.filter((c) => c !== null).map((c) => [c.id, c]));
  const memberEntities = new Map(memberNames.flatMap((name, i) => (context!.memberEntityIds[i] ? [[name, context!.memberEntityIds[i]!] as const] : [])));
  const inCall = new Set(ids.filter((id): id is string => id !== undefined));
  const seen = new Set<string>();

  const drafted: DraftedClaim[] = [];
  for (const [i, claim] of claims.entries()) {
    const at = (field: string) => [path, options.updating ? '' : String(i), field].filter(Boolean).join('.');
    const id = claim.id ?? generatedId(claim, defaultSource);
    if (seen.has(id)) problems.add(RefusalCode.InvalidInput, at('id'), `claim id "${id}" is given twice in this call`);
    seen.add(id);
    if (!entities.has(claim.subject)) problems.add(RefusalCode.UnknownReference, at('subject'), `subject "${claim.subject}" is not an entity in the graph (add it with addEntity)`);
    for (const [j, maker] of (claim.madeBy ?? []).entries()) {
      if (!entities.has(maker)) problems.add(RefusalCode.UnknownReference, at(`madeBy.${j}`), `madeBy "${maker}" is not an entity in the graph (add it with addEntity)`);
    }

    const measureId = claim.measure ?? claim.newMeasure?.id ?? null;
    const unit = claim.newMeasure ? claim.newMeasure.unit : claim.measure ? measures.get(claim.measure) : undefined;
    if (claim.measure && unit === undefined) problems.add(RefusalCode.UnknownReference, at('measure'), `measure "${claim.measure}" is not in the graph (give newMeasure to make it)`);
    if (unit === 'date' && claim.value) problems.add(RefusalCode.InvalidInput, at('value'), `measure "${measureId}" is a date: the claim's time is its value, so give no value`);
    if (unit !== undefined && unit !== 'date' && !claim.value && !claim.members && !claim.category) {
      problems.add(RefusalCode.InvalidInput, at('value'), `measure "${measureId}" needs a value in ${unit} (or the members of a list, or a category)`);
    }
    if (unit !== undefined && claim.value && claim.value.unit !== unit) problems.add(RefusalCode.InvalidInput, at('value.unit'), `value unit "${claim.value.unit}" differs from measure "${measureId}"'s unit "${unit}"`);
    for (const part of claim.derivedFrom?.claims ?? []) {
      if (!existing.has(part) && !inCall.has(part)) problems.add(RefusalCode.UnknownReference, at('derivedFrom'), `derivedFrom names claim "${part}", which is not in the graph`);
    }

    if (claim.role !== undefined && measureId === null) problems.add(RefusalCode.InvalidInput, at('role'), 'a role (stock, arrival, departure) needs a measure');
    const matched = matchMembers(claim.members ?? [], (name) => memberEntities.get(name));
    for (const name of matched.unknown) problems.add(RefusalCode.UnknownReference, at('members'), `member "${name}" is neither the id nor the name of an entity in the graph`);

    const anchored: (AnchoredCitation & { id: string })[] = [];
    const citations: CitationNode[] = [];
    for (const [j, cited] of claim.citations.entries()) {
      const where = (field: string) => at(`citations.${j}.${field}`);
      const sourceId = cited.source ?? defaultSource;
      if (sourceId === undefined) {
        problems.add(RefusalCode.InvalidInput, where('source'), 'say which source the quote is in (here, or as the call\'s source)');
        continue;
      }
      const text = texts.get(sourceId);
      if (text === undefined) {
        problems.add(RefusalCode.UnknownReference, where('source'), `source "${sourceId}" is not in the graph (add it with addSource)`);
        continue;
      }
      if (text === null) {
        problems.add(RefusalCode.InvalidInput, where('source'), `source "${sourceId}" is a cited work whose text we do not hold; quote a document we hold`);
        continue;
      }
      if (cited.attributedTo && !originators.has(cited.attributedTo)) {
        problems.add(RefusalCode.UnknownReference, where('attributedTo'), `attributedTo "${cited.attributedTo}" is neither an entity nor a source in the graph`);
      }
      const found = locateQuote(text, cited);
      if (!found.ok) {
        problems.add(found.positions && found.positions.length > 0 ? RefusalCode.QuoteAmbiguous : RefusalCode.QuoteNotFound, where('quote'), found.problem, found.positions);
        continue;
      }
      const { start, end, prefix, suffix } = found.selector;
      const section = cited.section ?? sectionAbove(text, start);
      const sectionMismatch = cited.section ? sectionProblem(text, cited.section, start) : undefined;
      if (sectionMismatch) problems.add(RefusalCode.InvalidInput, where('section'), sectionMismatch);
      const citation = { id: citationId(sourceId, start, end), sourceId, start, end, section, attributedToId: cited.attributedTo ?? null };
      anchored.push(citation);
      citations.push({ ...citation, quote: cited.quote, prefix, suffix, claimIds: [id] });
    }

    const draft: ClaimDraft = {
      id,
      kind: claim.kind,
      statement: claim.statement,
      subjectId: claim.subject,
      measureId,
      value: claim.value ? claimValue(claim.value) : null,
      time: claim.time ? resolveClaimTime(claim.time) : null,
      derivation: claim.derivedFrom ? { method: claim.derivedFrom.method, claimIds: claim.derivedFrom.claims } : null,
      ...(claim.madeBy ? { madeByIds: claim.madeBy } : {}),
      eventKey: claim.event ?? null,
      role: claim.role ?? null,
      members: claim.members ? matched.members : null,
      category: claim.category ?? null,
      note: claim.note || null,
    };
    const properties = claimProperties(draft, anchored, 'curation');
    const before = existing.get(id);
    let replay: DraftedClaim['replay'] = null;
    if (before && options.updating !== id) {
      if (before.contentHash === properties.contentHash && !before.retracted) replay = { answer: before.answer };
      else problems.add(RefusalCode.IdTaken, at('id'), `claim "${id}" already exists with other content; choose another id, or change it with updateClaim`);
    }
    let newMeasure: MeasureNode | null = null;
    if (claim.newMeasure && !replay) {
      if (measures.has(claim.newMeasure.id)) problems.add(RefusalCode.IdTaken, at('newMeasure.id'), `measure "${claim.newMeasure.id}" already exists; give measure: "${claim.newMeasure.id}" instead`);
      newMeasure = measureNode({ ...claim.newMeasure, subject: claim.newMeasure.subject ?? claim.subject });
      for (const problem of measureLinkProblems(newMeasure, (m) => measures.has(m))) problems.add(RefusalCode.UnknownReference, at('newMeasure'), problem);
    }
    drafted.push({
      node: { id, properties, derivedFromIds: draft.derivation?.claimIds ?? [], citationIds: anchored.map((c) => c.id), memberIds: matched.members.map((m) => m.entityId) },
      citations,
      newMeasure,
      replay,
    });
  }
  await checkSharedCitations(tx, drafted, problems, path);
  return drafted;
}

/** A span another claim already quotes is one citation: it cannot have another section or originator. */
async function checkSharedCitations(tx: GraphTransaction, drafted: DraftedClaim[], problems: Problems, path: string): Promise<void> {
  const ids = [...new Set(drafted.flatMap((d) => d.citations.map((c) => c.id)))];
  if (ids.length === 0) return;
  const stored = new Map((await tx.run(curationQueries.citationsByIds, { ids })).map((r) => [r.citation.id, r.citation]));
  for (const d of drafted) {
    for (const c of d.citations) {
      const other = stored.get(c.id);
      if (!other || (other.section === c.section && other.attributedToId === c.attributedToId)) continue;
      problems.add(
        RefusalCode.InvalidInput,
        `${path}.citations`,
        `the quote "${c.quote}" is already cited (by ${other.claimIds.join(', ')}) under section "${other.section}"${other.attributedToId ? `, attributed to ${other.attributedToId}` : ''}; give the same section and attribution`,
      );
    }
  }
}

export function claimValue(v: NonNullable<ClaimInput['value']>): ClaimValue {
  return { qualifier: v.qualifier, amount: v.amount ?? null, low: v.low ?? null, high: v.high ?? null, unit: v.unit, currency: v.currency ?? null };
}

/** An id for a claim sent without one: its subject and a hash of its content, so a replay finds it. */
function generatedId(claim: ClaimInput, defaultSource: string | undefined): string {
  return `${claim.subject}-${createHash('sha256').update(canonicalJson({ claim, defaultSource })).digest('hex').slice(0, 10)}`;
}

