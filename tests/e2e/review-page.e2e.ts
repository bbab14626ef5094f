import { readFileSync, rmSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { paintedText } from '../../scripts/lib/select-text';
import { startPageServer, type PageServer } from '../../scripts/lib/static-server';
import { readStoredAnnotations } from '../../scripts/lib/stored';
import type { Annotation } from '../../utils/db/types';
import { dumpWorkerDb } from './corpus/worker-db';
import { openExtensionPage } from './support';

/**
 * Made-up annotations for the review-page E2E tests: three pages on two sites, one person
 * under three spellings, both origins, dates across March 2026. `localUrl` is a page the
 * test serves, so "Open in page" has something real to open.
 */
export function reviewSeed(localUrl: string): Annotation[] {
  const base = {
    site: 'news.example.org',
    origin: 'reader' as const,
    note: '',
    speaker: null as string | null,
  };
  const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;
  const make = (
    id: string,
    url: string,
    title: string,
    exact: string,
    day: number,
    extra: Partial<Annotation>,
  ): Annotation => ({
    ...base,
    id,
    url,
    title,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: day * 10, end: day * 10 + exact.length },
    },
    label: 'reported',
    createdAt: at(day),
    updatedAt: at(day),
    ...extra,
  });
  const talks = 'https://news.example.org/2026/grain-talks';
  const ferry = 'https://news.example.org/2026/ferry-strike';
  return [
    make(
      'seed-01',
      talks,
      'Grain corridor talks stall',
      'the corridor will reopen within weeks',
      2,
      {
        label: 'speculation',
        speaker: 'Sergei Shoigu',
      },
    ),
    make('seed-02', talks, 'Grain corridor talks stall', 'no ships left the port on Tuesday', 4, {
      speaker: 'Shoigu',
    }),
    make('seed-03', ferry, 'Ferry crews walk out', 'crews may strike again in April', 6, {
      label: 'speculation',
      speaker: 'Russian Defense Minister Sergei Shoigu',
      origin: 'suggestion',
    }),
    make('seed-04', ferry, 'Ferry crews walk out', 'the ferry union rejected the offer', 8, {
      speaker: 'Mirela Osei',
      note: 'Second rejection this year.',
    }),
    make('seed-05', ferry, 'Ferry crews walk out', 'timetables are suspended until Friday', 10, {
      label: 'note',
      note: 'Check the timetable page.',
    }),
    make(
      'seed-06',
      localUrl,
      'Port Halden weighs a $410 million sea wall',
      'the tide peaked at 2.9 metres',
      12,
      {
        site: '127.0.0.1',
        origin: 'suggestion',
      },
    ),
  ];
}

/**
 * The review page in real Chromium: search, each filter, grouping, the People view, keyboard
 * use, multi-select with undo, every export format parsed and checked, and import round trips
 * of the native and W3C files.
 */
let server: PageServer;
let browser: ExtensionBrowser;
let review: Page;
let seed: Annotation[];
const byId = (list: Annotation[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const items = () => review.locator('.review-annotation');
const count = () => items().count();

async function importText(name: string, text: string) {
  await review.getByLabel('Import file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

async function exportWith(
  format: string,
  button = 'Export all',
): Promise<{ name: string; text: string }> {
  await review.getByLabel('Export format').selectOption(format);
  const [download]: [Download, void] = await Promise.all([
    review.waitForEvent('download'),
    review.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** Deletes everything through the page itself: select all shown, delete. */
async function deleteAll() {
  await review.getByRole('button', { name: 'Select all shown' }).click();
  await review.getByRole('button', { name: 'Delete selected' }).click();
  await review.getByText('Nothing saved yet').waitFor();
}

beforeAll(async () => {
  const article = readFileSync('tests/fixtures/sample-article.html', 'utf8');
  server = await startPageServer({ '/news/harbour-wall': article });
  seed = reviewSeed(`${server.origin}/news/harbour-wall`);
  browser = await launchWithExtension();
  review = await openExtensionPage(browser, 'review.html');
  await review.getByText('Nothing saved yet').waitFor();
  const file = {
    format: 'claimlight',
    version: 1,
    exportedAt: '2026-03-20T00:00:00.000Z',
    annotations: seed,
  };
  await importText('seed.json', JSON.stringify(file));
  await review.getByText(/Imported seed\.json: 6 new/).waitFor();
  await items().nth(5).waitFor();
});

afterAll(async () => {
  await browser?.context.close();
  await server?.close();
  if (browser) rmSync(browser.userDataDir, { recursive: true, force: true });
});

describe('review page', () => {
  it('shows whether storage is persistent', async () => {
    await expect
      .poll(() => review.locator('.storage-state').textContent())
      .toMatch(/Storage is (not )?persistent/);
  });

  it.each([
    ['a quote', 'ships port', ['seed-02']],
    ['a note', 'timetable page', ['seed-05']],
    ['a page title', 'crews walk', ['seed-03', 'seed-04', 'seed-05']],
    ['a speaker', 'osei', ['seed-04']],
  ])('searches %s', async (_, query, ids) => {
    await review.getByLabel('Search annotations').fill(query);
    await expect
      .poll(async () =>
        (await items().evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort(),
      )
      .toEqual(ids);
    await review.getByLabel('Search annotations').fill('');
    await expect.poll(count).toBe(6);
  });

  it.each<[string, (p: Page) => Promise<unknown>, (p: Page) => Promise<unknown>, number]>([
    [
      'label',
      (p) => p.getByRole('button', { name: 'Speculation' }).click(),
      (p) => p.getByRole('button', { name: 'Speculation' }).click(),
      2,
    ],
    [
      'site',
      (p) => p.getByLabel('Site').selectOption('127.0.0.1'),
      (p) => p.getByLabel('Site').selectOption(''),
      1,
    ],
    [
      'person (every spelling)',
      (p) => p.getByLabel('Person').selectOption('sergei shoigu'),
      (p) => p.getByLabel('Person').selectOption(''),
      3,
    ],
    [
      'from date',
      (p) => p.getByLabel('From date').fill('2026-03-08'),
      (p) => p.getByLabel('From date').fill(''),
      3,
    ],
    [
      'to date',
      (p) => p.getByLabel('To date').fill('2026-03-04'),
      (p) => p.getByLabel('To date').fill(''),
      2,
    ],
    [
      'origin',
      (p) => p.getByLabel('Origin').selectOption('suggestion'),
      (p) => p.getByLabel('Origin').selectOption(''),
      2,
    ],
  ])('filters by %s', async (_, apply, undo, expected) => {
    await apply(review);
    await expect.poll(count).toBe(expected);
    await expect
      .poll(() => review.locator('.filters .count').textContent())
      .toBe(`${expected} of 6 annotations`);
    await undo(review);
    await expect.poll(count).toBe(6);
  });

  it('sorts oldest first and groups by person', async () => {
    await review.getByLabel('Group by').selectOption('none');
    await review.getByLabel('Sort').selectOption('oldest');
    await expect.poll(() => items().first().getAttribute('data-id')).toBe('seed-01');
    await review.getByLabel('Sort').selectOption('newest');
    await expect.poll(() => items().first().getAttribute('data-id')).toBe('seed-06');
    await review.getByLabel('Group by').selectOption('person');
    await expect
      .poll(() => review.locator('.person-group h2').allTextContents())
      .toEqual(['Mirela Osei', 'Sergei Shoigu', 'No named speaker']);
    await review.getByLabel('Group by').selectOption('page');
    await expect.poll(() => review.locator('.page-group h2').count()).toBe(3);
  });

  it('shows each person once, with roles and statements newest first', async () => {
    await review.getByRole('tab', { name: /People/ }).click();
    const cards = review.locator('.people-card');
    await expect.poll(() => cards.count()).toBe(2);
    const shoigu = review.locator('.people-card[data-person="sergei shoigu"]');
    expect(await shoigu.textContent()).toContain('Roles: Russian Defense Minister');
    expect(await shoigu.textContent()).toContain('3 statements · 2 speculation · 1 reported fact');
    await shoigu.getByRole('button', { name: 'Sergei Shoigu' }).click();
    await expect
      .poll(() => shoigu.locator('.statement q').allTextContents())
      .toEqual([
        'crews may strike again in April',
        'no ships left the port on Tuesday',
        'the corridor will reopen within weeks',
      ]);
    expect(await shoigu.locator('.statement .label-badge').allTextContents()).toEqual([
      'Speculation',
      'Reported fact',
      'Speculation',
    ]);
    await review.getByRole('tab', { name: 'Annotations' }).click();
    await expect.poll(count).toBe(6);
  });

  it('works from the keyboard: j/k, e, Delete, z, x', async () => {
    await review.locator('h1').click();
    await review.keyboard.press('j');
    await review.keyboard.press('j');
    const active = review.locator('.review-annotation.active');
    await expect.poll(() => active.getAttribute('data-id')).toBe('seed-05');
    await review.keyboard.press('k');
    await expect.poll(() => active.getAttribute('data-id')).toBe('seed-06');
    await review.keyboard.press('j');
    await review.keyboard.press('e');
    await active.getByLabel('Note').fill('Edited from the keyboard.');
    await active.getByLabel('Note').press('Enter');
    await expect
      .poll(
        async () =>
          (await readStoredAnnotations(browser.worker)).find((a) => a.id === 'seed-05')?.note,
      )
      .toBe('Edited from the keyboard.');
    await review.keyboard.press('Delete');
    await expect.poll(count).toBe(5);
    await review.keyboard.press('z');
    await expect.poll(count).toBe(6);
    await review.keyboard.press('z'); // undoes the note edit too
    await expect
      .poll(
        async () =>
          (await readStoredAnnotations(browser.worker)).find((a) => a.id === 'seed-05')?.note,
      )
      .toBe('Check the timetable page.');
    await review.keyboard.press('/');
    expect(await review.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Search annotations',
    );
  });

  it('relabels and deletes a selection, each undone', async () => {
    for (const id of ['seed-01', 'seed-03'])
      await review.locator(`[data-id="${id}"]`).getByLabel('Select').check();
    await review.getByLabel('Relabel selected').selectOption('note');
    const labels = async () =>
      Object.fromEntries((await readStoredAnnotations(browser.worker)).map((a) => [a.id, a.label]));
    await expect
      .poll(async () => [(await labels())['seed-01'], (await labels())['seed-03']])
      .toEqual(['note', 'note']);
    await review.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(async () => [(await labels())['seed-01'], (await labels())['seed-03']])
      .toEqual(['speculation', 'speculation']);
    await review.getByRole('button', { name: 'Delete selected' }).click();
    await expect.poll(count).toBe(4);
    await review.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(count).toBe(6);
    expect(byId(await readStoredAnnotations(browser.worker))).toEqual(byId(seed));
  });

  it('opens an annotation in its page, scrolled to the passage, which flashes', async () => {
    const link = review.locator('[data-id="seed-06"]').getByRole('link', { name: 'Open in page' });
    // A middle click or "open in new tab" still gets the browser's own text-fragment scroll.
    expect(await link.getAttribute('href')).toBe(
      `${server.origin}/news/harbour-wall#:~:text=the%20tide%20peaked%20at%202.9%20metres`,
    );
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`${server.origin}/news/harbour-wall`);
    await opened.waitForFunction(
      () =>
        [...(CSS.highlights.get('claimlight-flash') ?? [])].some((r) => {
          const range = r as Range;
          const box = range.getBoundingClientRect();
          return (
            range.toString() === 'the tide peaked at 2.9 metres' &&
            box.top >= 0 &&
            box.bottom <= innerHeight
          );
        }),
      null,
      { timeout: 8_000, polling: 50 },
    );
    // The flash goes; the reader's own highlight stays.
    await opened.waitForFunction(() => !CSS.highlights.has('claimlight-flash'), null, {
      timeout: 5_000,
    });
    const painted = await paintedText(opened);
    const own = ['claimlight-speculation', 'claimlight-reported', 'claimlight-note'];
    expect(own.flatMap((name) => painted[name] ?? [])).toContain('the tide peaked at 2.9 metres');
    await opened.close();
  });

  let native = '';
  let w3c = '';
  it('exports native JSON: all, shown and one page', async () => {
    const all = await exportWith('json');
    expect(all.name).toMatch(/^claimlight-\d{4}-\d{2}-\d{2}\.json$/);
    native = all.text;
    const parsed = JSON.parse(native);
    expect(parsed.format).toBe('claimlight');
    expect(byId(parsed.annotations)).toEqual(byId(seed));

    await review.getByLabel('Site').selectOption('127.0.0.1');
    const shown = JSON.parse((await exportWith('json', 'Export shown')).text);
    expect(shown.annotations.map((a: Annotation) => a.id)).toEqual(['seed-06']);
    await review.getByLabel('Site').selectOption('');

    const group = review.locator('.page-group', { hasText: 'Ferry crews walk out' });
    const [download] = await Promise.all([
      review.waitForEvent('download'),
      group.getByRole('button', { name: 'Export page' }).click(),
    ]);
    const page = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(page.annotations.map((a: Annotation) => a.id).sort()).toEqual([
      'seed-03',
      'seed-04',
      'seed-05',
    ]);
  });

  it('exports W3C Web Annotation JSON-LD', async () => {
    const file = await exportWith('w3c');
    expect(file.name).toMatch(/\.jsonld$/);
    w3c = file.text;
    const parsed = JSON.parse(w3c);
    expect(parsed['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(parsed.type).toBe('AnnotationCollection');
    expect(parsed.total).toBe(6);
    const item = parsed.first.items.find((i: { id: string }) => i.id.endsWith('seed-04'));
    expect(item.type).toBe('Annotation');
    expect(item.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'reported' },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'Second rejection this year.',
        format: 'text/plain',
      },
    ]);
    expect(item.target.source).toBe('https://news.example.org/2026/ferry-strike');
    expect(item.target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    expect(item.target.selector[0].exact).toBe('the ferry union rejected the offer');
  });

  it('exports Markdown per page', async () => {
    const file = await exportWith('markdown');
    expect(file.name).toMatch(/\.md$/);
    const sections = file.text.split(/^## /m).slice(1);
    expect(sections).toHaveLength(3);
    const ferry = sections.find((s) => s.startsWith('[Ferry crews walk out]'))!;
    expect(ferry).toContain('(<https://news.example.org/2026/ferry-strike>)');
    expect(ferry).toContain('> the ferry union rejected the offer');
    expect(ferry).toContain('**Reported fact** · attributed to Mirela Osei');
    expect(ferry).toContain('- Second rejection this year.');
    await review.getByLabel('Export format').selectOption('json');
  });

  it.each([
    ['native', () => native, 'backup.json'],
    ['W3C', () => w3c, 'backup.jsonld'],
  ])('round-trips the %s export through an emptied database', async (_, text, name) => {
    await deleteAll();
    expect(await readStoredAnnotations(browser.worker)).toEqual([]);
    await importText(name, text());
    await review.getByText(new RegExp(`Imported ${name.replace('.', '\\.')}: 6 new`)).waitFor();
    await expect.poll(count).toBe(6);
    expect(byId(await readStoredAnnotations(browser.worker))).toEqual(byId(seed));
    await importText(name, text());
    await review
      .getByText(
        new RegExp(`Imported ${name.replace('.', '\\.')}: 0 new, 0 updated, 6 already here`),
      )
      .waitFor();
  });

  it('refuses a broken W3C file, naming file, record and field, and changes nothing', async () => {
    const broken = JSON.parse(w3c);
    broken.first.items[3].body[0].value = 'maybe';
    const before = await readStoredAnnotations(browser.worker);
    await importText('broken.jsonld', JSON.stringify(broken));
    const alert = review.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'broken.jsonld: first.items[3].body[0].value: expected one of',
    );
    expect(await readStoredAnnotations(browser.worker)).toEqual(before);
  });

  it('refuses a large export whose last record is bad after checking the rest, changing nothing', async () => {
    // 12,000 records: read as a stream and checked 5,000 at a time inside the import's
    // transaction; the bad record is in the third chunk, after two were taken.
    const records = Array.from({ length: 12_000 }, (_, i) => ({
      ...seed[i % seed.length]!,
      id: `bulk-${String(i).padStart(5, '0')}`,
    }));
    records[11_999] = { ...records[11_999]!, updatedAt: '2026-02-30T09:00:00.000Z' };
    const text = JSON.stringify({
      format: 'claimlight',
      version: 1,
      exportedAt: '2026-03-20T00:00:00.000Z',
      annotations: records,
    });
    expect(text.length).toBeGreaterThan(1_000_000);
    const before = await dumpWorkerDb(browser.worker);
    await importText('large.json', text);
    // (The previous test's alert may still be up: wait for this file's.)
    const alert = review.getByRole('alert').filter({ hasText: 'large.json' });
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toContain(
      'large.json: annotations[11999].updatedAt: expected a real calendar date',
    );
    expect(await dumpWorkerDb(browser.worker)).toBe(before);
  });
});
