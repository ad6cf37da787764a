import { seriesOf, type GraphLoaders } from '../graph/graph-loaders.js';
import { loadAll } from '../graphql/load-all.js';
import { claimRows } from './claim-rows.js';
import { measureChart } from './measure-chart.js';

/** A measure's series as a chart and a table, each figure with its sources, and its conflicts. */
export async function measurePage(loaders: GraphLoaders, id: string) {
  // The page shows the series: read with the measure, not after it.
  const measure = await loaders.measureWithSeries.load(id);
  if (!measure) return null;
  const [subject, series, conflicts] = await Promise.all([
    loaders.entity.load(measure.subjectId),
    loadAll(await seriesOf(loaders, measure), loaders.claim),
    loadAll(measure.conflictIds, loaders.conflict),
  ]);
  return { measure, subject, rows: await claimRows(loaders, series), chart: measureChart(series), conflicts };
}
