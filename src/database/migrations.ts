import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { cypherDir, namedQuery, queryText } from './named-query.js';
import type { QueryRunner } from './query-runner.js';

const appliedMigrations = namedQuery<Record<string, never>, { version: number; name: string; checksum: string }>(
  'schema/applied-migrations',
);
const recordMigration = namedQuery<{ version: number; name: string; checksum: string }, never>('schema/record-migration');

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  statements: string[];
}

const MIGRATION_FILE = /^(\d{3})-([a-z0-9-]+)\.cypher$/;

/**
 * The files of cypher/migrations, in version order, each split into its statements, with the parts
 * they include (`// include:`, as in named queries) spliced in, so a migration builds for the graph
 * written before it what the writer keeps with the same Cypher.
 */
export async function readMigrations(dir = path.join(cypherDir, 'migrations')): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => MIGRATION_FILE.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const [, version, name] = MIGRATION_FILE.exec(file)!;
      const text = await readFile(path.join(dir, file), 'utf8');
      const statements = queryText(cypherDir, path.relative(cypherDir, path.join(dir, file)))
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter(Boolean);
      return { version: Number(version), name: name!, checksum: createHash('sha256').update(text).digest('hex'), statements };
    }),
  );
}

/**
 * Applies the migrations not yet recorded in the graph, in order. Every statement is idempotent
 * (IF NOT EXISTS), so a run cut short is safely repeated; the version is recorded only after all of
 * a file's statements succeeded.
 */
export async function migrate(runner: QueryRunner, log: (line: string) => void = () => undefined): Promise<Migration[]> {
  const applied = new Map((await runner.read(appliedMigrations, {})).map((m) => [m.version, m]));
  const pending: Migration[] = [];
  for (const migration of await readMigrations()) {
    const done = applied.get(migration.version);
    if (done) {
      if (done.checksum !== migration.checksum) {
        log(`Migration ${migration.version} (${migration.name}) changed after it was applied; add a new migration instead of editing it.`);
      }
      continue;
    }
    for (const statement of migration.statements) await runner.runSchema(statement);
    await runner.write(recordMigration, { version: migration.version, name: migration.name, checksum: migration.checksum });
    log(`Applied migration ${String(migration.version).padStart(3, '0')}-${migration.name}`);
    pending.push(migration);
  }
  return pending;
}
