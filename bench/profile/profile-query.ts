import type { Driver } from 'neo4j-driver';

/** An operator that reads through a whole label, index or relationship type rather than seeking. */
export interface ScanOperator {
  operator: string;
  details: string;
  rows: number;
}

export interface QueryProfile {
  query: string;
  dbHits: number;
  rows: number;
  scans: ScanOperator[];
  /** Why the query could not be profiled (it failed, as it did for the API). */
  error?: string;
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

/**
 * PROFILE of one query with the parameters it was run with: its db hits (Neo4j's unit of work;
 * they should grow with the answer, not with the graph) and the scans in its plan.
 */
export async function profileQuery(driver: Driver, name: string, text: string, params: unknown): Promise<QueryProfile> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`PROFILE ${text}`, params as Record<string, unknown>);
    const plan = result.summary.profile as unknown as PlanNode | false;
    if (!plan) return { query: name, dbHits: NaN, rows: NaN, scans: [] };
    let dbHits = 0;
    const scans: ScanOperator[] = [];
    const visit = (node: PlanNode) => {
      dbHits += node.dbHits;
      const operator = node.operatorType.replace(/@.*$/, '');
      if (/Scan/.test(operator)) scans.push({ operator, details: String(node.arguments.Details ?? ''), rows: node.rows });
      node.children.forEach(visit);
    };
    visit(plan);
    return { query: name, dbHits, rows: plan.rows, scans };
  } catch (error) {
    return { query: name, dbHits: NaN, rows: NaN, scans: [], error: (error as Error).message };
  } finally {
    await session.close();
  }
}
