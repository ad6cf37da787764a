/** The audit pages' stable URLs, made in one place so that every link on a page matches a route. */
const at = (kind: string) => (id: string) => `/audit/${kind}/${encodeURIComponent(id)}`;

export const links = {
  home: '/audit/',
  claim: at('claim'),
  source: at('source'),
  conflict: at('conflict'),
  measure: at('measure'),
  entity: at('entity'),
  /** The place in its source's text where a citation's quote sits. */
  citation: (sourceId: string, citationId: string) => `${at('source')(sourceId)}#c-${encodeURIComponent(citationId)}`,
  reference: (sourceId: string, number: number) => `${at('source')(sourceId)}#r-${number}`,
  list: (kind: 'sources' | 'measures' | 'conflicts' | 'entities' | 'pledges') => `/audit/${kind}`,
};
