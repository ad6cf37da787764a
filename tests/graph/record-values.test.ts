import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypherDir } from '../../src/database/named-query.js';
import { CITATION_STORED, CLAIM_STORED, CONFLICT_STORED, ENTITY_STORED, MEASURE_STORED, SOURCE_STORED } from '../../src/graph/record-properties.js';
import { CITATION_FIELDS, CLAIM_FIELDS, claimRecord, CONFLICT_FIELDS, ENTITY_FIELDS, MEASURE_FIELDS, SOURCE_FIELDS } from '../../src/graph/record-values.js';

/**
 * The field each value of a record part names, in order: the leading ones (`RETURN [c.id] // id`),
 * the stored properties by name (`[k IN CASE WHEN every THEN ['kind', ...] ELSE props.stored END | c[k]]`),
 * then one line each (`  <expression>, // <field>`).
 */
function fieldsOfPart(part: string): { fields: string[]; stored: string[] } {
  const text = readFileSync(path.join(cypherDir, `${part}.part.cypher`), 'utf8');
  const lead = /^RETURN \[.*\] \/\/ ([\w, ]+)$/m.exec(text);
  const stored = /\+ \[k IN CASE WHEN every THEN \[([^\]]*)\] ELSE props\.stored END \| \w\[k\]\]/.exec(text);
  if (!lead || !stored) throw new Error(`${part} does not return its leading values and its stored properties by name`);
  const names = [...stored[1]!.matchAll(/'(\w+)'/g)].map((m) => m[1]!);
  const list = /^ {2}\+ \[\n([\s\S]*?)\n\] AS \w+$/m.exec(text);
  const lines = (list?.[1] ?? '').split('\n').filter(Boolean).map((line) => {
    const named = /^ {2}\S.*?,? \/\/ (\w+)$/.exec(line);
    if (!named) throw new Error(`${part}: a value line names no field: ${line}`);
    return named[1]!;
  });
  return { fields: [...lead[1]!.split(', '), ...names, ...lines], stored: names };
}

describe('records as lists of values', () => {
  it.each([
    ['claims/claim-record', CLAIM_FIELDS, CLAIM_STORED],
    ['citations/citation-record', CITATION_FIELDS, CITATION_STORED],
    ['sources/source-record', SOURCE_FIELDS, SOURCE_STORED],
    ['measures/measure-record', MEASURE_FIELDS, MEASURE_STORED],
    ['entities/entity-record', ENTITY_FIELDS, ENTITY_STORED],
    ['conflicts/conflict-record', CONFLICT_FIELDS, CONFLICT_STORED],
  ])('%s returns its values in the order its fields are named', (part, fields, stored) => {
    const read = fieldsOfPart(part);
    expect(read.fields).toEqual([...fields]);
    // props.stored lists the same names in the same places (record-properties.ts).
    expect(read.stored).toEqual([...stored]);
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
