/**
 * `npm run bench:review`: the review page with 100,000 annotations over 5,000 pages in real
 * Chromium with the built extension. Measures first rows, search and filters, scrolling the
 * whole list (heap and DOM size), native export of everything, and importing that file back
 * into an emptied database, next to Dexie's raw bulkPut of the same records in the same run:
 * `bulkPutMs` as Claimlight stores them (one record per page), `perAnnotationBulkPutMs` one
 * record per annotation (schema v3's layout, for comparison).
 * Prints a JSON line last.
 */
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './lib/chromium';

const ANNOTATIONS = 100_000;
const PAGES = 5_000;

interface BenchApi {
  seed(
    annotations: number,
    pages: number,
  ): Promise<{ bulkPutMs: number; perAnnotationBulkPutMs: number }>;
  clear(): Promise<void>;
}
declare const claimlightBench: BenchApi;

/**
 * In-page helpers, bundled with Dexie and Claimlight's schema: a deterministic generator of
 * made-up annotations (ten speakers under several spellings each, 200 sites, three years).
 */
const PAGE_SCRIPT = `
import Dexie from 'dexie';
import { ClaimlightDatabase } from './utils/db/database';
import { pageWith } from './utils/db/page-record';
const WORDS = 'harbour council budget wall tide minister vote report ferry grain rail bridge court election tariff strike talks ceasefire drought reservoir museum vaccine clinic police union'.split(' ');
const SPEAKERS = [['Sergei Shoigu','Shoigu','Russian Defense Minister Sergei Shoigu'],['Mirela Osei','Osei','Dr. Mirela Osei'],['Teodor Brask','Brask','Mayor Teodor Brask'],['Ana Lindqvist','Lindqvist'],['Kwame Adjei','Finance Minister Kwame Adjei'],['Hana Novak','Novak'],['Ravi Menon','Menon','Chief Engineer Ravi Menon'],['Lucia Ferraz','Ferraz'],['Jonas Vik','Vik'],['Amira Haddad','Haddad','Senator Amira Haddad']];
const LABELS = ['speculation', 'reported', 'note'];
function rng(seed) { return () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296); }
function records(n, pages) {
  const r = rng(20261122);
  const word = () => WORDS[Math.floor(r() * WORDS.length)];
  const sentence = (k) => Array.from({ length: k }, word).join(' ');
  const start = Date.parse('2024-01-01T00:00:00Z');
  const out = [];
  for (let i = 0; i < n; i++) {
    const page = i % pages;
    const site = 'news' + (page % 200) + '.example.org';
    const url = 'https://' + site + '/story/' + page;
    const group = SPEAKERS[page % SPEAKERS.length];
    const speaker = r() < 0.6 ? group[i % group.length] : null;
    const at = new Date(start + Math.floor((i / n) * 3 * 365 * 86400000)).toISOString();
    const exact = sentence(8 + Math.floor(r() * 20));
    out.push({
      id: 'bench-' + i.toString(36).padStart(6, '0'),
      url, site, title: 'Story ' + page + ': ' + sentence(6),
      target: {
        quote: { type: 'TextQuoteSelector', exact, prefix: sentence(5), suffix: sentence(5) },
        position: { type: 'TextPositionSelector', start: i % 5000, end: (i % 5000) + exact.length },
      },
      label: LABELS[i % 3], note: r() < 0.3 ? sentence(12) : '', speaker,
      origin: r() < 0.2 ? 'suggestion' : 'reader', createdAt: at, updatedAt: at,
    });
  }
  return out;
}
globalThis.claimlightBench = {
  async seed(n, pages) {
    const rows = records(n, pages);
    const byPage = new Map();
    for (const a of rows) byPage.set(a.url, [...(byPage.get(a.url) ?? []), a]);
    const pageRecords = [...byPage].map(([url, list]) => pageWith({ url, title: list[0].title, site: list[0].site, firstSeen: list[0].createdAt, lastSeen: list[0].updatedAt }, list));
    // Reference 1: Dexie's raw bulkPut of the records as Claimlight stores them (one per page).
    const reference = new ClaimlightDatabase('claimlight-bench-reference');
    await reference.open();
    let t0 = performance.now();
    await reference.pages.bulkPut(pageRecords);
    const bulkPutMs = performance.now() - t0;
    await reference.delete();
    // Reference 2: the same annotations one record each, as schema v3 stored them.
    const perRecord = new Dexie('claimlight-bench-per-annotation');
    perRecord.version(1).stores({ annotations: 'id, url, createdAt, updatedAt' });
    await perRecord.open();
    t0 = performance.now();
    await perRecord.table('annotations').bulkPut(rows);
    const perAnnotationBulkPutMs = performance.now() - t0;
    await perRecord.delete();
    const db = new ClaimlightDatabase();
    await db.pages.bulkPut(pageRecords);
    db.close();
    return { bulkPutMs, perAnnotationBulkPutMs };
  },
  async clear() {
    const db = new ClaimlightDatabase();
    await db.pages.clear();
    db.close();
  },
};
`;

async function bundle(): Promise<string> {
  const result = await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: resolve('.'), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    alias: { '@': resolve('.') },
  });
  return result.outputFiles[0]!.text;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
const round = (x: number) => Math.round(x);

/** Time from an input event to the next frame after the list re-rendered. */
function timeInput(page: Page, selector: string, value: string): Promise<number> {
  return page.evaluate(
    async ([selector, value]) => {
      const field = document.querySelector<HTMLInputElement | HTMLSelectElement>(selector!)!;
      const before = document.querySelector('.filters .count')?.textContent;
      const t0 = performance.now();
      field.value = value!;
      field.dispatchEvent(
        new Event(field.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }),
      );
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const ms = performance.now() - t0;
      if (document.querySelector('.filters .count')?.textContent === before && value)
        throw new Error(`${selector}=${value} did not change the list`);
      return ms;
    },
    [selector, value],
  );
}

async function timeClick(page: Page, name: string): Promise<number> {
  return page.evaluate(async (name) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === name)!;
    const t0 = performance.now();
    button.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, name);
}

const started = Date.now();
/** Progress on stderr, so the JSON line stays the last line of stdout. */
const step = (what: string) =>
  console.error(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`);

async function main(): Promise<void> {
  const script = await bundle();
  const browser = await launchWithExtension();
  const base = `chrome-extension://${browser.extensionId}`;
  try {
    const helper = await browser.context.newPage();
    await helper.goto(`${base}/options.html`);
    await helper.evaluate(script);
    const { bulkPutMs, perAnnotationBulkPutMs } = await helper.evaluate(
      ([n, p]) => claimlightBench.seed(n!, p!),
      [ANNOTATIONS, PAGES],
    );

    step(
      `seeded; bulkPut ${Math.round(bulkPutMs)} ms (one record per annotation: ${Math.round(perAnnotationBulkPutMs)} ms)`,
    );
    const review = await browser.context.newPage();
    await review.goto(`${base}/review.html`);
    await review.locator('.review-annotation').first().waitFor();
    const firstRowsMs = await review.evaluate(
      () => performance.getEntriesByName('claimlight:first-rows')[0]?.startTime ?? NaN,
    );
    await review.waitForFunction(
      (n) => document.querySelector('.filters .count')?.textContent === `${n} annotations`,
      ANNOTATIONS,
      { timeout: 60_000 },
    );

    step('review page loaded everything');
    // BENCH_PROFILE=file.cpuprofile records the searches and filters for DevTools.
    const profiler = process.env.BENCH_PROFILE
      ? await review.context().newCDPSession(review)
      : undefined;
    await profiler?.send('Profiler.enable');
    await profiler?.send('Profiler.start');
    const searches: number[] = [];
    for (const query of [
      'minister',
      'harbour wall',
      'shoigu',
      'ceasefire drought vote',
      'story 4711',
    ]) {
      searches.push(await timeInput(review, 'input[type=search]', query));
      await timeInput(review, 'input[type=search]', '');
    }
    const filters = [
      await timeClick(review, 'Speculation'),
      await timeClick(review, 'Speculation'),
      await timeInput(review, 'select[aria-label=Site]', 'news7.example.org'),
      await timeInput(review, 'select[aria-label=Site]', ''),
      await timeInput(review, 'select[aria-label=Person]', 'sergei shoigu'),
      await timeInput(review, 'select[aria-label=Person]', ''),
      await timeInput(review, 'select[aria-label=Origin]', 'suggestion'),
      await timeInput(review, 'select[aria-label=Origin]', ''),
      await timeInput(review, 'input[aria-label="From date"]', '2026-01-01'),
      await timeInput(review, 'input[aria-label="From date"]', ''),
    ];

    // Scroll the whole list top to bottom; the heap after a GC should not grow with it.
    const cdp = await review.context().newCDPSession(review);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize / 1024 / 1024;
    };
    if (profiler) {
      const { profile } = await profiler.send('Profiler.stop');
      writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify(profile));
    }
    step('searched and filtered');
    const heapStartMB = await heap();
    const domNodes: number[] = [];
    const steps = 60;
    for (let i = 1; i <= steps; i++) {
      domNodes.push(
        await review.evaluate(async (f) => {
          window.scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return document.getElementsByTagName('*').length;
        }, i / steps),
      );
    }
    const heapEndMB = await heap();
    await review.evaluate(() => window.scrollTo(0, 0));

    step('scrolled');
    const t0 = Date.now();
    const [download] = await Promise.all([
      review.waitForEvent('download', { timeout: 60_000 }),
      review.getByRole('button', { name: 'Export all' }).click(),
    ]);
    const exportMs = Date.now() - t0;
    const exported = await download.path();
    const parsed = JSON.parse(readFileSync(exported, 'utf8')) as { annotations: unknown[] };
    if (parsed.annotations.length !== ANNOTATIONS) throw new Error('export is incomplete');

    step(`exported in ${exportMs} ms`);
    await helper.evaluate(() => claimlightBench.clear());
    await review.getByText('Nothing saved yet').waitFor({ timeout: 60_000 });
    const t1 = Date.now();
    await review.getByLabel('Import file').setInputFiles(exported);
    const progressShown = await review
      .locator('progress[aria-label="Import progress"]')
      .waitFor({ timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    await review
      .getByText(new RegExp(`Imported .*: ${ANNOTATIONS} new`))
      .waitFor({ timeout: 120_000 });
    const importMs = Date.now() - t1;
    // No helper functions inside evaluate: tsx would wrap them in a __name() the page lacks.
    const marks = new Map(
      await review.evaluate(() =>
        performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as [string, number]),
      ),
    );
    const mark = (name: string) => marks.get(`claimlight:import-${name}`) ?? NaN;
    // A large export is read as a stream; its records are then checked and written by page.
    const phases = {
      read: mark('read') - mark('start'),
      checkAndSave: mark('saved') - mark('read'),
    };

    const result = {
      bench: 'review',
      annotations: ANNOTATIONS,
      firstRowsMs: round(firstRowsMs),
      searchMs: round(Math.max(...searches)),
      exportMs,
      importMs,
      bulkPutMs: round(bulkPutMs),
      perAnnotationBulkPutMs: round(perAnnotationBulkPutMs),
      pages: PAGES,
      searchMedianMs: round(median(searches)),
      filterMaxMs: round(Math.max(...filters)),
      progressShown,
      importPhasesMs: {
        read: round(phases.read),
        checkAndSave: round(phases.checkAndSave),
      },
      heapStartMB: Math.round(heapStartMB),
      heapAfterScrollMB: Math.round(heapEndMB),
      domNodesMax: Math.max(...domNodes),
    };
    console.log(
      `searches ${searches.map(round).join(', ')} ms; filters ${filters.map(round).join(', ')} ms`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await browser.context.close();
    rmSync(browser.userDataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
