import type { Logger } from 'pino';
import { ConfigError } from '../config/config.js';
import { createLogger } from '../config/logger.js';
import { DatabaseError } from '../database/database-errors.js';
import { LocalNeo4jError } from '../database/local-neo4j/index.js';
import { SeedError } from '../ingestion/seed-problems.js';
import { TokenError } from '../auth/api-tokens.js';
import { CurationRefusal } from '../curation/curation-refusal.js';

/**
 * Runs a command's body and turns the errors a person can act on (configuration included, which
 * is read inside the body) into their message alone and exit code 1; anything else is a bug and
 * keeps its stack.
 */
export async function runCommand(body: (log: Logger) => Promise<void>, log: Logger = createLogger()): Promise<void> {
  try {
    await body(log);
  } catch (error) {
    const actionable = [ConfigError, SeedError, LocalNeo4jError, DatabaseError, TokenError, CurationRefusal];
    if (actionable.some((kind) => error instanceof kind)) {
      process.stderr.write(`\n${(error as Error).message}\n`);
    } else {
      log.error(error);
    }
    process.exitCode = 1;
  }
}
