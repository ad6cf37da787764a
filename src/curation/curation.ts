import { createHash } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import { DatabaseError } from '../database/database-errors.js';
import { namedQuery } from '../database/named-query.js';
import type { GraphTransaction, QueryRunner } from '../database/query-runner.js';
import type { CitationRecord, ClaimRecord, EntityRecord } from '../graph/records.js';
import { citationId } from '../ingestion/build-corpus.js';
import { resolveClaimTime, type ClaimTime } from '../model/claim-time.js';
import type { ClaimValue } from '../model/claim-value.js';
import { locateQuote, SourceText } from '../provenance/quote-selector.js';
import { sectionAbove, sectionProblem } from '../provenance/section.js';
import { activityOfKey, newActivityId, recordActivity, type ActivityKind, type Agent, type ClaimChangeRecord } from './activity.js';
import { canonicalJson, claimProperties, type AnchoredCitation, type ClaimDraft } from './claim-node.js';
import { curationQueries } from './curation-queries.js';
import {
  addClaimsSchema,
  addEntitySchema,
  addMeasureSchema,
  addSourceSchema,
  MAX_SOURCE_TEXT_BYTES,
  parseInput,
  retractClaimSchema,
  updateClaimSchema,
  type ClaimInput,
} from './curation-input.js';
import { CurationRefusal, Problems, RefusalCode } from './curation-refusal.js';
import type { CitationNode, CitesRow, ClaimNode, GraphWrite, MeasureNode } from './graph-rows.js';
import { writeGraph } from './graph-writer.js';
import { reassess, type ConflictChange, type SupportChange } from './reassess.js';

/** What a write did, as its mutation answers it; a replay answers what the first call answered. */
export interface CurationResult {
  activityId: string | null;
  replayed: boolean;
  claimIds: string[];
  sourceIds: string[];
  entityIds: string[];
  measureIds: string[];
  conflictChanges: ConflictChange[];
  supportChanges: SupportChange[];
}

interface WriteContext {
  entityIds: string[];
  measures: ({ id: string; unit: string } | null)[];
  sources: ({ id: string; text: string | null } | null)[];
  originatorIds: string[];
  claims: ({ id: string; contentHash: string | null; measureId: string | null; retracted: boolean; inputHash: string | null; answer: string | null } | null)[];
}
type ContextIds = { entityIds: string[]; measureIds: string[]; sourceIds: string[]; originatorIds: string[]; claimIds: string[] };

const writeContext = namedQuery<ContextIds, WriteContext>('curation/write-context');
const claimsByIds = namedQuery<{ ids: string[] }, { claim: ClaimRecord }>('claims/claims-by-ids');
const citationsByIds = namedQuery<{ ids: string[] }, { citation: CitationRecord }>('citations/citations-by-ids');
const entitiesByIds = namedQuery<{ ids: string[] }, { entity: EntityRecord }>('entities/entities-by-ids');
const retractClaimQuery = namedQuery<{ id: string; reason: string; by: string; at: string }, never>('curation/retract-claim');

const EMPTY = { claimIds: [], sourceIds: [], entityIds: [], measureIds: [], conflictChanges: [], supportChanges: [] };

/**
 * The curation commands: each checks its input, looks up what it refers to in the graph, writes
 * through the write side, reassesses the measures it touched and records itself in the history,
 * all in one transaction: it takes effect whole or not at all.
 */
export class Curation {
  /** `dryRun`: every command checks, writes and reassesses as usual, answers, then rolls back. */
  constructor(
    private readonly runner: QueryRunner,
    private readonly options: { dryRun?: boolean } = {},
  ) {}

  async addEntity(agent: Agent, raw: unknown): Promise<CurationResult> {
    const input = parseInput(addEntitySchema, raw);
    const { idempotencyKey, ...entity } = input;
    return this.transact(agent, 'addEntity', idempotencyKey, input, async (tx, problems) => {
      const [found] = await tx.run(entitiesByIds, { ids: [entity.id] });
      if (found) {
        const { id, name, type, aliases } = found.entity;
        if (canonicalJson({ id, name, type, aliases }) === canonicalJson({ ...entity, aliases: entity.aliases ?? [] })) return { ...EMPTY, entityIds: [entity.id], unchanged: true };
        problems.add(RefusalCode.IdTaken, 'id', `entity "${entity.id}" already exists with other content; choose another id`);
      }
      problems.check();
      await writeGraph(tx, { ...NOTHING, entities: [{ ...entity, aliases: entity.aliases ?? [] }] }, 'curation');
      return { ...EMPTY, entityIds: [entity.id], generated: [entity.id] };
    });
  }

  async addMeasure(agent: Agent, raw: unknown): Promise<CurationResult> {
    const input = parseInput(addMeasureSchema, raw);
    const { idempotencyKey, subject, ...rest } = input;
    const measure: MeasureNode = { ...rest, subjectId: subject, aspect: rest.aspect ?? null };
    return this.transact(agent, 'addMeasure', idempotencyKey, input, async (tx, problems) => {
      const [context] = await tx.run(writeContext, { ...NO_IDS, entityIds: [subject], measureIds: [measure.id] });
      if (context!.measures[0]) problems.add(RefusalCode.IdTaken, 'id', `measure "${measure.id}" already exists; use it, or choose another id`);
      if (context!.entityIds.length === 0) problems.add(RefusalCode.UnknownReference, 'subject', `subject "${subject}" is not an entity in the graph (add it with addEntity)`);
      problems.check();
      await writeGraph(tx, { ...NOTHING, measures: [measure] }, 'curation');
      return { ...EMPTY, measureIds: [measure.id], generated: [measure.id] };
    });
  }

  async addSource(agent: Agent, raw: unknown): Promise<CurationResult> {
    if (typeof raw === 'object' && raw !== null && typeof (raw as { text?: unknown }).text === 'string') {
      const bytes = Buffer.byteLength((raw as { text: string }).text, 'utf8');
      if (bytes > MAX_SOURCE_TEXT_BYTES) {
        throw new CurationRefusal([{ code: RefusalCode.TextTooLarge, path: 'text', message: `the text is ${bytes} bytes; a source text may have at most ${MAX_SOURCE_TEXT_BYTES} bytes (UTF-8)` }]);
      }
    }
    const input = parseInput(addSourceSchema, raw);
    const { idempotencyKey, references, citedBy, text, sha256: expected, ...metadata } = input;
    return this.transact(agent, 'addSource', idempotencyKey, input, async (tx, problems) => {
      const sha256 = text === undefined ? null : createHash('sha256').update(text, 'utf8').digest('hex');
      if (expected !== undefined && sha256 !== expected) problems.add(RefusalCode.InvalidInput, 'sha256', `the text has SHA-256 ${sha256 ?? '(no text)'}, not ${expected}: it changed on the way`);
      const others = [...new Set([...references, ...citedBy].map((r) => r.source))];
      const [context] = await tx.run(writeContext, { ...NO_IDS, sourceIds: [metadata.id, ...others] });
      const [self, ...found] = context!.sources;
      if (self) problems.add(RefusalCode.IdTaken, 'id', `source "${metadata.id}" already exists; choose another id`);
      const texts = new Map(found.filter((s) => s !== null).map((s) => [s.id, s.text]));
      const cites: CitesRow[] = [];
      const entry = (list: 'references' | 'citedBy', i: number, r: (typeof references)[number]) => {
        const path = `${list}.${i}`;
        if (!texts.has(r.source)) return problems.add(RefusalCode.UnknownReference, `${path}.source`, `source "${r.source}" is not in the graph`);
        const citing = list === 'references' ? text : texts.get(r.source);
        if (!citing) return problems.add(RefusalCode.InvalidInput, path, list === 'references' ? 'a reference list needs the text it is printed in: give text' : `source "${r.source}" has no text to hold a reference list`);
        const anchored = locateQuote(new SourceText(citing), r);
        if (!anchored.ok) return problems.add(anchored.positions?.length ? RefusalCode.QuoteAmbiguous : RefusalCode.QuoteNotFound, `${path}.quote`, anchored.problem, anchored.positions);
        const { start, end, prefix, suffix } = anchored.selector;
        const [fromId, toId] = list === 'references' ? [metadata.id, r.source] : [r.source, metadata.id];
        cites.push({ fromId, toId, number: r.number, retrieved: r.retrieved ?? null, quote: r.quote, start, end, prefix, suffix });
      };
      references.forEach((r, i) => entry('references', i, r));
      citedBy.forEach((r, i) => entry('citedBy', i, r));
      problems.check();
      const source = {
        ...metadata,
        kind: text === undefined ? ('work' as const) : ('document' as const),
        publisher: metadata.publisher ?? null,
        authors: metadata.authors ?? [],
        published: metadata.published ?? null,
        url: metadata.url ?? null,
        language: metadata.language ?? null,
        license: metadata.license ?? null,
        snapshot: metadata.snapshot ?? null,
        note: metadata.note ?? null,
        text: text ?? null,
        sha256,
      };
      await writeGraph(tx, { ...NOTHING, sources: [source], cites }, 'curation');
      // Who cites whom changed: claims of the sources now linked may no longer be independent.
      const [near] = await tx.run(curationQueries.measuresNearSource, { sourceId: source.id });
      const reassessment = near!.measureIds.length > 0 ? await reassessLocked(tx, near!.measureIds, []) : { conflictChanges: [], supportChanges: [] };
      return { ...EMPTY, ...reassessment, sourceIds: [source.id], generated: [source.id] };
    });
  }

  async addClaims(agent: Agent, raw: unknown): Promise<CurationResult> {
    const input = parseInput(addClaimsSchema, raw);
    return this.transact(agent, 'addClaims', input.idempotencyKey, input, async (tx, problems) => {
      // Locked before the claims are checked, so that what the check reads stays true until commit.
      await lockMeasures(tx, input.claims.map((c) => c.measure ?? null));
      const drafted = await draftClaims(tx, input.claims, input.source, problems, 'claims');
      problems.check();
      const fresh = drafted.filter((d) => !d.replay);
      if (fresh.length === 0) {
        const first = drafted[0]!.replay!;
        // Every claim is already there as sent: the first call's answer, when one call made them all.
        if (first.answer && drafted.every((d) => d.replay!.answer === first.answer)) return { ...(JSON.parse(first.answer) as CurationResult), replayed: true, unchanged: true };
        return { ...EMPTY, claimIds: drafted.map((d) => d.node.id), replayed: true, unchanged: true };
      }
      const write = graphWrite(fresh);
      await writeGraph(tx, write, 'curation');
      const reassessment = await reassess(tx, { measureIds: measuresOf(fresh), claimIds: fresh.map((d) => d.node.id) });
      return {
        ...EMPTY,
        ...reassessment,
        claimIds: drafted.map((d) => d.node.id),
        measureIds: write.measures.map((m) => m.id),
        generated: write.measures.map((m) => m.id),
        claimChanges: fresh.map((d) => ({ claimId: d.node.id, change: 'created' as const })),
      };
    });
  }

  async updateClaim(agent: Agent, id: string, raw: unknown): Promise<CurationResult> {
    const input = parseInput(updateClaimSchema, raw, 'input');
    const { idempotencyKey, reason, ...changes } = input;
    if (Object.keys(changes).length === 0) throw new CurationRefusal([{ code: RefusalCode.InvalidInput, path: 'input', message: 'give at least one field to change' }]);
    return this.transact(agent, 'updateClaim', idempotencyKey, { id, input }, async (tx, problems) => {
      await tx.run(curationQueries.lockClaim, { id });
      const current = await currentClaim(tx, id);
      if (!current) throw new CurationRefusal([{ code: RefusalCode.NotFound, path: 'id', message: `no claim has id "${id}"` }]);
      if (current.retracted) throw new CurationRefusal([{ code: RefusalCode.AlreadyRetracted, path: 'id', message: `claim "${id}" is retracted; retracted claims stay as they were. Add a new claim instead.` }]);
      const merged: ClaimInput = { ...current.input, ...changes, id, citations: changes.citations ?? current.input.citations };
      const [drafted] = await draftClaims(tx, [merged], undefined, problems, 'input', { updating: id });
      problems.check();
      const fields = changedFields(current.node, drafted!.node);
      if (fields.length === 0) return { ...EMPTY, claimIds: [id], unchanged: true };
      await lockMeasures(tx, [current.node.properties.measureId, drafted!.node.properties.measureId]);
      await writeGraph(tx, graphWrite([drafted!]), 'curation');
      const reassessment = await reassess(tx, { measureIds: measuresOf([{ node: current.node }, drafted!]), claimIds: [id] });
      const previous = JSON.stringify({ ...Object.fromEntries(fields.map((f) => [f, current.record[f as keyof ClaimRecord] ?? null])), ...(reason ? { reason } : {}) });
      return { ...EMPTY, ...reassessment, claimIds: [id], claimChanges: [{ claimId: id, change: 'updated' as const, fields, previous }] };
    });
  }

  async retractClaim(agent: Agent, raw: unknown): Promise<CurationResult> {
    const input = parseInput(retractClaimSchema, raw);
    return this.transact(agent, 'retractClaim', input.idempotencyKey, input, async (tx) => {
      await tx.run(curationQueries.lockClaim, { id: input.id });
      const [context] = await tx.run(writeContext, { ...NO_IDS, claimIds: [input.id] });
      const claim = context!.claims[0];
      if (!claim) throw new CurationRefusal([{ code: RefusalCode.NotFound, path: 'id', message: `no claim has id "${input.id}"; nothing to retract` }]);
      if (claim.retracted) {
        throw new CurationRefusal([{ code: RefusalCode.AlreadyRetracted, path: 'id', message: `claim "${input.id}" is already retracted (see its history)` }]);
      }
      await lockMeasures(tx, [claim.measureId]);
      await tx.run(retractClaimQuery, { id: input.id, reason: input.reason, by: agent.name, at: new Date().toISOString() });
      const reassessment = await reassess(tx, { measureIds: claim.measureId ? [claim.measureId] : [], claimIds: [input.id] });
      return { ...EMPTY, ...reassessment, claimIds: [input.id], claimChanges: [{ claimId: input.id, change: 'retracted' as const, reason: input.reason }] };
    });
  }

  /**
   * One command in one transaction: a replay of an idempotency key answers what the first call
   * answered (or is refused when the input differs); otherwise the work runs, and what it wrote is
   * recorded as an activity whose answer a later replay returns. Two calls racing with one key:
   * the second's activity breaks the key's uniqueness, and its retry finds the first's answer.
   */
  private async transact(agent: Agent, kind: ActivityKind, idempotencyKey: string | undefined, input: unknown, work: (tx: GraphTransaction, problems: Problems) => Promise<WorkResult>): Promise<CurationResult> {
    const inputHash = createHash('sha256').update(canonicalJson({ kind, input })).digest('hex');
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.runner.writeTransaction(async (tx) => {
          if (idempotencyKey) {
            const earlier = await activityOfKey(tx, idempotencyKey);
            if (earlier) {
              if (earlier.inputHash !== inputHash) {
                throw new CurationRefusal([{ code: RefusalCode.IdempotencyKeyReused, path: 'idempotencyKey', message: 'this idempotency key was used for another request; use a new key for a new request' }]);
              }
              return { ...(JSON.parse(earlier.answer!) as CurationResult), replayed: true };
            }
          }
          const { claimChanges = [], generated = [], unchanged, ...result } = await work(tx, new Problems());
          if (unchanged) return { activityId: null, replayed: result.replayed ?? false, ...withoutFlags(result) };
          const activityId = newActivityId();
          const answer: CurationResult = { activityId, replayed: false, ...withoutFlags(result) };
          await recordActivity(tx, { id: activityId, kind, agent, claimChanges, generated, idempotencyKey: idempotencyKey ?? null, inputHash, answer: JSON.stringify(answer) });
          if (this.options.dryRun) throw new DryRun(answer);
          return answer;
        }, { bounded: true });
      } catch (error) {
        if (error instanceof DryRun) return error.answer;
        if (attempt === 0 && idempotencyKey && isKeyRace(error)) continue;
        throw error;
      }
    }
  }
}

/** Thrown to roll a dry run back once its answer is known. */
class DryRun extends Error {
  constructor(readonly answer: CurationResult) {
    super('dry run: rolled back');
  }
}

type WorkResult = Omit<CurationResult, 'activityId' | 'replayed'> & {
  replayed?: boolean;
  unchanged?: boolean;
  generated?: string[];
  claimChanges?: ClaimChangeRecord[];
};

function withoutFlags(result: Omit<WorkResult, 'claimChanges' | 'generated' | 'unchanged'>) {
  const { replayed: _replayed, ...rest } = result;
  return rest;
}

const NOTHING: GraphWrite = { entities: [], measures: [], sources: [], cites: [], claims: [], citations: [] };
const NO_IDS: ContextIds = { entityIds: [], measureIds: [], sourceIds: [], originatorIds: [], claimIds: [] };

function isKeyRace(error: unknown): boolean {
  const cause = error instanceof DatabaseError ? error.cause : error;
  return cause instanceof Neo4jError && cause.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' && cause.message.includes('idempotencyKey');
}

async function lockMeasures(tx: GraphTransaction, ids: (string | null)[]): Promise<void> {
  const measureIds = [...new Set(ids.filter((id): id is string => id !== null))].sort();
  if (measureIds.length > 0) await tx.run(curationQueries.lockMeasures, { measureIds });
}

/** Reassessment after taking the measures' locks, for writes that learn their measures only once written. */
async function reassessLocked(tx: GraphTransaction, measureIds: string[], claimIds: string[]) {
  await lockMeasures(tx, measureIds);
  return reassess(tx, { measureIds, claimIds });
}

function measuresOf(drafted: { node: ClaimNode }[]): string[] {
  return [...new Set(drafted.map((d) => d.node.properties.measureId).filter((id): id is string => id !== null))];
}

interface DraftedClaim {
  node: ClaimNode;
  citations: CitationNode[];
  newMeasure: MeasureNode | null;
  /** Set when the claim is already in the graph exactly as sent. */
  replay: { answer: string | null } | null;
}

function graphWrite(drafted: DraftedClaim[]): GraphWrite {
  const citations = new Map<string, CitationNode>();
  for (const d of drafted) {
    for (const c of d.citations) {
      const shared = citations.get(c.id);
      if (shared) shared.claimIds.push(...c.claimIds);
      else citations.set(c.id, { ...c, claimIds: [...c.claimIds] });
    }
  }
  return { ...NOTHING, measures: drafted.flatMap((d) => (d.newMeasure ? [d.newMeasure] : [])), claims: drafted.map((d) => d.node), citations: [...citations.values()] };
}

/**
 * Checks claims against the graph (subjects, measures and their units, sources and their texts,
 * originators, parts) and anchors each citation's quote in its source's text. Problems are
 * collected with their paths; a claim already in the graph exactly as sent is marked a replay.
 */
async function draftClaims(tx: GraphTransaction, claims: ClaimInput[], defaultSource: string | undefined, problems: Problems, path: string, options: { updating?: string } = {}): Promise<DraftedClaim[]> {
  const ids = claims.map((c) => c.id);
  const [context] = await tx.run(writeContext, {
    entityIds: claims.map((c) => c.subject),
    measureIds: claims.flatMap((c) => [c.measure, c.newMeasure?.id].filter((m): m is string => m !== undefined)),
    sourceIds: claims.flatMap((c) => c.citations.map((q) => q.source ?? defaultSource).filter((s): s is string => s !== undefined)),
    originatorIds: claims.flatMap((c) => c.citations.flatMap((q) => (q.attributedTo ? [q.attributedTo] : []))),
    claimIds: [...ids.filter((id): id is string => id !== undefined), ...claims.flatMap((c) => c.derivedFrom?.claims ?? [])],
  });
  const entities = new Set(context!.entityIds);
  const measures = new Map(context!.measures.filter((m) => m !== null).map((m) => [m.id, m.unit]));
  const texts = new Map(context!.sources.filter((s) => s !== null).map((s) => [s.id, s.text === null ? null : new SourceText(s.text)]));
  const originators = new Set(context!.originatorIds);
  const existing = new Map(context!.claims.filter((c) => c !== null).map((c) => [c.id, c]));
  const inCall = new Set(ids.filter((id): id is string => id !== undefined));
  const seen = new Set<string>();

  const drafted: DraftedClaim[] = [];
  for (const [i, claim] of claims.entries()) {
    const at = (field: string) => [path, options.updating ? '' : String(i), field].filter(Boolean).join('.');
    const id = claim.id ?? generatedId(claim, defaultSource);
    if (seen.has(id)) problems.add(RefusalCode.InvalidInput, at('id'), `claim id "${id}" is given twice in this call`);
    seen.add(id);
    if (!entities.has(claim.subject)) problems.add(RefusalCode.UnknownReference, at('subject'), `subject "${claim.subject}" is not an entity in the graph (add it with addEntity)`);

    const measureId = claim.measure ?? claim.newMeasure?.id ?? null;
    const unit = claim.newMeasure ? claim.newMeasure.unit : claim.measure ? measures.get(claim.measure) : undefined;
    if (claim.measure && unit === undefined) problems.add(RefusalCode.UnknownReference, at('measure'), `measure "${claim.measure}" is not in the graph (give newMeasure to make it)`);
    if (unit === 'date' && claim.value) problems.add(RefusalCode.InvalidInput, at('value'), `measure "${measureId}" is a date: the claim's time is its value, so give no value`);
    if (unit !== undefined && unit !== 'date' && !claim.value) problems.add(RefusalCode.InvalidInput, at('value'), `measure "${measureId}" needs a value in ${unit}`);
    if (unit !== undefined && claim.value && claim.value.unit !== unit) problems.add(RefusalCode.InvalidInput, at('value.unit'), `value unit "${claim.value.unit}" differs from measure "${measureId}"'s unit "${unit}"`);
    for (const part of claim.derivedFrom?.claims ?? []) {
      if (!existing.has(part) && !inCall.has(part)) problems.add(RefusalCode.UnknownReference, at('derivedFrom'), `derivedFrom names claim "${part}", which is not in the graph`);
    }

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
      const { subject, aspect, ...fields } = claim.newMeasure;
      newMeasure = { ...fields, subjectId: subject ?? claim.subject, aspect: aspect ?? null };
    }
    drafted.push({ node: { id, properties, derivedFromIds: draft.derivation?.claimIds ?? [], citationIds: anchored.map((c) => c.id) }, citations, newMeasure, replay });
  }
  await checkSharedCitations(tx, drafted, problems, path);
  return drafted;
}

/** A span another claim already quotes is one citation: it cannot have another section or originator. */
async function checkSharedCitations(tx: GraphTransaction, drafted: DraftedClaim[], problems: Problems, path: string): Promise<void> {
  const ids = [...new Set(drafted.flatMap((d) => d.citations.map((c) => c.id)))];
  if (ids.length === 0) return;
  const stored = new Map((await tx.run(citationsByIds, { ids })).map((r) => [r.citation.id, r.citation]));
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

function claimValue(v: NonNullable<ClaimInput['value']>): ClaimValue {
  return { qualifier: v.qualifier, amount: v.amount ?? null, low: v.low ?? null, high: v.high ?? null, unit: v.unit, currency: v.currency ?? null };
}

/** An id for a claim sent without one: its subject and a hash of its content, so a replay finds it. */
function generatedId(claim: ClaimInput, defaultSource: string | undefined): string {
  return `${claim.subject}-${createHash('sha256').update(canonicalJson({ claim, defaultSource })).digest('hex').slice(0, 10)}`;
}

/** The stored claim as an input again (for updates), with its node (to compare). */
async function currentClaim(tx: GraphTransaction, id: string) {
  const [row] = await tx.run(claimsByIds, { ids: [id] });
  if (!row) return undefined;
  const record = row.claim;
  const citations = (await tx.run(citationsByIds, { ids: record.citationIds })).map((r) => r.citation);
  const [context] = await tx.run(writeContext, { ...NO_IDS, claimIds: [id] });
  const input: ClaimInput = {
    id,
    kind: record.kind as ClaimInput['kind'],
    statement: record.statement,
    subject: record.subjectId,
    ...(record.measureId ? { measure: record.measureId } : {}),
    ...(record.qualifier && record.unit ? { value: storedValue(record) } : {}),
    ...(record.timePrecision ? { time: storedTime(record) } : {}),
    ...(record.derivation ? { derivedFrom: { method: record.derivation as 'sum', claims: record.derivedFromIds } } : {}),
    ...(record.note ? { note: record.note } : {}),
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
    note: record.note,
  };
  const node: ClaimNode = { id, properties: claimProperties(draft, anchored, 'curation'), derivedFromIds: record.derivedFromIds, citationIds: record.citationIds };
  return { record, input, node, retracted: context!.claims[0]?.retracted ?? false };
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
function changedFields(before: ClaimNode, after: ClaimNode): string[] {
  const fields = ['kind', 'statement', 'subjectId', 'measureId', 'qualifier', 'amount', 'valueLow', 'valueHigh', 'unit', 'currency', 'timeStart', 'timeEnd', 'timePrecision', 'timePart', 'timeLabel', 'note'] as const;
  const changed: string[] = fields.filter((f) => String(before.properties[f]) !== String(after.properties[f]));
  if (before.citationIds.join() !== after.citationIds.join()) changed.push('citations');
  return changed;
}
