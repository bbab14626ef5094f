import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { paintedText, selectWithMouse } from '../../scripts/lib/select-text';
import { startPageServer, type PageServer } from '../../scripts/lib/static-server';
import { readStoredAnnotations } from '../../scripts/lib/stored';
import { clickButton, shadowText } from './closed-shadow';
import { domWithoutClaimlight, openExtensionPage, waitForPainted } from './support';

/**
 * The reader's whole loop in real Chromium with the built extension: select and label,
 * see it painted, reload, survive an edited page, popup, review edits, export, import
 * into a fresh profile, a bad import, and a browser restart.
 */
const article = readFileSync('tests/fixtures/sample-article.html', 'utf8');
const SPECULATION = 'the wall alone may not be enough';
const REPORTED = 'the tide peaked at 2.9 metres above the usual high-water mark';
const NOTED = 'raise property taxes by roughly 4% a year for a decade';

/** Replaces a phrase in HTML whose source may wrap it over lines; fails the test if absent. */
function replaceText(html: string, phrase: string, replacement: string): string {
  const pattern = new RegExp(
    phrase
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  );
  if (!pattern.test(html)) throw new Error(`Not in the fixture: ${phrase}`);
  return html.replace(pattern, replacement);
}

let server: PageServer;
let browser: ExtensionBrowser;
let page: Page;
let pageUrl: string;
const foreignRequests: string[] = [];
const profiles: string[] = [];

function watchRequests(b: ExtensionBrowser) {
  b.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !/^(chrome-extension|data|blob):/.test(url))
      foreignRequests.push(url);
  });
}

beforeAll(async () => {
  server = await startPageServer({ '/news/harbour-wall': article });
  // Tracking parameters and a fragment: the annotation must still belong to the plain URL.
  pageUrl = `${server.origin}/news/harbour-wall?utm_source=feed#top`;
  browser = await launchWithExtension();
  profiles.push(browser.userDataDir);
  watchRequests(browser);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(pageUrl);
});

afterAll(async () => {
  await browser?.context.close();
  await server?.close();
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

describe('reader loop', () => {
  it('labels a mouse selection by clicking the toolbar, and paints it visibly', async () => {
    await selectWithMouse(page, REPORTED);
    const toolbar = page.locator('claimlight-toolbar');
    await toolbar.waitFor({ state: 'visible' });
    const paragraph = page.locator('p', { hasText: 'Harbour Authority' });
    await page.keyboard.press('Escape');
    await toolbar.waitFor({ state: 'hidden' });
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    const before = await paragraph.screenshot();

    await selectWithMouse(page, REPORTED);
    await toolbar.waitFor({ state: 'visible' });
    await clickButton(page, /^Reported fact/);
    await waitForPainted(page, 'claimlight-reported', 1);
    expect((await paintedText(page))['claimlight-reported']).toEqual([REPORTED]);

    await page.mouse.move(5, 5); // the hover card must not cover the comparison
    const after = await paragraph.screenshot();
    expect(after.equals(before)).toBe(false);
  });

  it('labels with the keys s and n, the note saved with Enter', async () => {
    await selectWithMouse(page, SPECULATION);
    await page.locator('claimlight-toolbar').waitFor({ state: 'visible' });
    await page.keyboard.press('s');
    await waitForPainted(page, 'claimlight-speculation', 1);

    await selectWithMouse(page, NOTED);
    await page.locator('claimlight-toolbar').waitFor({ state: 'visible' });
    await page.keyboard.press('n');
    await page.keyboard.type('Compare with the 2025 budget.');
    await page.keyboard.press('Enter');
    await waitForPainted(page, 'claimlight-note', 1);

    const stored = await readStoredAnnotations(browser.worker);
    expect(stored.map((a) => a.label).sort()).toEqual(['note', 'reported', 'speculation']);
    const note = stored.find((a) => a.label === 'note');
    expect(note?.note).toBe('Compare with the 2025 budget.');
    expect(note?.url).toBe(`${server.origin}/news/harbour-wall`);
    expect(note?.target.quote.exact).toBe(NOTED);
  });

  it('reaches the toolbar by keyboard: Tab focuses it, Enter on a button labels', async () => {
    await selectWithMouse(page, 'closed the harbour for four days');
    await page.locator('claimlight-toolbar').waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // from Speculation to Reported fact
    await page.keyboard.press('Enter');
    await waitForPainted(page, 'claimlight-reported', 2);
  });

  it('leaves the page DOM unchanged apart from claimlight-* elements', async () => {
    const { live, original } = await domWithoutClaimlight(page);
    expect(live).toBe(original);
  });

  it('shows a hover card with the note, and relabels from it', async () => {
    const box = await page.evaluate((phrase) => {
      for (const range of CSS.highlights.get('claimlight-note') ?? []) {
        if ((range as Range).toString().replace(/\s+/g, ' ').includes(phrase)) {
          const rect = (range as Range).getClientRects()[0]!;
          return { x: rect.left + 5, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    }, 'property taxes');
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    const card = page.locator('claimlight-card');
    await card.waitFor({ state: 'visible' });
    await expect
      .poll(() => shadowText(page, 'claimlight-card'))
      .toContain('Compare with the 2025 budget.');
    await clickButton(page, 'Speculation');
    await waitForPainted(page, 'claimlight-speculation', 2);
    await waitForPainted(page, 'claimlight-note', 0);
    await clickButton(page, 'Note');
    await waitForPainted(page, 'claimlight-note', 1);
  });

  it('restores every highlight after a reload', async () => {
    await page.reload();
    await waitForPainted(page, 'claimlight-note', 1);
    const painted = await paintedText(page);
    expect(painted['claimlight-speculation']).toEqual([SPECULATION]);
    expect(painted['claimlight-note']).toEqual([NOTED]);
    expect(painted['claimlight-reported']).toEqual(
      ['closed the harbour for four days', REPORTED].sort(),
    );
  });

  it('restores them on the right text after the article was edited around them', async () => {
    const edited = article
      .replace(
        '<p>\n          According to the Harbour Authority',
        '<p>Update: this story was corrected on 15 March.</p>\n        <p>\n          According to the Harbour Authority',
      )
      .replace('Dr. Mirela Osei, a coastal engineer', 'Dr. Mirela Osei, a senior coastal engineer')
      .replace('the highest reading since records began in 1911', 'the highest reading on record');
    expect(edited).not.toBe(article);
    server.setPage('/news/harbour-wall', edited);
    await page.reload();
    await waitForPainted(page, 'claimlight-note', 1);
    const painted = await paintedText(page);
    expect(painted['claimlight-speculation']).toEqual([SPECULATION]);
    expect(painted['claimlight-reported']).toEqual(
      ['closed the harbour for four days', REPORTED].sort(),
    );
  });

  it('lists an annotation whose text is gone as not found, never on other text', async () => {
    const cut = replaceText(article, NOTED, 'change taxes');
    server.setPage('/news/harbour-wall', cut);
    await page.reload();
    await waitForPainted(page, 'claimlight-speculation', 1);
    await page.waitForTimeout(300);
    expect((await paintedText(page))['claimlight-note']).toEqual([]);

    await page.bringToFront();
    const popup = await openExtensionPage(browser, 'popup.html');
    await page.bringToFront();
    await popup.reload();
    await popup.locator('.annotations li').first().waitFor();
    expect(await popup.locator('.annotations li').count()).toBe(4);
    const orphan = popup.locator('.annotations li.orphan');
    await expect.poll(() => orphan.count()).toBe(1);
    expect(await orphan.textContent()).toContain('Not found on this page');
    expect(await popup.locator('.counts').textContent()).toMatch(
      /Speculation\s*1.*Reported fact\s*2.*Note\s*1/,
    );

    // Clicking an anchored one scrolls the page to it and opens its card.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await popup.locator('.annotations li:not(.orphan) button', { hasText: SPECULATION }).click();
    await page.locator('claimlight-card').waitFor({ state: 'visible' });
    await popup.close().catch(() => undefined);
    server.setPage('/news/harbour-wall', article);
  });

  it('edits, deletes and undoes on the review page', async () => {
    const review = await openExtensionPage(browser, 'review.html');
    const items = review.locator('.review-annotation');
    await expect.poll(() => items.count()).toBe(4);
    expect(await review.locator('.page-group h2').textContent()).toContain('Port Halden');

    await review.getByRole('button', { name: 'Speculation' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await review.getByRole('button', { name: 'Speculation' }).click();
    await review.getByLabel('Search annotations').fill('harbour four');
    await expect.poll(() => items.count()).toBe(1);
    await review.getByLabel('Search annotations').fill('');

    const target = items.filter({ hasText: 'closed the harbour' });
    await target.getByLabel('Label').selectOption('speculation');
    await target.getByRole('button', { name: 'Add note' }).click();
    await target.getByLabel('Note').fill('Four days, or five?');
    await target.getByLabel('Note').press('Enter');
    await expect
      .poll(
        async () =>
          (await readStoredAnnotations(browser.worker)).find(
            (a) => a.note === 'Four days, or five?',
          )?.label,
      )
      .toBe('speculation');

    await target.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => items.count()).toBe(3);
    await review.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => items.count()).toBe(4);
    await review.close();
  });

  let exported = '';
  it('exports every annotation as native JSON', async () => {
    const review = await openExtensionPage(browser, 'review.html');
    await review.locator('.review-annotation').first().waitFor();
    const [download] = await Promise.all([
      review.waitForEvent('download'),
      review.getByRole('button', { name: 'Export all' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^claimlight-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    exported = readFileSync(path, 'utf8');
    const parsed = JSON.parse(exported);
    expect(parsed.format).toBe('claimlight');
    expect(parsed.version).toBe(1);
    expect(Number.isNaN(Date.parse(parsed.exportedAt))).toBe(false);
    expect(parsed.annotations).toHaveLength(4);
    const stored = await readStoredAnnotations(browser.worker);
    expect(parsed.annotations.map((a: { id: string }) => a.id).sort()).toEqual(
      stored.map((a) => a.id).sort(),
    );
    await review.close();
  });

  it('imports the export into a fresh profile, and refuses a malformed file without touching data', async () => {
    const fresh = await launchWithExtension();
    profiles.push(fresh.userDataDir);
    watchRequests(fresh);
    try {
      const review = await openExtensionPage(fresh, 'review.html');
      await review.getByText('Nothing saved yet').waitFor();
      await review.getByLabel('Import file').setInputFiles({
        name: 'backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported),
      });
      await review.getByText(/Imported backup\.json: 4 new/).waitFor();
      await expect.poll(() => review.locator('.review-annotation').count()).toBe(4);
      const before = await readStoredAnnotations(fresh.worker);

      const broken = JSON.parse(exported);
      broken.annotations[2].label = 'maybe';
      await review.getByLabel('Import file').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(broken)),
      });
      const alert = review.getByRole('alert');
      await alert.waitFor();
      const message = await alert.textContent();
      expect(message).toContain('broken.json');
      expect(message).toContain('annotations[2]');
      expect(message).toContain('label');
      expect(await readStoredAnnotations(fresh.worker)).toEqual(before);
    } finally {
      await fresh.context.close();
    }
  });

  it('keeps every annotation across a browser restart with the same profile', async () => {
    const before = await readStoredAnnotations(browser.worker);
    await browser.context.close();
    browser = await launchWithExtension({ userDataDir: browser.userDataDir });
    watchRequests(browser);
    expect(await readStoredAnnotations(browser.worker)).toEqual(before);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(pageUrl);
    await waitForPainted(page, 'claimlight-speculation', 2);
  });

  it('made no network request of its own', () => {
    expect(foreignRequests).toEqual([]);
  });
});
