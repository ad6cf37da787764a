import { describe, expect, it } from 'vitest';
import { useCorpusApi } from '../support/corpus-api.js';

const env = useCorpusApi();

const unescape = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');

describe('a crawl of /audit/', () => {
  it('reaches every page from the search page, and every link and in-page anchor resolves', { timeout: 300_000 }, async () => {
    const base = new URL('/audit/', env.api.url);
    const pages = new Map<string, Set<string>>(); // path -> the element ids on that page
    const broken: string[] = [];
    const fragments: { from: string; to: string; id: string }[] = [];
    const exports = new Set<string>();
    const queue = [base.pathname];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (pages.has(path)) continue;
      const response = await fetch(new URL(path, base));
      const html = await response.text();
      if (response.status !== 200) broken.push(`${response.status} ${path}`);
      pages.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => unescape(m[1]!))));
      for (const [, raw] of html.matchAll(/href="([^"]+)"/g)) {
        const target = new URL(unescape(raw!), new URL(path, base));
        if (target.origin !== base.origin) continue;
        const where = target.pathname + target.search;
        if (target.pathname.startsWith('/export/')) exports.add(where);
        else if (target.pathname.startsWith('/audit/') && !target.pathname.startsWith('/audit/assets/')) {
          if (target.hash) fragments.push({ from: path, to: where, id: decodeURIComponent(target.hash.slice(1)) });
          if (!pages.has(where)) queue.push(where);
        }
      }
    }
    for (const where of exports) {
      const response = await fetch(new URL(where, base));
      await response.body?.cancel();
      if (response.status !== 200) broken.push(`${response.status} ${where}`);
    }
    const missingAnchors = fragments.filter((f) => !pages.get(f.to)?.has(f.id)).map((f) => `${f.from} -> ${f.to}#${f.id}`);
    expect(broken).toEqual([]);
    expect(missingAnchors).toEqual([]);
    const visited = [...pages.keys()];
    // Every claim, source, measure and conflict of the corpus is reachable (counts from the README).
    expect(visited.filter((p) => p.startsWith('/audit/claim/')).length).toBe(191);
    expect(visited.filter((p) => p.startsWith('/audit/source/')).length).toBe(42);
    expect(visited.filter((p) => p.startsWith('/audit/measure/')).length).toBe(60);
    expect(visited.filter((p) => p.startsWith('/audit/conflict/')).length).toBe(6);
    expect(visited.filter((p) => p.startsWith('/audit/entity/')).length).toBe(78);
  });
});
