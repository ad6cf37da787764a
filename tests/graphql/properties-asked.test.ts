import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import {
  CITATION_PROPERTIES_READ,
  CLAIM_PROPERTIES_READ,
  CONFLICT_PROPERTIES_READ,
  ENTITY_PROPERTIES_READ,
  MEASURE_PROPERTIES_READ,
  SOURCE_PROPERTIES_READ,
} from '../../src/graphql/properties-asked.js';

const schema = buildSchema(readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));
const fieldsOf = (type: string) => {
  const named = schema.getType(type);
  if (!isObjectType(named)) throw new Error(`${type} is not an object type`);
  return Object.keys(named.getFields()).map((f) => `${type}.${f}`);
};

describe('the record properties each field reads', () => {
  // A field missing here would read nothing of a trimmed record, and answer null.
  it.each([
    ['Claim', CLAIM_PROPERTIES_READ],
    ['ClaimTime', CLAIM_PROPERTIES_READ],
    ['Support', CLAIM_PROPERTIES_READ],
    ['Citation', CITATION_PROPERTIES_READ],
    ['Source', SOURCE_PROPERTIES_READ],
    ['Measure', MEASURE_PROPERTIES_READ],
    ['Entity', ENTITY_PROPERTIES_READ],
    ['Conflict', CONFLICT_PROPERTIES_READ],
  ] as const)('names every field of %s', (type, table) => {
    expect(Object.keys(table).filter((f) => f.startsWith(`${type}.`)).sort()).toEqual(fieldsOf(type).sort());
  });

  it('names only fields the schema has', () => {
    const tables = [CLAIM_PROPERTIES_READ, CITATION_PROPERTIES_READ, SOURCE_PROPERTIES_READ, MEASURE_PROPERTIES_READ, ENTITY_PROPERTIES_READ, CONFLICT_PROPERTIES_READ];
    const keys = tables.flatMap((table) => Object.keys(table));
    const known = new Set(keys.map((k) => k.split('.')[0]!).flatMap(fieldsOf));
    expect(keys.filter((k) => !known.has(k))).toEqual([]);
  });
});
