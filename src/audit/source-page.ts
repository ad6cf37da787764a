import type { QueryRunner } from '../database/query-runner.js';
import type { GraphLoaders } from '../graph/graph-loaders.js';
import type { ClaimRecord, CitationRecord, ReferenceRecord } from '../graph/records.js';
import { citationIdsAttributedTo, sourceText } from '../graph/source-texts.js';
import { verifyStoredCitations } from '../graph/verification.js';
import { loadAll } from '../graphql/load-all.js';
import { links } from './audit-links.js';
import { citationPassages } from './citation-passages.js';
import { segmentText, type MarkedRange } from './passage.js';

/** The most citations a source page marks in its text (the GraphQL field's own ceiling). */
const MAX_MARKED_CITATIONS = 1000;

/**
 * A source: for a document we hold, its text with every cited passage marked and linked to its
 * claims and every reference-list entry linked to the work it names; for a cited work, its metadata,
 * the entries that cite it and the passages attributed to it. Both with the re-verification of quotes and hash.
 */
export async function sourcePage(runner: QueryRunner, loaders: GraphLoaders, id: string) {
  // The page shows how many claims it states: read with the source, not after it.
  const source = await loaders.countedSource.load(id);
  if (!source) return null;
  const [text, citationIds, references, attributedIds, verification] = await Promise.all([
    source.kind === 'document' ? sourceText(runner, id) : null,
    loaders.citationIdsOfSource.load({ id, first: MAX_MARKED_CITATIONS }),
    loaders.referencesOfSource.load(id),
    source.kind === 'work' ? citationIdsAttributedTo(runner, id) : [],
    verifyStoredCitations(runner, { sourceId: id }),
  ]);
  const citations = await loadAll(citationIds, loaders.citation);
  const [claims, cited, citing, attributed] = await Promise.all([
    loadAll([...new Set(citations.flatMap((c) => c.claimIds))], loaders.claim),
    loadAll(references.cites.map((r) => r.citedId), loaders.source),
    loadAll(references.citedBy.map((r) => r.citingId), loaders.source),
    citationPassages(loaders, attributedIds),
  ]);
  const titleOf = new Map([...cited, ...citing].map((s) => [s.id, s.title]));
  const cites = [...references.cites].sort((a, b) => a.number - b.number).map((r) => ({ ...r, title: titleOf.get(r.citedId) ?? r.citedId }));
  const citedBy = references.citedBy.map((r) => ({ ...r, title: titleOf.get(r.citingId) ?? r.citingId }));
  const segments = text === null ? null : segmentText(text, markedRanges(id, citations, new Map(claims.map((c) => [c.id, c])), cites));
  const failed = verification?.checks.filter((c) => c.problems.length > 0) ?? [];
  return {
    source,
    segments,
    citationCount: citations.length,
    truncated: citations.length >= MAX_MARKED_CITATIONS,
    cites,
    citedBy,
    attributed,
    verification: verification && { textIntact: verification.textIntact, checked: verification.checks.length, failed },
  };
}

function markedRanges(sourceId: string, citations: CitationRecord[], claims: Map<string, ClaimRecord>, cites: (ReferenceRecord & { title: string })[]): MarkedRange[] {
  const quoted: MarkedRange[] = citations.map((c) => {
    const claimed = c.claimIds.flatMap((id) => (claims.has(id) ? [claims.get(id)!] : []));
    // The mark links to the first claim; the others follow the passage as numbered links.
    return {
      start: c.start,
      end: c.end,
      anchor: `c-${c.id}`,
      href: claimed[0] ? links.claim(claimed[0].id) : links.citation(sourceId, c.id),
      title: claimed.map((x) => x.statement).join(' | '),
      kind: 'citation',
      more: claimed.slice(1).map((x) => ({ href: links.claim(x.id), title: x.statement })),
    };
  });
  const entries: MarkedRange[] = cites.map((r) => ({ start: r.start, end: r.end, anchor: `r-${r.number}`, href: links.source(r.citedId), title: `[${r.number}] ${r.title}`, kind: 'reference', more: [] }));
  return [...quoted, ...entries];
}
