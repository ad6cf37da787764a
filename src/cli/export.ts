import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { parseClaimSearch } from '../audit/claim-search-parameters.js';
import { loadConfig } from '../config/config.js';
import { connectGraph } from '../database/graph-connection.js';
import { CursorCodec } from '../graph/cursor.js';
import { EXPORTS, type ExportFormat } from '../export/export-routes.js';
import { runCommand } from './run-command.js';

const program = new Command('npm run export --')
  .description(
    'Write the claims that match the filters (all claims without one) as CSV (one row per citation) or ' +
      'JSON-LD (schema.org Claim, W3C Web Annotation selectors, PROV-O), streamed: the same as /export/claims.csv and /export/claims.jsonld.',
  )
  .addOption(new Option('--format <format>', 'csv or jsonld').choices(['csv', 'jsonld']).makeOptionMandatory())
  .option('--out <file>', 'write to this file instead of standard output')
  .option('--text <words>', 'words of the statement or of a quote')
  .option('--kind <kind>', 'date, event, count, amount, pledge, percentage, vote, duration or ratio')
  .option('--subject <id>', 'entity id of the claims\' subject')
  .option('--measure <id>', 'measure id')
  .option('--source <id>', 'source id: claims with a citation in this source')
  .option('--as-of-from <date>', 'claims whose time overlaps from this day (YYYY-MM-DD)')
  .option('--as-of-to <date>', 'claims whose time overlaps up to this day (YYYY-MM-DD)')
  .addOption(new Option('--contested <bool>', 'true: only claims in a conflict; false: only claims in none').choices(['true', 'false']))
  .addHelpText('after', '\nUses NEO4J_URI when set; otherwise the project\'s local Neo4j (started, and stopped afterwards, if it is not running).\nExample: npm run export -- --format csv --measure mss-personnel-deployed-total --out personnel.csv')
  .parse();

const { format, out, asOfFrom, asOfTo, ...filters } = program.opts<Record<string, string | undefined> & { format: ExportFormat }>();
// Standard output may carry the export itself: progress goes to standard error.
const say = (line: string) => process.stderr.write(`${line}\n`);

await runCommand(async (log) => {
  const config = loadConfig();
  log.level = config.logLevel;
  // The CLI takes no cursor (an export holds every match): a codec of its own refuses any.
  const parsed = parseClaimSearch({ ...filters, asOfFrom, asOfTo }, new CursorCodec());
  if (!parsed.ok) {
    say(`Bad option: ${parsed.problem}`);
    process.exitCode = 2;
    return;
  }
  const graph = await connectGraph(config.neo4j, { log: say });
  try {
    const started = Date.now();
    await pipeline(EXPORTS[format].open(graph.runner, parsed.search.filter), out ? createWriteStream(out) : process.stdout);
    say(`Exported as ${format}${out ? ` to ${out}` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await graph.close();
  }
});
