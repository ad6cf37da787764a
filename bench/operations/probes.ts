import type { BenchGraph } from '../bench-neo4j.js';
import { benchQuery } from '../bench-query.js';
import type { GraphStats } from '../synthetic/synthetic-graph.js';
import { claimsVariants, exampleOperations, otherLists, type BenchOperation, type Probes } from './bench-operations.js';

const probeQuery = benchQuery<Record<string, never>, { measures: number; documents: number; countries: { id: string; name: string }[] }>('probes');

/** The ids the claims variants filter on: from the middle of a synthetic graph, or the corpus's own. */
export async function probesFor(graph: BenchGraph, stats: GraphStats): Promise<Probes> {
  if (stats.plan.claims === 0) return { measure: 'mss-personnel-deployed-total', subject: 'united-states', source: 'wikipedia-mss', text: 'personnel' };
  const [probe] = await graph.runner.read(probeQuery, {});
  const country = probe!.countries[Math.floor(probe!.countries.length / 2)]!;
  return {
    measure: `syn-measure-${Math.floor(probe!.measures / 2)}`,
    subject: country.id,
    source: `syn-doc-${Math.floor(probe!.documents / 2)}`,
    text: country.name,
  };
}

/** The operations of npm run bench our API answers, but the second claims page (it needs a first page's cursor). */
export async function apiOperationsFor(graph: BenchGraph, stats: GraphStats): Promise<BenchOperation[]> {
  return [...exampleOperations(), ...claimsVariants(await probesFor(graph, stats)), ...otherLists()].filter((o) => o.api);
}
