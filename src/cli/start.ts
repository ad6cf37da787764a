// First: it sets NODE_ENV before graphql is loaded (ES modules run in the order they are imported).
import './production-mode.js';
import { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { startApp } from '../app.js';
import { runCommand } from './run-command.js';

new Command('npm start --')
  .description(
    'Serve the claim graph over GraphQL: starts the project\'s local Neo4j unless NEO4J_URI is set, ' +
      'applies the schema migrations, loads the seed, and serves the API with Apollo Sandbox at ' +
      'http://localhost:4000/ (and an offline explorer at /graphiql).',
  )
  .addHelpText(
    'after',
    '\nSettings come from the environment; see README.md, "Configuration". Ctrl-C stops accepting requests, lets those in flight ' +
      'finish (SHUTDOWN_GRACE_MS), then stops the Neo4j this command started; a second Ctrl-C exits at once. See docs/operations.md.',
  )
  .parse();

await runCommand(async (log) => {
  const config = loadConfig();
  log.level = config.logLevel;
  const app = await startApp(config, log);
  log.info(`GraphQL API and Apollo Sandbox at ${app.url} (offline explorer at ${app.url}graphiql, readiness at ${app.url}health/ready)`);
  await new Promise<void>((resolve) => {
    let stopping = 0;
    const stop = (signal: NodeJS.Signals) => {
      // npm forwards the terminal's Ctrl-C, so one keypress can arrive twice: only a second
      // signal a moment later means "exit now".
      if (stopping) {
        if (Date.now() - stopping > 1_000) process.exit(130);
        return;
      }
      stopping = Date.now();
      log.info(`${signal} received: stopping (in-flight requests get up to ${config.http.shutdownGraceMs / 1000} s; Ctrl-C again to exit now)`);
      app
        .close()
        .then(() => log.info(`Stopped in ${((Date.now() - stopping) / 1000).toFixed(1)} s.`))
        .catch((error: unknown) => log.error({ err: error }, 'Stopping failed'))
        .finally(resolve);
    };
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
  });
});
