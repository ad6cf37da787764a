import { namedQuery } from '../database/named-query.js';
import type { QueryRunner } from '../database/query-runner.js';

const sourceTexts = namedQuery<{ ids: string[] }, { id: string; text: string | null }>('sources/source-texts');
const citationsAttributedTo = namedQuery<{ ids: string[] }, { id: string; citationIds: string[] }>('citations/citations-attributed-to');

/** The text we hold of a source; null for a cited work (or an unknown id). */
export async function sourceText(runner: QueryRunner, id: string): Promise<string | null> {
  return (await runner.read(sourceTexts, { ids: [id] }))[0]?.text ?? null;
}

/** The ids of the citations whose words their source attributes to this work or entity. */
export async function citationIdsAttributedTo(runner: QueryRunner, id: string): Promise<string[]> {
  return (await runner.read(citationsAttributedTo, { ids: [id] }))[0]?.citationIds ?? [];
}
