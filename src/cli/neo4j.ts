import { Command } from 'commander';
import { ConfigError, loadConfig, type Neo4jTarget } from '../config/config.js';
import { createLogger } from '../config/logger.js';
import { connectGraph } from '../database/graph-connection.js';
import { localNeo4jStatus, stopLocalNeo4j } from '../database/local-neo4j/index.js';
import { runCommand } from './run-command.js';

const config = loadConfig();
const log = createLogger(config.logLevel);
const say = (line: string) => log.info(line);

function localTarget(): Extract<Neo4jTarget, { kind: 'local' }> {
  if (config.neo4j.kind !== 'local') {
    throw new ConfigError(['NEO4J_URI is set, so claimgraph uses that Neo4j and manages no local one; unset NEO4J_URI to use these commands']);
  }
  return config.neo4j;
}

const program = new Command('npm run neo4j:<start|stop|status> --').description(
  'Manage the project\'s own Neo4j Community 5.26 server (fetched once from Maven Central into .neo4j/).',
);

program
  .command('start')
  .description('start the local Neo4j in the background and wait until Bolt answers')
  .action(() =>
    runCommand(log, async () => {
      const target = localTarget();
      const graph = await connectGraph(target, { log: say, detached: true });
      await graph.close();
      say(`Neo4j is running at ${graph.uri} (user ${target.user}; password in NEO4J_PASSWORD or ${target.instanceDir}/claimgraph-password)`);
    }),
  );

program
  .command('stop')
  .description('stop the local Neo4j (SIGTERM, then wait)')
  .action(() =>
    runCommand(log, async () => {
      const result = await stopLocalNeo4j({ instanceDir: localTarget().instanceDir, log: say });
      say(result.wasRunning ? `Stopped Neo4j (pid ${result.pid}).` : 'Neo4j was not running.');
    }),
  );

program
  .command('status')
  .description('say whether the local Neo4j is running, and where')
  .action(() =>
    runCommand(log, async () => {
      const target = localTarget();
      const status = await localNeo4jStatus({ instanceDir: target.instanceDir, boltPort: target.boltPort });
      say(status.state === 'running' ? `running (pid ${status.pid}) at ${status.uri}` : status.state);
      if (status.state !== 'running') process.exitCode = 3;
    }),
  );

await program.parseAsync();
