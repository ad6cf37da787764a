import { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../config/logger.js';
import { startApp } from '../app.js';
import { runCommand } from './run-command.js';

new Command('npm start --')
  .description(
    'Serve the claim graph over GraphQL: starts the project\'s local Neo4j unless NEO4J_URI is set, ' +
      'applies the schema migrations, loads the seed, and serves the API with Apollo Sandbox at ' +
      'http://localhost:4000/ (and an offline explorer at /graphiql).',
  )
  .addHelpText('after', '\nSettings come from the environment; see README.md, "Configuration". Ctrl-C stops the server and the Neo4j it started.')
  .parse();

const config = loadConfig();
const log = createLogger(config.logLevel);

await runCommand(log, async () => {
  const app = await startApp(config, log);
  log.info(`GraphQL API and Apollo Sandbox at ${app.url} (offline explorer at ${app.url}graphiql)`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: stopping`);
    await app.close();
    log.info('Stopped.');
  };
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop(signal).then(resolve));
  });
});
