import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config.js';

/** JSON lines for machines; readable lines when a person watches a terminal. */
export function createLogger(level: Config['logLevel'] = 'info'): Logger {
  if (process.stdout.isTTY) {
    return pino({ level }, pretty({ colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname', sync: true }));
  }
  return pino({ level });
}
