import { createHash } from 'node:crypto';
import type { QueryRunner } from '../database/query-runner.js';
import { SourceText, verifySelector, type QuoteSelector } from '../provenance/quote-selector.js';
import type { GraphLoaders } from './graph-loaders.js';
import { primeLoaders, rootQuery, ROOTS_ONLY, type RecordSelection, type SelectedRecords } from './selected-records.js';

const verificationMaterial = rootQuery<
  { target: { citationId: string | null; sourceId: string | null }; select: RecordSelection },
  {
    sourceId: string;
    text: string | null;
    sha256: string | null;
    citations: (Omit<QuoteSelector, 'exact'> & { id: string; quote: string })[];
    records: SelectedRecords;
  }
>('citations/verification-material');

/** What a GraphQL selection asks around the verified source and citations, read in the same round trip into these loaders. */
export interface VerifiedAround {
  loaders: GraphLoaders;
  select: RecordSelection;
}

export interface CitationCheck {
  citationId: string;
  problems: string[];
}

export interface SourceCheck {
  sourceId: string;
  textIntact: boolean;
  checks: CitationCheck[];
}

/**
 * Re-checks stored citations against the stored text of their source: the text against its
 * recorded SHA-256, then each quote, offset, prefix and suffix. Null when nothing has that id.
 */
export async function verifyStoredCitations(runner: QueryRunner, target: { citationId: string } | { sourceId: string }, around?: VerifiedAround): Promise<SourceCheck | null> {
  const [row] = await runner.read(verificationMaterial, {
    target: { citationId: 'citationId' in target ? target.citationId : null, sourceId: 'sourceId' in target ? target.sourceId : null },
    select: around?.select ?? ROOTS_ONLY,
  });
  if (around && row) primeLoaders(around.loaders, row.records);
  if (!row || ('citationId' in target && row.citations.length === 0)) return null;
  if (row.text === null) {
    return {
      sourceId: row.sourceId,
      textIntact: false,
      checks: row.citations.map((c) => ({ citationId: c.id, problems: ['we hold no text for this source, so its quotes cannot be checked'] })),
    };
  }
  const sha256 = createHash('sha256').update(row.text, 'utf8').digest('hex');
  const textIntact = sha256 === row.sha256;
  const text = new SourceText(row.text);
  const checks = row.citations.map((c) => {
    const problems = verifySelector(text, { exact: c.quote, start: c.start, end: c.end, prefix: c.prefix, suffix: c.suffix });
    if (!textIntact) problems.unshift(`the source text's SHA-256 is ${sha256}, not the recorded ${row.sha256}`);
    return { citationId: c.id, problems };
  });
  return { sourceId: row.sourceId, textIntact, checks };
}
