import type { SourceNode } from './graph-rows.js';

/** A source's metadata as the seed files and the curation API give it: what is not known is left out. */
export interface SourceMetadata {
  id: string;
  title: string;
  publisher?: string | undefined;
  authors?: string[] | undefined;
  published?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
  license?: string | undefined;
  snapshot?: string | undefined;
  note?: string | undefined;
}

/** The source's graph row: a document when we hold its text (with its SHA-256), else a work it cites. */
export function sourceNode(m: SourceMetadata, held: { text: string; sha256: string } | null): SourceNode {
  return {
    id: m.id,
    kind: held ? 'document' : 'work',
    title: m.title,
    publisher: m.publisher ?? null,
    authors: m.authors ?? [],
    published: m.published ?? null,
    url: m.url ?? null,
    language: m.language ?? null,
    license: m.license ?? null,
    snapshot: m.snapshot ?? null,
    note: m.note ?? null,
    text: held?.text ?? null,
    sha256: held?.sha256 ?? null,
  };
}
