import type { QueryRunner } from '../database/query-runner.js';
import type { CursorPosition, ListCursors } from '../graph/cursor.js';
import type { GraphLoaders } from '../graph/graph-loaders.js';
import { pagePledges } from '../graph/pledges.js';
import { whenLoaded } from '../graph/primed-loader.js';
import { citationIdsAttributedTo } from '../graph/source-texts.js';
import { loadAll } from '../graphql/load-all.js';
import { links } from './audit-links.js';
import { citationPassages } from './citation-passages.js';
import { claimRows } from './claim-rows.js';
import { PLEDGE_SIDES, pledgeSides } from './pledges-page.js';

const CLAIMS_PER_PAGE = 50;

/** An entity: its measures, its claims in time order (paged), what it pledged and delivered, and the words attributed to it. */
export async function entityPage(runner: QueryRunner, loaders: GraphLoaders, cursors: ListCursors, id: string, after: CursorPosition<number> | undefined) {
  const entity = await loaders.entity.load(id);
  if (!entity) return null;
  const [measures, claimPage, pledges, attributedIds] = await Promise.all([
    // The page says how many figures each measure has: their series, read with them.
    loadAll(entity.measureIds, loaders.measureWithSeries),
    loaders.claimPageOfSubject.load({ subject: id, afterKey: after?.key ?? null, afterId: after?.id ?? null, limit: CLAIMS_PER_PAGE + 1 }),
    pagePledges(runner, id, CLAIMS_PER_PAGE, '', 1, { loaders, select: PLEDGE_SIDES, shown: 1 }),
    citationIdsAttributedTo(runner, id),
  ]);
  const page = claimPage.page.slice(0, CLAIMS_PER_PAGE);
  const last = page.at(-1);
  const [claims, sides, attributed] = await Promise.all([
    whenLoaded(loadAll(page.map((p) => p.id), loaders.claim), (c) => claimRows(loaders, c)),
    pledgeSides(loaders, pledges.page),
    citationPassages(loaders, attributedIds),
  ]);
  return {
    entity,
    measures,
    claims,
    claimTotal: claimPage.total,
    next: claimPage.page.length > CLAIMS_PER_PAGE && last ? `${links.entity(id)}?after=${encodeURIComponent(cursors.encode(last))}` : null,
    pledges: sides[0] ?? null,
    attributed,
  };
}
