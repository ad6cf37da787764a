import type { Logger } from 'pino';
import { ConfigError } from '../config/config.js';
import { createLogger } from '../config/logger.js';
import { DatabaseError } from '../database/database-errors.js';
import { LocalNeo4jError } from '../database/local-neo4j/index.js';
import { SeedError } from '../ingestion/seed-problems.js';

/**
 * Runs a command's body and turns the errors a person can act on (configuration included, which
 * is read inside the body) into their message alone and exit code 1; anything else is a bug and
 * keeps its stack.
 */
export async function runCommand(body: (log: Logger) => Promise<void>, log: Logger = createLogger()): Promise<void> {
  try {
    await body(log);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof SeedError || error instanceof LocalNeo4jError || error instanceof DatabaseError) {
      process.stderr.write(`\n${error.message}\n`);
    } else {
      log.error(error);
    }
    process.exitCode = 1;
  }
}
