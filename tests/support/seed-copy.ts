import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { defaultSeedDir } from '../../src/ingestion/read-seed.js';

/** A throw-away copy of the real seed, edited by a test to make one thing wrong (or different). */
export interface SeedCopy {
  dir: string;
  edit<T>(file: string, change: (data: T) => void): Promise<void>;
  remove(): Promise<void>;
}

export async function copySeed(): Promise<SeedCopy> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimgraph-seed-'));
  await cp(defaultSeedDir, dir, { recursive: true });
  return {
    dir,
    async edit<T>(file: string, change: (data: T) => void) {
      const full = path.join(dir, file);
      const data = parse(await readFile(full, 'utf8')) as T;
      change(data);
      await writeFile(full, stringify(data));
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
