import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { connectGraph } from '../database/graph-connection.js';
import { migrate } from '../database/migrations.js';
import { uncitedFigures } from '../ingestion/figure-coverage.js';
import { defaultSeedDir } from '../ingestion/read-seed.js';
import { loadSeedIntoGraph, readCorpus } from '../ingestion/load-seed.js';
import { runCommand } from './run-command.js';

const program = new Command('npm run seed --')
  .description(
    'Validate the seed files, verify every quote against its source text, and load the corpus into Neo4j ' +
      'in one transaction (a second run changes nothing; claims removed from the files leave the graph).',
  )
  .option('--seed-dir <dir>', 'folder holding texts/, sources/, entities/, measures/, claims/', defaultSeedDir)
  .option('--check', 'validate and verify only; do not connect to Neo4j')
  .option('--uncited', 'with --check: also list the figures in the held texts that no citation quotes, for review')
  .addHelpText(
    'after',
    '\nUses NEO4J_URI when set; otherwise starts the project\'s local Neo4j and stops it afterwards.\nSee README.md, "Configuration", and docs/seed-format.md.',
  )
  .parse();

const options = program.opts<{ seedDir: string; check?: boolean; uncited?: boolean }>();
const seedDir = path.resolve(options.seedDir);

await runCommand(async (log) => {
  const config = loadConfig();
  log.level = config.logLevel;
  if (options.check) {
    const corpus = await readCorpus(seedDir);
    log.info(`Seed valid: ${corpus.claims.length} claims, ${corpus.citations.length} citations, every quote verified; nothing written.`);
    if (options.uncited) {
      const figures = uncitedFigures(corpus);
      for (const f of figures) log.info(`${f.sourceId} @${f.start}: ${f.context}`);
      log.info(`${figures.length} figures in the held texts are outside every citation and reference entry.`);
    }
    return;
  }
  const say = (line: string) => log.info(line);
  const graph = await connectGraph(config.neo4j, { log: say });
  try {
    await migrate(graph.runner, say);
    await loadSeedIntoGraph(graph.runner, { seedDir, log: say });
  } finally {
    await graph.close();
  }
});
