import { createHash } from 'node:crypto';
import { entityNames, matchMembers } from '../curation/claim-members.js';
import { claimProperties, type AnchoredCitation, type ClaimDraft, type ClaimMember } from '../curation/claim-node.js';
import { measureLinkProblems, measureNode } from '../curation/measure-node.js';
import { memberKey } from '../conflicts/list-members.js';
import type { CitationNode, CitesRow, ClaimNode, EntityNode, GraphWrite, SourceNode } from '../curation/graph-rows.js';
import { sourceNode } from '../curation/source-node.js';
import { resolveClaimTime } from '../model/claim-time.js';
import { locateQuote, SourceText } from '../provenance/quote-selector.js';
import { sectionProblem } from '../provenance/section.js';
import type { SeedFiles } from './read-seed.js';
import type { SeedClaim } from './seed-schema.js';
import type { SeedProblem } from './seed-problems.js';

/**
 * Checks the seed as a whole (ids unique and known, texts intact, every quote where it says it is,
 * derived values equal to their parts) and turns it into the write side's rows.
 * Problems are collected, not thrown, so a curator sees all of them at once.
 */
export function buildCorpus(files: SeedFiles, problems: SeedProblem[]): GraphWrite {
  const texts = new Map<string, SourceText>();
  const sources: SourceNode[] = [];
  const sourceFile = new Map<string, string>();
  const entityIds = new Set<string>();
  /** Documents whose text failed its checks: already reported once, not again for every quote. */
  const unreadable = new Set<string>();

  const claimOnce = (registry: Map<string, string>, id: string, file: string, what: string) => {
    const earlier = registry.get(id);
    if (earlier !== undefined) problems.push({ file, id, problem: `duplicate ${what} id (also in ${earlier})` });
    registry.set(id, file);
    return earlier === undefined;
  };

  for (const { file, data } of files.documents) {
    for (const doc of data) {
      if (!claimOnce(sourceFile, doc.id, file, 'source')) continue;
      const bytes = files.texts.get(doc.id);
      if (!bytes) {
        unreadable.add(doc.id);
        continue;
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (sha256 !== doc.sha256) {
        problems.push({ file, id: doc.id, problem: `seed/texts/${doc.textFile} has SHA-256 ${sha256}, not the recorded ${doc.sha256}: the text changed` });
        unreadable.add(doc.id);
        continue;
      }
      const text = bytes.toString('utf8');
      texts.set(doc.id, new SourceText(text));
      sources.push(sourceNode(doc, { text, sha256 }));
    }
  }

  const cites: CitesRow[] = [];
  for (const { file, data } of files.references) {
    const citing = texts.get(data.citedBy);
    if (!citing) {
      problems.push({ file, problem: `citedBy "${data.citedBy}" is not a document in seed/sources/documents.yaml` });
      continue;
    }
    const numbers = new Map<number, string>();
    for (const work of data.works) {
      if (!claimOnce(sourceFile, work.id, file, 'source')) continue;
      sources.push(sourceNode(work, null));
      for (const entry of work.entries) {
        const other = numbers.get(entry.number);
        if (other !== undefined) problems.push({ file, id: work.id, problem: `reference number ${entry.number} is also given to ${other}` });
        numbers.set(entry.number, work.id);
        const anchored = locateQuote(citing, { quote: entry.quote, start: entry.start });
        if (!anchored.ok) {
          problems.push({ file, id: work.id, problem: `reference ${entry.number}: ${anchored.problem}` });
          continue;
        }
        const { start, end, prefix, suffix } = anchored.selector;
        cites.push({ fromId: data.citedBy, toId: work.id, number: entry.number, retrieved: entry.retrieved ?? null, quote: entry.quote, start, end, prefix, suffix });
      }
    }
  }

  const entityFile = new Map<string, string>();
  const entities = files.entities.flatMap(({ file, data }) =>
    data
      .filter((e) => claimOnce(entityFile, e.id, file, 'entity'))
      .map((e) => {
        entityIds.add(e.id);
        if (sourceFile.has(e.id)) problems.push({ file, id: e.id, problem: 'is both an entity id and a source id; attributions could not tell them apart' });
        return { id: e.id, name: e.name, type: e.type, aliases: e.aliases ?? [], partOfId: e.partOf ?? null };
      }),
  );
  checkPartOf(entities, entityFile, problems);

  const measureFile = new Map<string, string>();
  const measureUnits = new Map<string, string>();
  const measures = files.measures.flatMap(({ file, data }) =>
    data
      .filter((m) => claimOnce(measureFile, m.id, file, 'measure'))
      .map((m) => {
        if (!entityIds.has(m.subject)) problems.push({ file, id: m.id, problem: `subject "${m.subject}" is not a known entity` });
        measureUnits.set(m.id, m.unit);
        return { file, node: measureNode(m) };
      }),
  );
  for (const { file, node } of measures) for (const problem of measureLinkProblems(node, (id) => measureUnits.has(id))) problems.push({ file, id: node.id, problem });
  const names = entityNames(entities);

  const claimFile = new Map<string, string>();
  const seedClaims = new Map<string, SeedClaim>();
  const claims: ClaimNode[] = [];
  const citations = new Map<string, CitationNode>();
  for (const { file, data } of files.claims) {
    if (!sourceFile.has(data.source)) problems.push({ file, problem: `source "${data.source}" is not a known source` });
    for (const claim of data.claims) {
      if (!claimOnce(claimFile, claim.id, file, 'claim')) continue;
      seedClaims.set(claim.id, claim);
      const problem = (text: string) => problems.push({ file, id: claim.id, problem: text });
      if (!entityIds.has(claim.subject)) problem(`subject "${claim.subject}" is not a known entity`);
      for (const maker of claim.madeBy ?? []) if (!entityIds.has(maker)) problem(`madeBy "${maker}" is not a known entity`);
      if (claim.measure !== undefined) {
        const unit = measureUnits.get(claim.measure);
        if (unit === undefined) problem(`measure "${claim.measure}" is not a known measure`);
        else if (unit === 'date' && claim.value) problem(`measure "${claim.measure}" is a date: the claim's time is its value, so give no value`);
        else if (unit !== 'date' && !claim.value && !claim.members && !claim.category) problem(`measure "${claim.measure}" needs a value in ${unit} (or the members of a list, or a category)`);
        else if (claim.value && claim.value.unit !== unit) problem(`value unit "${claim.value.unit}" differs from measure "${claim.measure}"'s unit "${unit}"`);
      }
      if (claim.role !== undefined && claim.measure === undefined) problem('a role (stock, arrival, departure) needs a measure');
      const matched = matchMembers(claim.members ?? [], (name) => names.get(memberKey(name)));
      if (matched.unknown.length > 0) problem(`members ${matched.unknown.map((n) => `"${n}"`).join(', ')} name no known entity (by id, name or alias)`);
      const anchoredCitations: (AnchoredCitation & { id: string })[] = [];
      for (const cited of claim.citations) {
        const sourceId = cited.source ?? data.source;
        const text = texts.get(sourceId);
        if (!text) {
          if (unreadable.has(sourceId)) continue;
          problem(sourceFile.has(sourceId) ? `cites "${sourceId}", whose text we do not hold` : `cites unknown source "${sourceId}"`);
          continue;
        }
        if (cited.attributedTo !== undefined && !entityIds.has(cited.attributedTo) && !sourceFile.has(cited.attributedTo)) {
          problem(`attributedTo "${cited.attributedTo}" is neither a known entity nor a known source`);
        }
        const anchored = locateQuote(text, { quote: cited.quote, start: cited.start });
        if (!anchored.ok) {
          problem(anchored.problem);
          continue;
        }
        const { start, end, prefix, suffix } = anchored.selector;
        const sectionMismatch = sectionProblem(text, cited.section, start);
        if (sectionMismatch) problem(sectionMismatch);
        const id = citationId(sourceId, start, end);
        anchoredCitations.push({ id, sourceId, start, end, section: cited.section, attributedToId: cited.attributedTo ?? null });
        const shared = citations.get(id);
        if (shared) {
          if ((shared.attributedToId ?? undefined) !== cited.attributedTo || shared.section !== cited.section) {
            problem(`quotes the same span as claim ${shared.claimIds[0]} but with another section or attribution`);
          }
          shared.claimIds.push(claim.id);
          continue;
        }
        citations.set(id, { id, sourceId, quote: cited.quote, start, end, prefix, suffix, section: cited.section, attributedToId: cited.attributedTo ?? null, claimIds: [claim.id] });
      }
      const draft = claimDraft(claim, matched.members);
      claims.push({
        id: claim.id,
        properties: claimProperties(draft, anchoredCitations, 'seed'),
        derivedFromIds: draft.derivation?.claimIds ?? [],
        citationIds: anchoredCitations.map((c) => c.id),
        memberIds: matched.members.map((m) => m.entityId),
      });
    }
  }
  for (const claim of seedClaims.values()) checkDerivation(claim, seedClaims, claimFile.get(claim.id)!, problems);

  return { entities, measures: measures.map((m) => m.node), sources, cites, claims, citations: [...citations.values()] };
}

/** A seed claim as the write side takes it, its members matched to their entities. */
export function claimDraft(claim: SeedClaim, members: ClaimMember[]): ClaimDraft {
  const v = claim.value;
  return {
    id: claim.id,
    kind: claim.kind,
    statement: claim.statement,
    subjectId: claim.subject,
    measureId: claim.measure ?? null,
    value: v ? { qualifier: v.qualifier, amount: v.amount ?? null, low: v.low ?? null, high: v.high ?? null, unit: v.unit, currency: v.currency ?? null } : null,
    time: claim.time ? resolveClaimTime(claim.time) : null,
    derivation: claim.derivedFrom ? { method: claim.derivedFrom.method, claimIds: claim.derivedFrom.claims } : null,
    ...(claim.madeBy ? { madeByIds: claim.madeBy } : {}),
    eventKey: claim.event ?? null,
    role: claim.role ?? null,
    members: claim.members ? members : null,
    category: claim.category ?? null,
    note: claim.note ?? null,
  };
}

/** Each entity is part of a known entity, and following partOf from it never comes back to it. */
function checkPartOf(entities: EntityNode[], entityFile: Map<string, string>, problems: SeedProblem[]): void {
  const parentOf = new Map(entities.map((e) => [e.id, e.partOfId]));
  for (const entity of entities) {
    const problem = (text: string) => problems.push({ file: entityFile.get(entity.id)!, id: entity.id, problem: text });
    if (entity.partOfId === null) continue;
    if (!parentOf.has(entity.partOfId)) {
      problem(`partOf "${entity.partOfId}" is not a known entity`);
      continue;
    }
    const seen = new Set([entity.id]);
    for (let at: string | null | undefined = entity.partOfId; at; at = parentOf.get(at)) {
      if (seen.has(at)) {
        problem(`partOf comes back to ${at}: an entity cannot be part of its own part`);
        break;
      }
      seen.add(at);
    }
  }
}
/** A citation is the span of its source it quotes: claims quoting the same span share it. */
export function citationId(sourceId: string, start: number, end: number): string {
  return `cit-${sourceId}-${start}-${end}`;
}

/**
 * A derived value must be what its method makes of its parts, when all parts with a value are
 * exact. A part without a value is the statement that ties the others to the claim (the pledge
 * that arrivals completed), and takes no part in the arithmetic.
 */
function checkDerivation(claim: SeedClaim, all: Map<string, SeedClaim>, file: string, problems: SeedProblem[]): void {
  const derived = claim.derivedFrom;
  if (!derived) return;
  const parts = derived.claims.map((id) => all.get(id));
  const missing = derived.claims.filter((_, i) => parts[i] === undefined);
  if (missing.length > 0) {
    problems.push({ file, id: claim.id, problem: `derivedFrom names unknown claims: ${missing.join(', ')}` });
    return;
  }
  if (derived.claims.includes(claim.id)) {
    problems.push({ file, id: claim.id, problem: 'is derived from itself' });
    return;
  }
  const amounts = parts.filter((p) => p?.value !== undefined).map((p) => (p?.value?.qualifier === 'exact' ? p.value.amount : undefined));
  if (claim.value?.qualifier !== 'exact' || claim.value.amount === undefined || amounts.length === 0 || amounts.some((a) => a === undefined)) return;
  const [first, ...rest] = amounts as number[];
  const expected = derived.method === 'sum' ? amounts.reduce((a, b) => a! + b!, 0)! : rest.reduce((a, b) => a - b, first!);
  if (Math.abs(expected - claim.value.amount) > 1e-9) {
    problems.push({ file, id: claim.id, problem: `${derived.method} of ${derived.claims.join(', ')} is ${expected}, not ${claim.value.amount}` });
  }
}
