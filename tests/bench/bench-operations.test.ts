import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import { buildSchema } from '../../src/graphql/schema.js';

const schema = buildSchema();
const dir = path.join(projectRoot, 'bench', 'operations');
const documents = readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();

// A bench operation the schema no longer accepts is measured as an error, silently, until someone
// reads the table: each must stay valid as the schema changes.
describe('the bench operations', () => {
  it.each(documents)('%s is valid against schema.graphql', (file) => {
    const errors = validate(schema, parse(readFileSync(path.join(dir, file), 'utf8')));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
