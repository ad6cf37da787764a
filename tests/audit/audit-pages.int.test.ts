import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { useCorpusApi } from '../support/corpus-api.js';

const env = useCorpusApi();
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

const open = async (path: string) => {
  const response = await page.goto(new URL(path, env.api.url).href);
  return response?.status();
};

describe('the audit pages, in a real headless Chromium', () => {
  it('the claim page of the 590 personnel total shows its quotes highlighted, and each leads to its place in the source text', async () => {
    expect(await open('/audit/claim/wp-table-total-590')).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toContain('590 personnel in total');
    const marks = await page.locator('.citation mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['Total 590']));
    await expect(page.locator('dl.facts').textContent()).resolves.toMatch(/contested[\s\S]*just over 500/);

    const toSource = page.locator('.citation', { hasText: 'Total 590' }).locator('a[href*="/audit/source/"]');
    const href = await toSource.getAttribute('href');
    expect(href).toMatch(/^\/audit\/source\/wikipedia-mss#c-/);
    await toSource.click();
    await page.waitForURL(/\/audit\/source\/wikipedia-mss#c-/);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    // The anchor sits where the quote starts, and the mark right after it holds the quote, linked to a claim.
    const mark = page.locator(`.held-text span[id="${anchor}"] ~ mark`).first();
    const marked = { tag: await mark.evaluate((m) => m.tagName), text: await mark.textContent(), href: await mark.locator('a').getAttribute('href') };
    expect(marked).toMatchObject({ tag: 'MARK', text: 'Total 590' });
    expect(marked.href).toMatch(/^\/audit\/claim\//);
  });

  it('the source page marks every cited passage, links the reference list to the cited works, and re-verifies the text', async () => {
    expect(await open('/audit/source/wikipedia-mss')).toBe(200);
    const verified = await page.locator('p.ok').textContent();
    const checked = Number(/(\d+) quotes checked at their offsets, 0 no longer match/.exec(verified ?? '')?.[1]);
    expect(verified).toContain('still has its recorded SHA-256');
    expect(checked).toBeGreaterThan(100);
    // Each citation is marked where its quote starts; each of the 44 reference-list entries too.
    expect(await page.locator('.held-text span[id^="c-"]').count()).toBe(checked);
    expect(await page.locator('.held-text span[id^="r-"]').count()).toBe(44);
    // How many claims it states, as the API counts them.
    const { data } = await env.api.query<{ source: { claimCount: number } }>('{ source(id: "wikipedia-mss") { claimCount } }');
    expect(data?.source.claimCount).toBeGreaterThan(100);
    expect((await page.locator('dt', { hasText: 'Claims stated' }).locator('xpath=following-sibling::dd[1]').textContent())?.trim()).toBe(String(data?.source.claimCount));
    await page.locator('.held-text mark.reference a').first().click();
    await expect(page.locator('h2', { hasText: 'Cited by' }).count()).resolves.toBe(1);
  });

  it("the entity page says how many figures each of the entity's measures has", async () => {
    expect(await open('/audit/entity/kenya')).toBe(200);
    const counts = (await page.locator('li', { has: page.locator('a[href^="/audit/measure/"]') }).allTextContents()).map((t) => /\((\d+) figures\)/.exec(t)?.[1]);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((n) => n !== undefined)).toBe(true);
    expect(counts.some((n) => Number(n) > 0)).toBe(true);
  });

  it('the conflict page of the deployed-personnel conflict shows both sides with their quotes in context', async () => {
    expect(await open('/audit/measure/mss-personnel-deployed-total')).toBe(200);
    await page.locator('a[href^="/audit/conflict/"]').first().click();
    await page.waitForURL(/\/audit\/conflict\//);
    const sides = page.locator('section.side');
    expect(await sides.count()).toBeGreaterThanOrEqual(2);
    const text = await page.locator('.sides').textContent();
    expect(text).toContain('only just over 500 personnel from Kenya');
    expect(text).toContain('Total 590');
    await expect(page.locator('h2 + ul').first().textContent()).resolves.toMatch(/just over 500 personnel .* cannot both be true/);
  });

  it('the measure chart renders a point for each dated figure, each linked to its claim', async () => {
    expect(await open('/audit/measure/mss-personnel-deployed-total')).toBe(200);
    const points = page.locator('svg.chart a.figure');
    const rows = await page.locator('table tbody tr').count();
    expect(await points.count()).toBe(rows);
    const box = await points.locator('circle').first().boundingBox();
    expect(box?.width).toBeGreaterThan(0);
    expect(await page.locator('svg.chart a.figure.contested').count()).toBeGreaterThanOrEqual(2);
    const href = await points.first().getAttribute('href');
    expect(await open(href!)).toBe(200);
    await expect(page.locator('p.muted').first().textContent()).resolves.toContain('Claim');
  });

  it('search finds a claim by a word of its quote that its statement does not use', async () => {
    expect(await open('/audit/')).toBe(200);
    await page.locator('input[name=text]').fill('Size590');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/text=Size590/);
    const results = await page.locator('ol.results > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(results).toContain('/audit/claim/wp-infobox-mss-size-590');
  });

  it('the pledges page sets what each contributor pledged beside what it delivered', async () => {
    expect(await open('/audit/pledges')).toBe(200);
    const kenya = page.locator('h2', { hasText: 'Kenya' });
    expect(await kenya.count()).toBe(1);
    expect(await page.locator('h4', { hasText: /^Pledged/ }).count()).toBeGreaterThan(3);
    expect(await page.locator('h4', { hasText: /^Delivered/ }).count()).toBeGreaterThan(3);
  });

  it('the pledges page shows the United States once, its departments\' figures under it, and the joint deposit under Canada and France', async () => {
    expect(await open('/audit/pledges')).toBe(200);
    const headings = await page.locator('h2').allTextContents();
    expect(headings.filter((h) => h.trim() === 'United States')).toHaveLength(1);
    expect(headings.map((h) => h.trim())).not.toContain('United States Department of State');
    const byLines = await page.locator('.pledge-by').allTextContents();
    const squashed = byLines.map((l) => l.replace(/\s+/g, ' ').trim());
    expect(squashed).toEqual(expect.arrayContaining(['By United States Department of State', 'By United States Department of Defense', 'Jointly with France', 'Jointly with Canada and France', 'Jointly with Canada']));
    const depositRows = page.locator('li', { has: page.locator('a[href="/audit/claim/wp-un-fund-10-8m-deposited-2024-03"]') });
    expect(await depositRows.count()).toBe(3);
  });
});

describe('the cost of a page', () => {
  // One round trip per depth of what a page shows, batched across its items: never one per item.
  it.each([
    ['/audit/?kind=count', 4],
    ['/audit/claim/wp-table-total-590', 8],
    ['/audit/source/wikipedia-mss', 10],
    ['/audit/conflict/x', 1],
    ['/audit/measure/mss-personnel-deployed-total', 6],
    ['/audit/pledges', 8],
  ])('%s takes at most %i round trips to Neo4j', async (path, most) => {
    const before = env.graph.runner.roundTrips;
    await (await fetch(new URL(path, env.api.url))).text();
    expect(env.graph.runner.roundTrips - before).toBeLessThanOrEqual(most);
  });
});

describe('the audit pages at the boundary', () => {
  const get = (path: string) => fetch(new URL(path, env.api.url));

  it.each([
    ['/audit/?kind=rumour', /kind: must be one of/],
    ['/audit/?asOfFrom=2024-02-30', /asOfFrom: must be a calendar day/],
    ['/audit/?asOfFrom=2025-01-01&asOfTo=2024-01-01', /asOfFrom is after asOfTo/],
    ['/audit/?order=RELEVANCE', /RELEVANCE ranks matches of text/],
    ['/audit/?after=garbage', /after: is not a cursor/],
    ['/audit/?colour=red', /unknown parameter colour/],
    ['/audit/claim/wp-table-total-590?x=1', /unknown parameter x/],
    ['/audit/claim/%E0%A4%A', /not valid percent-encoding/],
  ])('%s is a 400 that says what is wrong', async (path, message) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(message);
  });

  it.each(['/audit/claim/no-such-claim', '/audit/source/no-such-source', '/audit/conflict/x', '/audit/measure/x', '/audit/entity/x', '/audit/nowhere'])(
    '%s is a 404 page',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('text/html');
    },
  );

  it('escapes what a reader types', async () => {
    const body = await (await get('/audit/?text=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text();
    expect(body).not.toContain('<script>alert(1)');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('loads nothing from another origin: no CDN, fonts or telemetry', async () => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(env.api.url)) foreign.push(request.url());
    });
    for (const path of ['/audit/', '/audit/claim/wp-table-total-590', '/audit/source/wikipedia-mss', '/audit/measure/mss-personnel-deployed-total']) await open(path);
    expect(foreign).toEqual([]);
  });
});
