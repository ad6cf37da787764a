import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFor, syntheticChunks, syntheticEntities, syntheticWorks } from '../../bench/synthetic/synthetic-rows.js';
import { writeGraph } from '../../src/curation/graph-writer.js';
import type { GraphWrite } from '../../src/curation/graph-rows.js';
import { writeAssessment } from '../../src/curation/reassess.js';
import { migrate } from '../../src/database/migrations.js';
import { openTestGraph, type TestGraph } from '../support/test-graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = openTestGraph();
  await migrate(graph.runner);
  await removeSynthetic();
});
afterAll(async () => {
  await removeSynthetic();
  await graph?.close();
});

// A small synthetic graph (the bench generator's rows, ids starting syn-, cit-syn-, conflict-syn-):
// its documents, claims, citations, reference lists, support and conflicts.
const plan = planFor(120);
const entities = syntheticEntities(plan);
const [chunk] = [...syntheticChunks(plan, entities)];
const rows: GraphWrite = {
  entities: entities.map(({ id, name, type, aliases, partOfId }) => ({ id, name, type, aliases, partOfId })),
  measures: chunk!.measures,
  sources: [...syntheticWorks(plan), ...chunk!.documents],
  cites: chunk!.cites,
  claims: chunk!.claims,
  citations: chunk!.citations,
};

const SYNTHETIC = `n.id STARTS WITH 'syn-' OR n.id STARTS WITH 'cit-syn-' OR n.id STARTS WITH 'conflict-syn-'`;

async function removeSynthetic(): Promise<void> {
  await graph.driver.executeQuery(`MATCH (n) WHERE ${SYNTHETIC} DETACH DELETE n`);
}

/** Every synthetic node's labels and properties and every relationship from one, named by ids (not by element ids, which a second write changes). */
async function syntheticGraph(): Promise<{ nodes: unknown[]; relationships: unknown[] }> {
  const { records } = await graph.driver.executeQuery(`
    MATCH (n) WHERE ${SYNTHETIC}
    WITH n ORDER BY n.id
    WITH collect([labels(n), properties(n)]) AS nodes
    CALL () {
      MATCH (n)-[r]->(m) WHERE ${SYNTHETIC}
      WITH n.id + ' ' + type(r) + ' ' + m.id AS edge, properties(r) AS props ORDER BY edge, props.number
      RETURN collect([edge, props]) AS relationships
    }
    RETURN nodes, relationships`);
  return { nodes: records[0]!.get('nodes'), relationships: records[0]!.get('relationships') };
}

async function write(fresh: boolean): Promise<void> {
  await graph.runner.writeTransaction(async (tx) => {
    await writeGraph(tx, rows, 'seed', { fresh });
    await writeAssessment(tx, chunk!.measures.map((m) => m.id), chunk!);
  });
}

describe('a fresh write (rows known to be new)', () => {
  it('stores the same nodes, properties and links as an ordinary write of the same rows', async () => {
    await write(false);
    const ordinary = await syntheticGraph();
    await removeSynthetic();
    await write(true);
    const fresh = await syntheticGraph();
    expect(ordinary.nodes.length).toBeGreaterThan(rows.claims.length + rows.citations.length);
    expect(ordinary.relationships.length).toBeGreaterThan(2 * rows.claims.length);
    expect(fresh).toEqual(ordinary);
  });
});
