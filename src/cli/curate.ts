import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { Command, Option } from 'commander';
import { parse } from 'yaml';
import { loadConfig } from '../config/config.js';
import { Curation, type CurationResult } from '../curation/curation.js';
import { MAX_CLAIMS_PER_CALL } from '../curation/curation-input.js';
import { CurationRefusal } from '../curation/curation-refusal.js';
import { connectGraph } from '../database/graph-connection.js';
import { migrate } from '../database/migrations.js';
import { ENTITY_TYPES } from '../ingestion/seed-schema.js';
import { runCommand } from './run-command.js';

/** What a write may have made, as its report names it (declared before the commands run). */
const WRITTEN = [
  ['sourceIds', 'sources'],
  ['entityIds', 'entities'],
  ['measureIds', 'measures'],
  ['claimIds', 'claims'],
] as const;

/** Options every command shares: who writes, and whether to write at all. */
interface Common {
  as: string;
  dryRun?: boolean;
}

const program = new Command('npm run curate --')
  .description(
    'Add and correct sources and claims through the same write side as the GraphQL mutations: every write is checked against the graph, ' +
      'reassesses the measures it touches and is recorded in the history under your name.',
  )
  .addHelpText(
    'after',
    `
Uses NEO4J_URI when set; otherwise the project's local Neo4j (started, and stopped afterwards, if it is not running).
Examples:
  npm run curate -- add-source --id ledger-2025-01-05 --title "Haiti mission update" --publisher "Port-au-Prince Ledger" --published 2025-01-05 --text article.txt
  npm run curate -- add-claims claims.yaml --dry-run
  npm run curate -- retract ledger-kenya-380 --reason "Misread the figure"
See docs/curation.md.`,
  );

const common = (command: Command) =>
  command
    .option('--as <name>', 'the name the history records for this write', `${userInfo().username} (command line)`)
    .option('--dry-run', 'check and show what would change, then write nothing');

common(
  program
    .command('add-source')
    .description('add a document (with --text, its full text, stored byte-exact) or a cited work (without --text)')
    .requiredOption('--id <id>', 'lowercase kebab-case id, e.g. reuters-2025-03-mss-funding')
    .requiredOption('--title <title>', 'title')
    .option('--publisher <name>', 'publisher')
    .option('--author <name>', 'an author (repeat for several)', (value: string, all: string[]) => [...all, value], [] as string[])
    .option('--published <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--url <url>', 'where it was published')
    .option('--language <code>', 'e.g. en, fr')
    .option('--license <license>', 'its license')
    .option('--snapshot <date>', 'for a snapshot of a changing page, the day it was taken')
    .option('--note <text>', 'a curator\'s note')
    .option('--text <file>', 'the full text, a UTF-8 file'),
).action((options: Common & Record<string, string | string[] | undefined>) =>
  curate(options, async (curation, agent) => {
    const { as: _as, dryRun: _dryRun, author, text: file, ...metadata } = options;
    const text = typeof file === 'string' ? decodeUtf8(await readFile(file), file) : undefined;
    return curation.addSource(agent, { ...metadata, authors: (author as string[]).length > 0 ? author : undefined, text });
  }),
);

common(
  program
    .command('add-entity')
    .description('add an entity that claims can be about or attributed to')
    .requiredOption('--id <id>', 'lowercase kebab-case id')
    .requiredOption('--name <name>', 'its name')
    .addOption(new Option('--type <type>', 'what it is').choices(ENTITY_TYPES).makeOptionMandatory())
    .option('--alias <name>', 'another name it goes by (repeat for several)', (value: string, all: string[]) => [...all, value], [] as string[]),
).action((options: Common & { id: string; name: string; type: string; alias: string[] }) =>
  curate(options, (curation, agent) => curation.addEntity(agent, { id: options.id, name: options.name, type: options.type, aliases: options.alias })),
);

common(
  program
    .command('add-measure')
    .description('add a measure: what makes figures comparable')
    .requiredOption('--id <id>', 'lowercase kebab-case id')
    .requiredOption('--name <name>', 'its name')
    .requiredOption('--unit <unit>', 'personnel, money, percent, date, ...')
    .requiredOption('--description <text>', 'what exactly it counts')
    .requiredOption('--subject <id>', 'the entity it is about')
    .addOption(new Option('--aspect <aspect>', 'for support to the mission').choices(['pledged', 'delivered'])),
).action((options: Common & Record<string, string>) =>
  curate(options, (curation, agent) => {
    const { as: _as, dryRun: _dryRun, ...measure } = options;
    return curation.addMeasure(agent, measure);
  }),
);

common(
  program
    .command('add-claims')
    .description(`add the claims of a YAML file in the seed format (docs/seed-format.md; offsets may be left out), in transactions of ${MAX_CLAIMS_PER_CALL} claims`)
    .argument('<file>', 'a YAML file: source: <id>, claims: [...]')
    .option('--source <id>', 'the source the citations quote (overrides the file\'s)'),
).action((file: string, options: Common & { source?: string }) =>
  curate(options, async (curation, agent, say) => {
    const data = parse(await readFile(file, 'utf8')) as { source?: string; claims?: unknown[] } | null;
    const claims = Array.isArray(data?.claims) ? data.claims : [];
    if (claims.length === 0) throw new CurationRefusal([{ code: 'BAD_USER_INPUT', path: file, message: 'the file has no claims: give source: <id> and claims: [...]' }]);
    const results: CurationResult[] = [];
    for (let i = 0; i < claims.length; i += MAX_CLAIMS_PER_CALL) {
      const batch = claims.slice(i, i + MAX_CLAIMS_PER_CALL);
      results.push(await curation.addClaims(agent, { source: options.source ?? data?.source, claims: batch }));
      if (claims.length > MAX_CLAIMS_PER_CALL) say(`claims ${Math.min(i + MAX_CLAIMS_PER_CALL, claims.length)}/${claims.length} ${options.dryRun ? 'checked' : 'written'}`);
    }
    return merged(results);
  }),
);

common(
  program
    .command('retract')
    .description('withdraw a claim: it stays, marked retracted with your reason; it counts in no conflict or corroboration')
    .argument('<claim-id>', 'the claim to retract')
    .requiredOption('--reason <text>', 'why (kept in the claim\'s history)'),
).action((id: string, options: Common & { reason: string }) => curate(options, (curation, agent) => curation.retractClaim(agent, { id, reason: options.reason })));

await program.parseAsync();

/** Connects, runs one write as the named curator, and says what it changed (or would have). */
async function curate(options: Common, write: (curation: Curation, agent: { name: string; kind: 'cli' }, say: (line: string) => void) => Promise<CurationResult>): Promise<void> {
  await runCommand(async (log) => {
    const config = loadConfig();
    log.level = config.logLevel;
    const say = (line: string) => process.stderr.write(`${line}\n`);
    const graph = await connectGraph(config.neo4j, { log: say });
    try {
      await migrate(graph.runner, say);
      const result = await write(new Curation(graph.runner, { dryRun: options.dryRun }), { name: options.as, kind: 'cli' }, say);
      for (const line of describe(result, options.dryRun ?? false)) process.stdout.write(`${line}\n`);
    } finally {
      await graph.close();
    }
  });
}

function describe(r: CurationResult, dryRun: boolean): string[] {
  const verb = dryRun ? 'would write' : r.replayed ? 'found already written (nothing changed)' : 'wrote';
  const lines = [
    `${dryRun ? 'Dry run, nothing written. ' : ''}${r.activityId && !dryRun ? `History entry ${r.activityId}.` : ''}`.trim(),
    ...WRITTEN.flatMap(([k, what]) => (r[k].length > 0 ? [`${verb} ${r[k].length} ${what}: ${r[k].join(', ')}`] : [])),
    ...r.conflictChanges.map((c) => `conflict ${c.change.toLowerCase()} on measure ${c.measureId}: ${c.id}${c.replaces.length > 0 ? ` (replaces ${c.replaces.join(', ')})` : ''}`),
    ...r.supportChanges.map((s) => `support of ${s.claimId}: ${s.before ?? 'new'} -> ${s.after}`),
  ];
  return lines.filter(Boolean);
}

function merged(results: CurationResult[]): CurationResult {
  const all = <K extends keyof CurationResult>(k: K) => results.flatMap((r) => r[k] as unknown[]) as never;
  return {
    activityId: results.at(-1)?.activityId ?? null,
    replayed: results.every((r) => r.replayed),
    claimIds: all('claimIds'),
    sourceIds: all('sourceIds'),
    entityIds: all('entityIds'),
    measureIds: all('measureIds'),
    conflictChanges: all('conflictChanges'),
    supportChanges: all('supportChanges'),
    reassessedMeasureIds: [...new Set(results.flatMap((r) => r.reassessedMeasureIds))],
  };
}

/** A text is stored as its UTF-8 characters: a file that is not UTF-8 would not be stored byte-exact. */
function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CurationRefusal([{ code: 'BAD_USER_INPUT', path: file, message: 'is not UTF-8 text; convert it first (e.g. iconv -t UTF-8)' }]);
  }
}
