import type { GraphLoaders } from '../graph/graph-loaders.js';
import type { CitationRecord, EntityRecord, SourceRecord } from '../graph/records.js';
import { loadAll } from '../graphql/load-all.js';
import { links } from './audit-links.js';
import { passageOf, type Passage } from './passage.js';

/** How much text the claim and conflict pages show around a quote, each side. */
export const PASSAGE_CHARS = 300;

export interface CitationPassage {
  citation: CitationRecord;
  source: SourceRecord | null;
  passage: Passage;
  attributedTo: { name: string; href: string } | null;
}

/** Citations with their source, the passage around their quote and whom it is attributed to: three batched reads. */
export async function citationPassages(loaders: GraphLoaders, citationIds: string[]): Promise<CitationPassage[]> {
  const citations = await loadAll(citationIds, loaders.citation);
  const [sources, contexts, originators] = await Promise.all([
    loaders.source.loadMany(citations.map((c) => c.sourceId)),
    loaders.citationContext.loadMany(citations.map((c) => ({ id: c.id, chars: PASSAGE_CHARS }))),
    Promise.all(citations.map((c) => originator(loaders, c))),
  ]);
  return citations.map((citation, i) => {
    const source = sources[i];
    const context = contexts[i];
    return {
      citation,
      source: source instanceof Error ? null : (source ?? null),
      passage: typeof context === 'string' ? passageOf(context, citation, PASSAGE_CHARS) : { before: '', quote: citation.quote, after: '' },
      attributedTo: originators[i] ?? null,
    };
  });
}

async function originator(loaders: GraphLoaders, c: CitationRecord): Promise<{ name: string; href: string } | null> {
  if (c.attributedToId === null) return null;
  if (c.attributedToKind === 'Source') {
    const s: SourceRecord | null = await loaders.source.load(c.attributedToId);
    return s ? { name: s.publisher ? `${s.title} (${s.publisher})` : s.title, href: links.source(s.id) } : null;
  }
  const e: EntityRecord | null = await loaders.entity.load(c.attributedToId);
  return e ? { name: e.name, href: links.entity(e.id) } : null;
}
