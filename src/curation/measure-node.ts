import type { MeasureNode } from './graph-rows.js';

/** A measure as the seed files and the curation API give it: what is not declared is left out. */
export interface MeasureFields {
  id: string;
  name: string;
  unit: string;
  description: string;
  subject: string;
  aspect?: string | undefined;
  sumOf?: string[] | undefined;
  flows?: string[] | undefined;
}

/** The measure's graph row, with the measures it is declared the sum of and, for a stock, its flows. */
export function measureNode(m: MeasureFields): MeasureNode {
  return { id: m.id, name: m.name, unit: m.unit, description: m.description, subjectId: m.subject, aspect: m.aspect ?? null, sumOfIds: m.sumOf ?? [], flowIds: m.flows ?? [] };
}

/** What is wrong with a measure's links, given which measure ids exist: each problem in words, for the caller to place. */
export function measureLinkProblems(m: MeasureNode, known: (id: string) => boolean): string[] {
  const problems: string[] = [];
  for (const [field, ids] of [['sumOf', m.sumOfIds], ['flows', m.flowIds]] as const) {
    for (const id of ids) {
      if (id === m.id) problems.push(`${field} names the measure itself`);
      else if (!known(id)) problems.push(`${field} names "${id}", which is not a known measure`);
    }
  }
  return problems;
}
