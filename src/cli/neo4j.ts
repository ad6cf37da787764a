import { Command } from 'commander';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Neo4jTarget } from '../config/config.js';
import { connectGraph } from '../database/graph-connection.js';
import { localNeo4jStatus, stopLocalNeo4j, type LocalNeo4jStatus } from '../database/local-neo4j/index.js';
import { runCommand } from './run-command.js';

function localTarget(log: Logger): Extract<Neo4jTarget, { kind: 'local' }> {
  const config = loadConfig();
  log.level = config.logLevel;
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
    runCommand(async (log) => {
      const target = localTarget(log);
      const graph = await connectGraph(target, { log: (line) => log.info(line), detached: true });
      await graph.close();
      log.info(`Neo4j is running at ${graph.uri} (user ${target.user}; password in NEO4J_PASSWORD or ${target.instanceDir}/claimgraph-password)`);
    }),
  );

program
  .command('stop')
  .description('stop the local Neo4j (SIGTERM, then wait)')
  .action(() =>
    runCommand(async (log) => {
      const result = await stopLocalNeo4j({ instanceDir: localTarget(log).instanceDir, log: (line) => log.info(line) });
      log.info(result.wasRunning ? `Stopped Neo4j (pid ${result.pid}).` : 'Neo4j was not running.');
    }),
  );

program
  .command('status')
  .description('say whether the local Neo4j is running, and where')
  .action(() =>
    runCommand(async (log) => {
      const target = localTarget(log);
      const status = await localNeo4jStatus({ instanceDir: target.instanceDir, boltPort: target.boltPort });
      log.info(describeStatus(status, target.instanceDir));
      if (status.state === 'stopped' || status.state === 'stale-pid') process.exitCode = 3;
    }),
  );

function describeStatus(status: LocalNeo4jStatus, instanceDir: string): string {
  switch (status.state) {
    case 'stopped':
      return 'stopped';
    case 'stale-pid':
      return (
        `stopped: the pid file in ${instanceDir}/run names pid ${status.pid}, which is no longer a Neo4j ` +
        '(it was killed or crashed before it could clean up). Nothing to do: the next start removes the file and recovers the database.'
      );
    case 'running':
      return `running (pid ${status.pid}) at ${status.uri}, ${status.ownerPid === null ? 'started by npm run neo4j:start (stop it with npm run neo4j:stop)' : `owned by the claimgraph process ${status.ownerPid}, which stops it when it exits`}`;
    case 'orphaned':
      return (
        `running (pid ${status.pid}) at ${status.uri}, left behind by a claimgraph process (pid ${status.ownerPid}) that is gone. ` +
        'The next npm start adopts it (and stops it when it exits); or stop it now with npm run neo4j:stop.'
      );
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

await program.parseAsync();
