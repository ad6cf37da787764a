import { createHash } from 'node:crypto';
import { SourceText, verifySelector } from '../../src/provenance/quote-selector.js';

interface Selector {
  citationId: string;
  exact: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/**
 * What our API's verifySource computes, done by a client on the material it fetched (the floor's
 * `verification` map, the peer's `storedText` and `material`): the text against its hash, then every
 * selector against the text, with the project's own checks.
 */
export function verifyFetchedSource(data: unknown): unknown {
  const root = data as Record<string, unknown>;
  const source = (Array.isArray(root.sources) ? root.sources[0] : root) as Record<string, unknown> | undefined;
  if (!source) return data;
  const material = (source.verification ?? { text: source.storedText, sha256: source.sha256, citations: source.material }) as {
    text: string | null;
    sha256: string | null;
    citations: Selector[];
  };
  const text = material.text ?? '';
  const textIntact = createHash('sha256').update(text, 'utf8').digest('hex') === material.sha256;
  const indexed = new SourceText(text);
  const failed = material.citations
    .map((c) => ({ citation: { id: c.citationId }, problems: verifySelector(indexed, c) }))
    .filter((check) => check.problems.length > 0);
  const { verification: _v, storedText: _t, material: _m, ...rest } = source;
  return { source: rest, verifySource: { ok: textIntact && failed.length === 0, textIntact, checked: material.citations.length, failed } };
}
