import { createHash } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import { DatabaseError } from '../database/database-errors.js';
import type { GraphTransaction, QueryRunner } from '../database/query-runner.js';
import type { ClaimRecord } from '../graph/records.js';
import { locateQuote, SourceText } from '../provenance/quote-selector.js';
import { draftClaims, graphWrite, measuresOf } from './claim-drafts.js';
import { activityOfKey, newActivityId, recordActivity, type ActivityKind, type Agent, type ClaimChangeRecord } from './activity.js';
import { canonicalJson } from './claim-node.js';
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
import type { CitesRow, GraphWrite, MeasureNode } from './graph-rows.js';
import { writeGraph } from './graph-writer.js';
import { measureNode, measureLinkProblems } from './measure-node.js';
import { sourceNode } from './source-node.js';
import { changedFields, currentClaim } from './stored-claim.js';
import { NO_IDS } from './write-context.js';
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
  /** The measures the write reassessed: those it touched, and the sums and stocks linked to them. */
  reassessedMeasureIds: string[];
}



const EMPTY = { claimIds: [], sourceIds: [], entityIds: [], measureIds: [], conflictChanges: [], supportChanges: [], reassessedMeasureIds: [] };

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
      const { partOf, ...fields } = entity;
      const row = { ...fields, aliases: entity.aliases ?? [], partOfId: partOf ?? null };
      const [found, whole] = await tx.run(curationQueries.entitiesByIds, { ids: [entity.id, ...(partOf ? [partOf] : [])] });
      if (found?.entity.id === entity.id) {
        const { id, name, type, aliases, partOfId } = found.entity;
        if (canonicalJson({ id, name, type, aliases, partOfId }) === canonicalJson(row)) return { ...EMPTY, entityIds: [entity.id], unchanged: true };
        problems.add(RefusalCode.IdTaken, 'id', `entity "${entity.id}" already exists with other content; choose another id`);
      }
      // A new entity can only be part of one already in the graph, so no chain of parts loops.
      if (partOf && ![found, whole].some((f) => f?.entity.id === partOf)) problems.add(RefusalCode.UnknownReference, 'partOf', `partOf "${partOf}" is not an entity in the graph (add it first)`);
      problems.check();
      await writeGraph(tx, { ...NOTHING, entities: [row] }, 'curation');
      return { ...EMPTY, entityIds: [entity.id], generated: [entity.id] };
    });
  }

  async addMeasure(agent: Agent, raw: unknown): Promise<CurationResult> {
    const input = parseInput(addMeasureSchema, raw);
    const { idempotencyKey, subject, ...rest } = input;
    const measure: MeasureNode = measureNode({ ...rest, subject });
    return this.transact(agent, 'addMeasure', idempotencyKey, input, async (tx, problems) => {
      const [context] = await tx.run(curationQueries.writeContext, { ...NO_IDS, entityIds: [subject], measureIds: [measure.id, ...measure.sumOfIds, ...measure.flowIds] });
      const [self, ...linked] = context!.measures;
      if (self) problems.add(RefusalCode.IdTaken, 'id', `measure "${measure.id}" already exists; use it, or choose another id`);
      const known = new Set(linked.filter((m) => m !== null).map((m) => m.id));
      for (const problem of measureLinkProblems(measure, (id) => known.has(id))) problems.add(RefusalCode.UnknownReference, 'sumOf', problem);
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
      const [context] = await tx.run(curationQueries.writeContext, { ...NO_IDS, sourceIds: [metadata.id, ...others] });
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
      const source = sourceNode(metadata, text === undefined ? null : { text, sha256: sha256! });
      await writeGraph(tx, { ...NOTHING, sources: [source], cites }, 'curation');
      // Who cites whom changed: claims of the sources now linked may no longer be independent.
      const [near] = await tx.run(curationQueries.measuresNearSource, { sourceId: source.id });
      const reassessment = near!.measureIds.length > 0 ? await reassessLocked(tx, near!.measureIds, []) : { conflictChanges: [], supportChanges: [], reassessedMeasureIds: [] };
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
      const reassessment = await reassess(tx, { measureIds: measuresOf([{ node: current.node }, drafted!]), claimIds: [id], eventKeys: current.record.eventKey ? [current.record.eventKey] : [] });
      const previous = JSON.stringify({ ...Object.fromEntries(fields.map((f) => [f, current.record[f as keyof ClaimRecord] ?? null])), ...(reason ? { reason } : {}) });
      return { ...EMPTY, ...reassessment, claimIds: [id], claimChanges: [{ claimId: id, change: 'updated' as const, fields, previous }] };
    });
  }

  async retractClaim(agent: Agent, raw: unknown): Promise<CurationResult> {
    const input = parseInput(retractClaimSchema, raw);
    return this.transact(agent, 'retractClaim', input.idempotencyKey, input, async (tx) => {
      await tx.run(curationQueries.lockClaim, { id: input.id });
      const [context] = await tx.run(curationQueries.writeContext, { ...NO_IDS, claimIds: [input.id] });
      const claim = context!.claims[0];
      if (!claim) throw new CurationRefusal([{ code: RefusalCode.NotFound, path: 'id', message: `no claim has id "${input.id}"; nothing to retract` }]);
      if (claim.retracted) {
        throw new CurationRefusal([{ code: RefusalCode.AlreadyRetracted, path: 'id', message: `claim "${input.id}" is already retracted (see its history)` }]);
      }
      await lockMeasures(tx, [claim.measureId]);
      await tx.run(curationQueries.retractClaim, { id: input.id, reason: input.reason, by: agent.name, at: new Date().toISOString() });
      await tx.run(curationQueries.writePledgeEntries, { claimIds: [input.id], measureIds: [], entityIds: [] });
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
