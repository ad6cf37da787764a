import type { Logger } from 'pino';
import { ConfigError } from '../config/config.js';
import { DatabaseError } from '../database/database-errors.js';
import { LocalNeo4jError } from '../database/local-neo4j/index.js';
import { SeedError } from '../ingestion/seed-problems.js';

/**
 * Runs a command's body and turns the errors a person can act on into a plain message and exit
 * code 1; anything else is a bug and keeps its stack.
 */
export async function runCommand(log: Logger, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof SeedError || error instanceof LocalNeo4jError || error instanceof DatabaseError) {
      process.stderr.write(`\n${error.message}\n`);
    } else {
      log.error(error);
    }
    process.exitCode = 1;
  }
}
