import { Command, InvalidArgumentError } from 'commander';
import { createToken, listTokens, revokeToken, tokenName, type TokenRecord } from '../auth/api-tokens.js';
import { loadConfig } from '../config/config.js';
import { connectGraph } from '../database/graph-connection.js';
import { migrate } from '../database/migrations.js';
import type { QueryRunner } from '../database/query-runner.js';
import { runCommand } from './run-command.js';

// Standard output carries what the operator asked for (the token is its last line, for scripts);
// progress (a local Neo4j starting, migrations) goes to standard error.
const say = (line: string) => process.stderr.write(`${line}\n`);
const print = (line: string) => process.stdout.write(`${line}\n`);

/** Connects like every command (NEO4J_URI, else the local Neo4j), migrates, works, closes. */
function withGraph(work: (runner: QueryRunner) => Promise<void>): Promise<void> {
  return runCommand(async (log) => {
    const config = loadConfig();
    log.level = config.logLevel;
    const graph = await connectGraph(config.neo4j, { log: say });
    try {
      await migrate(graph.runner, say);
      await work(graph.runner);
    } finally {
      await graph.close();
    }
  });
}

function parseName(value: string): string {
  const parsed = tokenName.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(parsed.error.issues.map((i) => i.message).join('; '));
  return value;
}

/** Neo4j's datetimes carry nanoseconds; a table needs the second. */
const toSecond = (iso: string) => iso.replace(/\.\d+Z$/, 'Z');

function table(tokens: TokenRecord[]): string[] {
  const rows = [
    ['NAME', 'ID', 'PERMISSION', 'CREATED', 'REVOKED'],
    ...tokens.map((t) => [t.name, t.id, t.permission, toSecond(t.createdAt), t.revokedAt === null ? '-' : toSecond(t.revokedAt)]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
}

const program = new Command('npm run token --')
  .description('Create, list and revoke the API tokens curators send as `Authorization: Bearer <token>` with GraphQL mutations.')
  .addHelpText(
    'after',
    `
Examples:
  npm run token -- create "alice laptop"             a token that may write (every mutation)
  npm run token -- create "dashboard" --read-only    a token that verifies but may not write
  npm run token -- list
  npm run token -- revoke "alice laptop"             or the token's id, as list shows it

Uses NEO4J_URI when set; otherwise the project's local Neo4j (started, and stopped afterwards, if it
is not running). See docs/tokens.md.`,
  );

program
  .command('create')
  .description('Create a token and print it once: only its hash is stored, so it cannot be shown again.')
  .argument('<name>', '1-64 letters, digits, dots, underscores, hyphens or spaces; unique, recorded as the author of every write', parseName)
  .option('--read-only', 'the token verifies with permission "read" and may not run mutations')
  .action((name: string, options: { readOnly?: boolean }) =>
    withGraph(async (runner) => {
      const { token, record } = await createToken(runner, name, options.readOnly ? 'read' : 'write');
      print(`Created the ${record.permission} token "${record.name}" (id ${record.id}).`);
      print('Send it as `Authorization: Bearer <token>`. It is shown this once and cannot be shown again:');
      print(token);
    }),
  );

program
  .command('list')
  .description('List every token (name, id, permission, created, revoked); never a secret or hash.')
  .action(() =>
    withGraph(async (runner) => {
      const tokens = await listTokens(runner);
      if (tokens.length === 0) print('No tokens yet; create one with: npm run token -- create NAME');
      else for (const line of table(tokens)) print(line);
    }),
  );

program
  .command('revoke')
  .description('Revoke a token at once: requests with it are refused from now on. Its name stays taken.')
  .argument('<name-or-id>', "the token's name or id, as list shows them")
  .action((key: string) =>
    withGraph(async (runner) => {
      const result = await revokeToken(runner, key);
      switch (result.status) {
        case 'revoked':
          print(`Revoked the token "${result.token.name}" (id ${result.token.id}).`);
          break;
        case 'already-revoked':
          print(`The token "${result.token.name}" (id ${result.token.id}) was already revoked at ${result.token.revokedAt}.`);
          break;
        case 'unknown':
          say(`No token has the name or id "${key}"; npm run token -- list shows them.`);
          process.exitCode = 1;
          break;
        default: {
          const unreachable: never = result;
          throw new Error(`unhandled revoke result ${JSON.stringify(unreachable)}`);
        }
      }
    }),
  );

await program.parseAsync();
