import { createHash } from 'node:crypto';
import { claimProperties, type ClaimDraft } from '../../src/curation/claim-node.js';
import type { CitationNode, CitesRow, ClaimNode, ConflictNode, EntityNode, MeasureNode, SourceNode, SupportRow } from '../../src/curation/graph-rows.js';
import { assess, type AssessedClaimInput, type AssessmentInput } from '../../src/curation/reassess.js';
import type { ClaimValue, Qualifier } from '../../src/model/claim-value.js';
import { describeValue } from '../../src/model/claim-value.js';
import { lastDay, type ClaimTime } from '../../src/model/claim-time.js';
import { CONTEXT_LENGTH } from '../../src/provenance/quote-selector.js';
import { Random } from './random.js';
import {
  assertOutsideEntitySearch,
  assertOutsideTextSearch,
  AUTHORS,
  dateWords,
  ENTITY_TYPES,
  entityNaming,
  MISSIONS,
  placeName,
  PUBLISHERS,
  type EntityType,
} from './vocabulary.js';

/**
 * The synthetic part of a benchmark graph, in the write side's row types (src/curation/graph-rows.ts),
 * so the same Cypher writes the seed, the curators' writes and this, and the shapes cannot drift
 * apart; each claim's stored properties (sort keys, as-of class, content hash) come from the write
 * side's claimProperties. Realistic fan-out: a measure holds 5-20 claims over time, a claim 1-3
 * citations in different documents, a document ~40 citations and a reference list of 5-30 works
 * (sometimes another document), an entity ~50 claims. Some figures are restated by a second source
 * at the same time, the same (corroboration) or not (a conflict); the write side's own assessment
 * (reassess's pure assess) decides, chunk by chunk, over input built in memory instead of read back.
 */

/**
 * Claims per chunk; every chunk is self-contained (its measures, documents, conflicts) and written in
 * one transaction: 10,000 went over the instance's 256 MiB transaction memory cap at commit
 * (docs/benchmarks.md, "Writes").
 */
export const CLAIMS_PER_CHUNK = 2_500;
const CLAIMS_PER_ENTITY = 50;
const CLAIMS_PER_WORK = 20;
const CITATIONS_PER_DOCUMENT = 40;
/** Bumped whenever the generator's output changes, so that stored graphs are regenerated. */
export const GENERATOR_VERSION = 7;

export interface SyntheticPlan {
  claims: number;
  entities: number;
  works: number;
}

export function planFor(syntheticClaims: number): SyntheticPlan {
  return {
    claims: syntheticClaims,
    entities: Math.max(20, Math.ceil(syntheticClaims / CLAIMS_PER_ENTITY)),
    works: Math.max(50, Math.ceil(syntheticClaims / CLAIMS_PER_WORK)),
  };
}

export const entityId = (n: number) => `syn-entity-${n}`;
export const measureId = (n: number) => `syn-measure-${n}`;
export const documentId = (n: number) => `syn-doc-${n}`;
const workId = (n: number) => `syn-work-${n}`;

export interface SyntheticEntity extends EntityNode {
  type: EntityType;
}

export function syntheticEntities(plan: SyntheticPlan): SyntheticEntity[] {
  const random = new Random(1);
  return Array.from({ length: plan.entities }, (_, n) => {
    const type = random.weighted(ENTITY_TYPES);
    const { name, aliases } = entityNaming(type, placeName(n), n);
    assertOutsideEntitySearch(name);
    for (const alias of aliases) assertOutsideEntitySearch(alias);
    return { id: entityId(n), name, type, aliases, partOfId: null };
  });
}

export function syntheticWorks(plan: SyntheticPlan): SourceNode[] {
  const random = new Random(2);
  return Array.from({ length: plan.works }, (_, n) => ({
    id: workId(n),
    kind: 'work',
    title: `${placeName(n + 1000)} security briefing no. ${n}`,
    publisher: random.pick(PUBLISHERS),
    authors: [random.pick(AUTHORS)],
    published: `${random.int(2010, 2024)}-${String(random.int(1, 12)).padStart(2, '0')}`,
    url: `https://reports.example/works/${n}`,
    language: 'en',
    license: null,
    snapshot: null,
    note: null,
    text: null,
    sha256: null,
  }));
}

/** One chunk's rows, in the order they are written; support and conflicts are the assessment's. */
export interface SyntheticChunk {
  measures: MeasureNode[];
  documents: SourceNode[];
  cites: CitesRow[];
  claims: ClaimNode[];
  citations: CitationNode[];
  support: SupportRow[];
  conflicts: ConflictNode[];
}

type MeasureKind = 'personnel' | 'pledged' | 'delivered' | 'budget' | 'percent' | 'date' | 'votes';
const MEASURE_KINDS: Record<MeasureKind, number> = { personnel: 35, pledged: 15, delivered: 10, budget: 10, percent: 10, date: 10, votes: 10 };
const QUALIFIERS: Partial<Record<Qualifier, number>> = { exact: 80, approximately: 8, more_than: 4, nearly: 3, just_over: 2, up_to: 2, range: 1 };
/** How precisely texts date figures: mostly to the day; a month or a year overlaps more neighbours, and so conflicts more. */
const PRECISIONS = { day: 94, month: 5, year: 1 } as const;
const SECTIONS: Record<MeasureKind, string> = {
  personnel: 'Deployment',
  pledged: 'Pledges',
  delivered: 'Disbursements',
  budget: 'Budget',
  percent: 'Budget',
  date: 'Timeline',
  votes: 'Votes',
};

interface DraftClaim {
  draft: ClaimDraft;
  documents: number[];
  quote: string;
  /** Per document stating the claim, whom its citation attributes the words to (empty: nobody). */
  attributions: string[][];
}

interface DocumentDraft {
  /** Sentences by section heading, in the order they were added. */
  sections: Map<string, { claimId: string; quote: string; attributedToId: string | null }[]>;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2024, 5, 30) / DAY_MS;
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The graph's synthetic chunks, in order, each with claimsPerChunk claims (the last with the rest).
 * Deterministic: the same plan always yields the same rows.
 */
export function* syntheticChunks(plan: SyntheticPlan, entities: readonly SyntheticEntity[], claimsPerChunk = CLAIMS_PER_CHUNK): Generator<SyntheticChunk> {
  const random = new Random(3);
  const attributable = entities.filter((e) => e.type === 'organization');
  let made = 0;
  let nextMeasure = 0;
  let nextDocument = 0;
  while (made < plan.claims) {
    const target = Math.min(claimsPerChunk, plan.claims - made);
    const firstDocument = nextDocument;
    const documentCount = Math.max(2, Math.ceil((target * 1.5) / CITATIONS_PER_DOCUMENT));
    nextDocument += documentCount;
    const drafts = new Map<number, DocumentDraft>();
    const measures: MeasureNode[] = [];
    const series: { measure: MeasureNode; kind: MeasureKind; claims: DraftClaim[] }[] = [];
    let inChunk = 0;
    while (inChunk < target) {
      const n = nextMeasure++;
      const subject = entities[random.int(0, entities.length - 1)]!;
      const kind = random.weighted(MEASURE_KINDS);
      const measure = measureRow(n, kind, subject, random);
      measures.push(measure);
      const size = Math.min(random.int(5, 20), target - inChunk);
      const claims = measureSeries(measure, kind, subject, size, random);
      for (const claim of claims) {
        const count = Math.min(Number(random.weighted({ '1': 60, '2': 30, '3': 10 })), documentCount);
        while (claim.documents.length < count) {
          const d = firstDocument + random.int(0, documentCount - 1);
          if (!claim.documents.includes(d)) claim.documents.push(d);
        }
        for (const d of claim.documents) {
          const draft = drafts.get(d) ?? { sections: new Map() };
          drafts.set(d, draft);
          const section = SECTIONS[kind];
          const attributedToId = attributable.length > 0 && random.chance(0.1) ? random.pick(attributable).id : null;
          draft.sections.set(section, [...(draft.sections.get(section) ?? []), { claimId: claim.draft.id, quote: claim.quote, attributedToId }]);
          claim.attributions.push(attributedToId ? [attributedToId] : []);
        }
      }
      series.push({ measure, kind, claims });
      inChunk += size;
    }
    made += inChunk;

    const documents: SourceNode[] = [];
    const cites: CitesRow[] = [];
    const citations: CitationNode[] = [];
    const closure = new Map<string, Set<string>>();
    for (let d = firstDocument; d < firstDocument + documentCount; d++) {
      const written = writeDocument(d, firstDocument, drafts.get(d) ?? { sections: new Map() }, plan, random);
      documents.push(written.document);
      cites.push(...written.cites);
      citations.push(...written.citations);
      // Documents cite works (which cite nothing) and earlier documents of the chunk, already closed.
      const reached = new Set<string>();
      for (const c of written.cites) {
        reached.add(c.toId);
        for (const further of closure.get(c.toId) ?? []) reached.add(further);
      }
      closure.set(documentId(d), reached);
    }

    // Each claim's citations are known now: its graph row, as the write side computes it.
    const citedBy = new Map<string, CitationNode[]>();
    for (const q of citations) for (const id of q.claimIds) citedBy.set(id, [...(citedBy.get(id) ?? []), q]);
    const claims: ClaimNode[] = series.flatMap(({ claims: drafted }) =>
      drafted.map(({ draft }): ClaimNode => {
        const stated = citedBy.get(draft.id) ?? [];
        return { id: draft.id, properties: claimProperties(draft, stated, 'seed'), derivedFromIds: [], citationIds: stated.map((q) => q.id), memberIds: [] };
      }),
    );
    // The write side's assessment, over what it would read back from the graph after this chunk.
    const input: AssessmentInput = {
      claims: series.flatMap(({ measure, claims: drafted }) => drafted.map((d) => assessedClaim(measure, d))),
      measures: series.map(({ measure }) => ({ id: measure.id, name: measure.name, sumOfIds: [], flowIds: [] })),
      sources: documents.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, authors: s.authors, cites: [...(closure.get(s.id) ?? [])] })),
      conflicts: [],
    };
    const { support, conflicts } = assess(input);
    yield { measures, documents, cites, claims, citations, support, conflicts };
  }
}

function measureRow(n: number, kind: MeasureKind, subject: SyntheticEntity, random: Random): MeasureNode {
  const mission = random.pick(MISSIONS);
  const who = subject.name;
  const base = { id: measureId(n), subjectId: subject.id, aspect: null as string | null, sumOfIds: [], flowIds: [] };
  switch (kind) {
    case 'personnel':
      return { ...base, name: `Personnel deployed by ${who} to ${mission}`, unit: 'personnel', description: `Police and soldiers of ${who} on the ground with ${mission} at a given time.`, aspect: random.chance(0.4) ? 'delivered' : null };
    case 'pledged':
      return { ...base, name: `Money pledged by ${who} to ${mission}`, unit: 'money', description: `What ${who} has promised to pay towards ${mission}.`, aspect: 'pledged' };
    case 'delivered':
      return { ...base, name: `Money paid by ${who} to ${mission}`, unit: 'money', description: `What ${who} has actually paid towards ${mission}.`, aspect: 'delivered' };
    case 'budget':
      return { ...base, name: `Security budget of ${who}`, unit: 'money', description: `The yearly security budget of ${who}.` };
    case 'percent':
      return { ...base, name: `Share of ${who}'s budget spent on security`, unit: 'percent', description: `Security spending as a share of the budget of ${who}.` };
    case 'date':
      return { ...base, name: `Day ${who} joined ${mission}`, unit: 'date', description: `The day ${who} formally joined ${mission}.` };
    case 'votes':
      return { ...base, name: `Votes for the mandate of ${mission} backed by ${who}`, unit: 'votes', description: `Votes in favour of the mandate ${who} backed.` };
  }
}

/** One measure's claims over time: a random walk of figures, some restated at the same time by another source. */
function measureSeries(measure: MeasureNode, kind: MeasureKind, subject: SyntheticEntity, size: number, random: Random): DraftClaim[] {
  const claims: DraftClaim[] = [];
  let day = random.int(FIRST_DAY, LAST_DAY);
  let amount = initialAmount(kind, random);
  const eventDay = day;
  let previous: { start: string | null; end: string | null; precision: 'day' | 'month' | 'year' | null; value: ClaimValue | null } | undefined;
  for (let j = 0; j < size; j++) {
    const restated = previous !== undefined && random.chance(0.1);
    // A restatement repeats the figure in its words (qualifier included), or gives another one.
    let agreeing = false;
    let time: { start: string | null; end: string | null; precision: 'day' | 'month' | 'year' | null };
    if (kind === 'date') {
      // Every claim dates the same event, some to another day (a conflict), at varying precision.
      const told = random.chance(0.02) ? eventDay + random.int(1, 40) : eventDay;
      time = timeAt(isoDay(told), random.weighted(PRECISIONS));
    } else if (restated) {
      time = { start: previous!.start, end: previous!.end, precision: previous!.precision };
      agreeing = random.chance(0.8);
      if (!agreeing) amount = roundFor(kind, amount * (1.3 + random.next() * 0.3));
    } else {
      day += random.int(7, 120);
      amount = j === 0 ? amount : roundFor(kind, amount * (0.9 + random.next() * 0.35));
      time = random.chance(0.005) ? { start: null, end: null, precision: null } : timeAt(isoDay(day), random.weighted(PRECISIONS));
    }
    const value = kind === 'date' ? null : agreeing ? previous!.value : claimValue(kind, amount, random);
    previous = { ...time, value };
    const timeLabel = time.precision === null || time.start === null ? null : dateWords(time.start, time.precision);
    const id = `${measure.id}-claim-${j}`;
    const { statement, quote } = wording(kind, subject.name, value, timeLabel, measure.name);
    assertOutsideTextSearch(statement);
    assertOutsideTextSearch(quote);
    const claimTime: ClaimTime | null = time.precision === null ? null : { start: time.start, end: time.end, precision: time.precision, part: null, label: timeLabel };
    claims.push({
      documents: [],
      attributions: [],
      quote,
      draft: { id, kind: claimKind(kind), statement, subjectId: subject.id, measureId: measure.id, value, time: claimTime, derivation: null, eventKey: null, role: null, members: null, category: null, note: null },
    });
  }
  return claims;
}

function timeAt(day: string, precision: 'day' | 'month' | 'year'): { start: string; end: string; precision: 'day' | 'month' | 'year' } {
  if (precision === 'day') return { start: day, end: day, precision };
  if (precision === 'month') return { start: `${day.slice(0, 7)}-01`, end: lastDay(day.slice(0, 7)), precision };
  return { start: `${day.slice(0, 4)}-01-01`, end: `${day.slice(0, 4)}-12-31`, precision };
}

function initialAmount(kind: MeasureKind, random: Random): number {
  switch (kind) {
    case 'personnel':
      return random.int(20, 5000);
    case 'pledged':
    case 'delivered':
    case 'budget':
      return random.int(1, 900) * 1_000_000;
    case 'percent':
      return random.int(1, 40);
    case 'votes':
      return random.int(5, 15);
    case 'date':
      return 0;
  }
}

function roundFor(kind: MeasureKind, amount: number): number {
  if (kind === 'percent') return Math.min(100, Math.round(amount * 10) / 10);
  if (kind === 'votes') return Math.min(15, Math.round(amount));
  if (kind === 'personnel') return Math.max(1, Math.round(amount));
  return Math.max(100_000, Math.round(amount / 100_000) * 100_000);
}

function claimValue(kind: MeasureKind, amount: number, random: Random): ClaimValue {
  const unit = kind === 'personnel' ? 'personnel' : kind === 'percent' ? 'percent' : kind === 'votes' ? 'votes' : 'money';
  const currency = unit === 'money' ? 'USD' : null;
  const qualifier = kind === 'votes' ? 'exact' : random.weighted(QUALIFIERS as Record<Qualifier, number>);
  if (qualifier === 'range') return { qualifier, amount: null, low: amount, high: roundFor(kind, amount * 1.2), unit, currency };
  return { qualifier, amount, low: null, high: null, unit, currency };
}

function claimKind(kind: MeasureKind): string {
  switch (kind) {
    case 'personnel':
      return 'count';
    case 'pledged':
      return 'pledge';
    case 'delivered':
    case 'budget':
      return 'amount';
    case 'percent':
      return 'percentage';
    case 'date':
      return 'date';
    case 'votes':
      return 'vote';
  }
}

/** The curator's sentence and the source's own words for one claim. */
function wording(kind: MeasureKind, who: string, value: ClaimValue | null, when: string | null, measureName: string): { statement: string; quote: string } {
  const figure = value ? describeValue(value) : '';
  const asOf = when ? ` as of ${when}` : '';
  switch (kind) {
    case 'date':
      return { statement: `${who} joined on ${when ?? 'an unstated day'}: ${measureName}.`, quote: `${who} formally joined on ${when ?? 'a day the report does not give'}` };
    case 'personnel':
      return { statement: `${who} had ${figure} deployed${asOf}.`, quote: `${when ? `By ${when}, ` : ''}${who} had deployed ${figure}` };
    case 'pledged':
      return { statement: `${who} had pledged ${figure}${asOf}.`, quote: `${who} pledged ${figure}${when ? ` in ${when}` : ''}` };
    case 'delivered':
      return { statement: `${who} had paid ${figure}${asOf}.`, quote: `${who} has disbursed ${figure}${when ? ` by ${when}` : ''}` };
    case 'budget':
      return { statement: `The security budget of ${who} was ${figure}${asOf}.`, quote: `a security budget of ${figure} for ${who}${when ? ` in ${when}` : ''}` };
    case 'percent':
      return { statement: `${who} spent ${figure} of its budget on security${asOf}.`, quote: `${figure} of the budget of ${who} went to security${when ? ` in ${when}` : ''}` };
    case 'votes':
      return { statement: `${figure} backed the mandate supported by ${who}${asOf}.`, quote: `the mandate backed by ${who} received ${figure}${when ? ` on ${when}` : ''}` };
  }
}

/**
 * A document's text: a title, a lead, one section per kind of figure with one sentence per quote,
 * and a numbered reference list. Offsets are counted as the text is assembled (ASCII only, so
 * UTF-16 units and code points agree, as the project's context query assumes).
 */
function writeDocument(
  d: number,
  firstInChunk: number,
  draft: DocumentDraft,
  plan: SyntheticPlan,
  random: Random,
): { document: SourceNode; cites: CitesRow[]; citations: CitationNode[] } {
  const id = documentId(d);
  const title = `${random.pick(PUBLISHERS)} field report no. ${d}`;
  let text = `${title}\n\nThis report gathers figures on security support missions from officials and published records.\n`;
  const spans: { claimId: string; quote: string; start: number; section: string; attributedToId: string | null }[] = [];
  for (const [section, sentences] of draft.sections) {
    text += `\n${section}\n`;
    for (const s of sentences) {
      const lead = s.attributedToId ? 'Officials said that ' : 'The report notes that ';
      text += lead;
      spans.push({ claimId: s.claimId, quote: s.quote, start: text.length, section, attributedToId: s.attributedToId });
      text += `${s.quote}. `;
    }
    text += '\n';
  }
  text += '\nReferences\n';
  const referenceSpans: { toId: string; number: number; quote: string; start: number; retrieved: string }[] = [];
  const cited = new Set<string>();
  const count = random.int(5, 30);
  while (cited.size < Math.min(count, plan.works)) cited.add(workId(random.int(0, plan.works - 1)));
  if (d > firstInChunk && random.chance(0.1)) cited.add(documentId(random.int(firstInChunk, d - 1)));
  let number = 0;
  for (const toId of cited) {
    number += 1;
    const retrieved = `${random.int(2023, 2024)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const quote = `${random.pick(AUTHORS)}. "Briefing ${toId}". Retrieved ${retrieved}.`;
    text += `${number}. `;
    referenceSpans.push({ toId, number, quote, start: text.length, retrieved });
    text += `${quote}\n`;
  }
  const around = (start: number, end: number) => ({ prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start), suffix: text.slice(end, end + CONTEXT_LENGTH) });
  const bySpan = new Map<string, CitationNode>();
  for (const s of spans) {
    const end = s.start + s.quote.length;
    const citationId = `cit-${id}-${s.start}-${end}`;
    bySpan.set(citationId, { id: citationId, sourceId: id, quote: s.quote, start: s.start, end, section: s.section, attributedToId: s.attributedToId, claimIds: [s.claimId], ...around(s.start, end) });
  }
  return {
    document: {
      id,
      kind: 'document',
      title,
      publisher: random.pick(PUBLISHERS),
      authors: [random.pick(AUTHORS), random.pick(AUTHORS)],
      published: isoDay(random.int(FIRST_DAY, LAST_DAY + 180)),
      url: `https://reports.example/documents/${d}`,
      language: 'en',
      license: null,
      snapshot: null,
      note: null,
      text,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    },
    cites: referenceSpans.map((r) => ({ fromId: id, toId: r.toId, number: r.number, retrieved: r.retrieved, quote: r.quote, start: r.start, end: r.start + r.quote.length, ...around(r.start, r.start + r.quote.length) })),
    citations: [...bySpan.values()],
  };
}

/** A claim as the assessment reads it from the graph: its value, time and the documents that state it. */
function assessedClaim(measure: MeasureNode, { draft, documents, quote, attributions }: DraftClaim): AssessedClaimInput {
  const v = draft.value;
  const t = draft.time;
  return {
    id: draft.id,
    measureId: measure.id,
    eventKey: null,
    measureUnit: measure.unit,
    measureName: measure.name,
    derivation: null,
    qualifier: v?.qualifier ?? null,
    amount: v?.amount ?? null,
    valueLow: v?.low ?? null,
    valueHigh: v?.high ?? null,
    unit: v?.unit ?? null,
    currency: v?.currency ?? null,
    timeStart: t?.start ?? null,
    timeEnd: t?.end ?? null,
    timeLabel: t?.label ?? null,
    role: null,
    members: null,
    memberIds: [],
    category: null,
    supportStatus: null,
    supportReason: null,
    retracted: false,
    derivedFromCount: 0,
    sourceIds: documents.map(documentId),
    // Every citation of it quotes the same words; the first is that of the least source id, as the graph orders them.
    quoted: documents.length > 0 ? { quote, sourceId: documents.map(documentId).sort()[0]! } : null,
    attributions,
  };
}
