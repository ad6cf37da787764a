import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimFile, ReferenceFile, SeedEntity } from '../../src/ingestion/seed-schema.js';
import { loadSeedIntoGraph, readCorpus, SeedError } from '../../src/ingestion/load-seed.js';
import { graphFingerprint } from '../support/graph-fingerprint.js';
import { copySeed, type SeedCopy } from '../support/seed-copy.js';
import { loadCorpus, openTestGraph, type TestGraph } from '../support/test-graph.js';

const WIKIPEDIA_CLAIMS = 'claims/wikipedia-mss.yaml';
let graph: TestGraph;
let copy: SeedCopy | undefined;

beforeAll(async () => {
  graph = openTestGraph();
  await loadCorpus(graph.runner);
});

afterEach(async () => {
  if (copy) {
    await copy.remove();
    copy = undefined;
    await loadSeedIntoGraph(graph.runner);
  }
});

afterAll(async () => graph?.close());

async function rejectedLoad(change: (files: SeedCopy) => Promise<void>): Promise<SeedError> {
  copy = await copySeed();
  await change(copy);
  const before = await graphFingerprint(graph.driver);
  const error = await loadSeedIntoGraph(graph.runner, { seedDir: copy.dir }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SeedError);
  expect(await graphFingerprint(graph.driver)).toEqual(before);
  return error as SeedError;
}

describe('loading the seed', () => {
  it('stores every citation of the seed files, each quote exactly its source text at its offsets', async () => {
    const { records } = await graph.driver.executeQuery(`
      MATCH (q:Citation)-[:STATED_IN]->(s:Source)
      RETURN q.id AS id, q.quote AS quote, q.start AS start, q.end AS end, s.text AS text`);
    const seeded = (await readCorpus()).citations.map((c) => c.id);
    expect(records.map((r) => r.get('id') as string).sort()).toEqual(seeded.sort());
    for (const r of records) {
      const text = Array.from(r.get('text') as string);
      expect(text.slice(r.get('start').toNumber(), r.get('end').toNumber()).join(''), r.get('id')).toBe(r.get('quote'));
    }
  });

  it('gives every measure the id of the entity it is ABOUT as its subjectId (what finds an entity\'s measures)', async () => {
    const { records } = await graph.driver.executeQuery('MATCH (m:Measure) OPTIONAL MATCH (m)-[:ABOUT]->(e:Entity) RETURN m.id AS id, m.subjectId AS subjectId, e.id AS about');
    expect(records.length).toBeGreaterThan(5);
    expect(records.filter((r) => r.get('subjectId') === null || r.get('subjectId') !== r.get('about')).map((r) => r.get('id'))).toEqual([]);
  });

  it('leaves the graph identical when run a second time', async () => {
    const before = await graphFingerprint(graph.driver);
    await loadSeedIntoGraph(graph.runner);
    expect(await graphFingerprint(graph.driver)).toEqual(before);
  });

  it('updates a changed claim in place and removes a claim deleted from the files', async () => {
    copy = await copySeed();
    let changed = '';
    let deleted = '';
    await copy.edit<ClaimFile>(WIKIPEDIA_CLAIMS, (file) => {
      changed = file.claims[0]!.id;
      file.claims[0]!.statement = 'A reworded statement.';
      deleted = file.claims.find((c) => !c.derivedFrom && file.claims.every((o) => !o.derivedFrom?.claims.includes(c.id)) && c.id !== changed)!.id;
      file.claims = file.claims.filter((c) => c.id !== deleted);
    });
    const identity = async (id: string) =>
      (await graph.driver.executeQuery('MATCH (c:Claim {id: $id}) RETURN elementId(c) AS e, c.statement AS s', { id })).records.map((r) => ({
        e: r.get('e') as string,
        s: r.get('s') as string,
      }))[0];
    const before = await identity(changed);
    await loadSeedIntoGraph(graph.runner, { seedDir: copy.dir });
    expect(await identity(changed)).toEqual({ e: before!.e, s: 'A reworded statement.' });
    expect(await identity(deleted)).toBeUndefined();
  });
});

describe('bad seed data is rejected with file, id and problem, and nothing is written', () => {
  it('an unknown field', async () => {
    const error = await rejectedLoad((c) =>
      c.edit<ClaimFile>(WIKIPEDIA_CLAIMS, (f) => Object.assign(f.claims[1]!, { confidence: 'high' })),
    );
    expect(error.problems).toEqual([expect.objectContaining({ file: 'seed/claims/wikipedia-mss.yaml', problem: expect.stringMatching(/confidence/) })]);
    expect(error.problems[0]!.id).toMatch(/^wp-/);
  });

  it('a quote that is not in its source text', async () => {
    let id = '';
    const error = await rejectedLoad((c) =>
      c.edit<ClaimFile>(WIKIPEDIA_CLAIMS, (f) => {
        const claim = f.claims.find((cl) => cl.citations.length > 0)!;
        id = claim.id;
        claim.citations[0]!.quote = claim.citations[0]!.quote + ' (invented)';
      }),
    );
    expect(error.problems).toEqual([{ file: 'seed/claims/wikipedia-mss.yaml', id, problem: expect.stringContaining('is not in the source text') }]);
    expect(error.message).toContain(id);
  });

  it('a quote without offsets, found where it occurs once', async () => {
    copy = await copySeed();
    let moved = { id: '', start: 0 };
    await copy.edit<ClaimFile>(WIKIPEDIA_CLAIMS, (f) => {
      const claim = f.claims.find((cl) => cl.citations.length === 1 && cl.citations[0]!.quote.length > 40)!;
      moved = { id: claim.id, start: claim.citations[0]!.start! };
      delete claim.citations[0]!.start;
    });
    await loadSeedIntoGraph(graph.runner, { seedDir: copy.dir });
    const { records } = await graph.driver.executeQuery('MATCH (:Claim {id: $id})<-[:SUPPORTS]-(q:Citation) RETURN q.start AS start', { id: moved.id });
    expect(records[0]!.get('start').toNumber()).toBe(moved.start);
  });

  it('a quote without offsets that occurs more than once, with the offsets it occurs at', async () => {
    const error = await rejectedLoad((c) =>
      c.edit<ClaimFile>(WIKIPEDIA_CLAIMS, (f) => {
        const cited = f.claims.find((cl) => cl.citations.length > 0)!.citations[0]!;
        cited.quote = 'Kenya';
        delete cited.start;
      }),
    );
    expect(error.problems).toEqual([expect.objectContaining({ problem: expect.stringMatching(/quote "Kenya" occurs \d+ times, at offset \d+, \d+.*give start/) })]);
  });

  it('offsets that are off', async () => {
    const error = await rejectedLoad((c) =>
      c.edit<ClaimFile>(WIKIPEDIA_CLAIMS, (f) => {
        const cited = f.claims.find((cl) => cl.citations.length > 0)!.citations[0]!;
        cited.start = (cited.start ?? 0) + 3;
      }),
    );
    expect(error.problems).toEqual([expect.objectContaining({ problem: expect.stringMatching(/is not at offset \d+ .* it occurs at offset \d+/) })]);
  });

  it('a citation of an unknown source', async () => {
    const error = await rejectedLoad((c) =>
      c.edit<ClaimFile>(WIKIPEDIA_CLAIMS, (f) => {
        f.claims.find((cl) => cl.citations.length > 0)!.citations[0]!.source = 'no-such-source';
      }),
    );
    expect(error.problems).toEqual([expect.objectContaining({ problem: 'cites unknown source "no-such-source"' })]);
  });

  it('a duplicate claim id', async () => {
    let id = '';
    const error = await rejectedLoad((c) =>
      c.edit<ClaimFile>(WIKIPEDIA_CLAIMS, (f) => {
        id = f.claims[0]!.id;
        f.claims[2]!.id = id;
      }),
    );
    expect(error.problems).toContainEqual({ file: 'seed/claims/wikipedia-mss.yaml', id, problem: expect.stringContaining('duplicate claim id') });
  });

  it('a reference number given to two works', async () => {
    const error = await rejectedLoad((c) =>
      c.edit<ReferenceFile>('sources/wikipedia-mss-references.yaml', (f) => {
        f.works[1]!.entries[0]!.number = f.works[0]!.entries[0]!.number;
      }),
    );
    expect(error.problems.map((p) => p.problem)).toContainEqual(expect.stringMatching(/^reference number \d+ is also given to /));
  });

  it('an entity part of an unknown whole, and parts that come back to themselves', async () => {
    const error = await rejectedLoad((c) =>
      c.edit<SeedEntity[]>('entities/core.yaml', (entities) => {
        entities.find((e) => e.id === 'united-states')!.partOf = 'us-state-department';
        entities.find((e) => e.id === 'canada')!.partOf = 'atlantis';
      }),
    );
    expect(error.problems).toContainEqual({ file: 'seed/entities/core.yaml', id: 'canada', problem: 'partOf "atlantis" is not a known entity' });
    expect(error.problems).toContainEqual(expect.objectContaining({ id: 'united-states', problem: expect.stringContaining('partOf comes back to united-states') }));
  });

  it('a source text that changed since its hash was recorded', async () => {
    const error = await rejectedLoad(async (c) => {
      const { appendFile } = await import('node:fs/promises');
      await appendFile(`${c.dir}/texts/cepr-johnston-2024-06-26.txt`, ' ');
    });
    expect(error.problems).toContainEqual(expect.objectContaining({ id: 'cepr-johnston-2024-06-26', problem: expect.stringContaining('the text changed') }));
  });
});
