import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypherDir } from '../../src/database/named-query.js';
import { CITATION_FIELDS, CLAIM_FIELDS, claimRecord, CONFLICT_FIELDS, ENTITY_FIELDS, MEASURE_FIELDS, SOURCE_FIELDS } from '../../src/graph/record-values.js';

/** The field each value line of a record part names, in order: `  <expression>, // <field>`. */
function fieldsOfPart(part: string): string[] {
  const text = readFileSync(path.join(cypherDir, `${part}.part.cypher`), 'utf8');
  const list = /^RETURN \[\n([\s\S]*?)\n\] AS \w+$/m.exec(text);
  if (!list) throw new Error(`${part} returns no list of values`);
  return list[1]!.split('\n').map((line) => {
    const named = /^ {2}\S.*?,? \/\/ (\w+)$/.exec(line);
    if (!named) throw new Error(`${part}: a value line names no field: ${line}`);
    return named[1]!;
  });
}

describe('records as lists of values', () => {
  it.each([
    ['claims/claim-record', CLAIM_FIELDS],
    ['citations/citation-record', CITATION_FIELDS],
    ['sources/source-record', SOURCE_FIELDS],
    ['measures/measure-record', MEASURE_FIELDS],
    ['entities/entity-record', ENTITY_FIELDS],
    ['conflicts/conflict-record', CONFLICT_FIELDS],
  ])('%s returns its values in the order its fields are named', (part, fields) => {
    expect(fieldsOfPart(part)).toEqual([...fields]);
  });

  it('names each value of a claim by its field', () => {
    const values = CLAIM_FIELDS.map((field) => `${field} value`);
    const claim = claimRecord(values);
    expect(claim.id).toBe('id value');
    expect(claim.conflictIds).toBe('conflictIds value');
    expect(Object.keys(claim)).toEqual([...CLAIM_FIELDS]);
  });

  it('refuses a list of another length, which would shift every value into the wrong field', () => {
    expect(() => claimRecord(CLAIM_FIELDS.slice(1))).toThrow(/claim record came with 34 values for its 35 fields/);
    expect(() => claimRecord({ id: 'x' })).toThrow(/no values/);
  });
});
