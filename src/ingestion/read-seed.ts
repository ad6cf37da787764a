import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { projectRoot } from '../config/project-root.js';
import {
  claimFileSchema,
  documentFileSchema,
  entityFileSchema,
  measureFileSchema,
  referenceFileSchema,
  type ClaimFile,
  type ReferenceFile,
  type SeedDocument,
  type SeedEntity,
  type SeedMeasure,
} from './seed-schema.js';
import type { SeedProblem } from './seed-problems.js';

export const defaultSeedDir = path.join(projectRoot, 'seed');

/** A parsed seed file and the path a curator knows it by. */
export interface Located<T> {
  file: string;
  data: T;
}

/** Every seed file, parsed and checked against its schema; cross-file checks come later. */
export interface SeedFiles {
  documents: Located<SeedDocument[]>[];
  references: Located<ReferenceFile>[];
  entities: Located<SeedEntity[]>[];
  measures: Located<SeedMeasure[]>[];
  claims: Located<ClaimFile>[];
  texts: Map<string, Buffer>;
}

export async function readSeedFiles(seedDir: string, problems: SeedProblem[]): Promise<SeedFiles> {
  const read = <S extends z.ZodType>(sub: string, schema: S, filter: (f: string) => boolean = () => true) =>
    readYamlDir(seedDir, sub, schema, problems, filter);
  const files: SeedFiles = {
    documents: await read('sources', documentFileSchema, (f) => f === 'documents.yaml'),
    references: await read('sources', referenceFileSchema, (f) => f.endsWith('-references.yaml')),
    entities: await read('entities', entityFileSchema),
    measures: await read('measures', measureFileSchema),
    claims: await read('claims', claimFileSchema),
    texts: new Map(),
  };
  for (const { file, data } of files.documents) {
    for (const doc of data) {
      try {
        files.texts.set(doc.id, await readFile(path.join(seedDir, 'texts', doc.textFile)));
      } catch {
        problems.push({ file, id: doc.id, problem: `text file seed/texts/${doc.textFile} cannot be read` });
      }
    }
  }
  return files;
}

async function readYamlDir<S extends z.ZodType>(
  seedDir: string,
  sub: string,
  schema: S,
  problems: SeedProblem[],
  filter: (file: string) => boolean,
): Promise<Located<z.infer<S>>[]> {
  let names: string[];
  try {
    names = (await readdir(path.join(seedDir, sub))).filter((f) => /\.ya?ml$/.test(f) && filter(f)).sort();
  } catch {
    problems.push({ file: `seed/${sub}/`, problem: 'folder is missing' });
    return [];
  }
  const located: Located<z.infer<S>>[] = [];
  for (const name of names) {
    const file = `seed/${sub}/${name}`;
    let raw: unknown;
    try {
      raw = parse(await readFile(path.join(seedDir, sub, name), 'utf8'));
    } catch (error) {
      problems.push({ file, problem: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, id: recordId(raw, issue.path), problem: `${issue.path.join('.') || '(file)'}: ${issue.message}` });
      }
      continue;
    }
    located.push({ file, data: parsed.data });
  }
  return located;
}

/** The id of the record an issue lies in, so the message names the claim, not just an index. */
function recordId(raw: unknown, issuePath: PropertyKey[]): string | undefined {
  let node: unknown = raw;
  let found: string | undefined;
  for (const key of issuePath) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof id === 'string') found = id;
  }
  return found;
}
