import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

/**
 * Everything a load could change, summed up: counts by label and by relationship type, and a
 * digest of every node's and relationship's properties and identity. Equal fingerprints mean an
 * unchanged graph.
 */
export async function graphFingerprint(driver: Driver): Promise<Record<string, unknown>> {
  const { records } = await driver.executeQuery(`
    CALL () {
      MATCH (n) WITH labels(n)[0] AS label, count(n) AS n ORDER BY label
      RETURN collect(label + ':' + n) AS labelCounts
    }
    CALL () {
      MATCH ()-[r]->() WITH type(r) AS type, count(r) AS n ORDER BY type
      RETURN collect(type + ':' + n) AS relCounts
    }
    CALL () {
      MATCH (n) WHERE NOT n:SchemaMigration
      WITH n ORDER BY elementId(n)
      RETURN collect([elementId(n), properties(n)]) AS nodes
    }
    CALL () {
      MATCH (a)-[r]->(b)
      WITH a, r, b ORDER BY elementId(r)
      RETURN collect([elementId(r), a.id, type(r), b.id, properties(r)]) AS rels
    }
    RETURN labelCounts, relCounts, nodes, rels`);
  const row = records[0]!;
  const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
  return {
    labelCounts: row.get('labelCounts'),
    relCounts: row.get('relCounts'),
    nodes: digest(row.get('nodes')),
    rels: digest(row.get('rels')),
  };
}
