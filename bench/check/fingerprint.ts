/**
 * What makes two answers the same data, whatever their shape: each target names fields its own way
 * (our `series`, the peer's `claims`; our `value { text }`, the floor's raw amount), so answers are
 * compared on the identifying values they carry (ids, statements, quotes, titles, names, totals),
 * as multisets, plus the order of a claims page.
 */
const IDENTIFYING_KEYS = new Set(['id', 'statement', 'quote', 'title', 'name', 'totalCount', 'findingClaimA', 'findingClaimB']);

export interface Fingerprint {
  values: string[];
  pageOrder: string[];
}

export function fingerprint(data: unknown): Fingerprint {
  const values: string[] = [];
  const pageOrder: string[] = [];
  const visit = (value: unknown, key: string | undefined) => {
    if (Array.isArray(value)) {
      if (key === 'edges') for (const edge of value) pageOrder.push(String((edge as { node?: { id?: unknown } })?.node?.id ?? ''));
      for (const item of value) visit(item, key);
      return;
    }
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
      return;
    }
    if (key !== undefined && IDENTIFYING_KEYS.has(key) && value !== null && value !== undefined) values.push(String(value));
  };
  visit(data, undefined);
  return { values: values.sort(), pageOrder };
}

/** 'same', or what differs, in a few words a reader can check. */
export function compareAnswers(ours: unknown, theirs: unknown, { ordered }: { ordered: boolean }): string {
  const a = fingerprint(ours);
  const b = fingerprint(theirs);
  const missing = difference(a.values, b.values);
  const extra = difference(b.values, a.values);
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`lacks ${missing.length} of ours (e.g. ${quoteFew(missing)})`);
  if (extra.length > 0) problems.push(`has ${extra.length} we do not (e.g. ${quoteFew(extra)})`);
  if (ordered && problems.length === 0 && a.pageOrder.join('\n') !== b.pageOrder.join('\n')) problems.push('same claims in another order');
  return problems.length === 0 ? 'same' : problems.join('; ');
}

/** Multiset difference of two sorted lists. */
function difference(a: string[], b: string[]): string[] {
  const out: string[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j]! < x) j++;
    if (j < b.length && b[j] === x) j++;
    else out.push(x);
  }
  return out;
}

const quoteFew = (values: string[]) => values.slice(0, 2).map((v) => JSON.stringify(v.length > 40 ? `${v.slice(0, 39)}…` : v)).join(', ');
