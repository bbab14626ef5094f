import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { paintedText, selectWithMouse } from '../../scripts/lib/select-text';
import { startPageServer, type PageServer } from '../../scripts/lib/static-server';
import { readStoredAnnotations } from '../../scripts/lib/stored';
import { shadowText } from './closed-shadow';
import { openExtensionPage, waitForPainted } from './support';

/**
 * Annotations whose text is gone: recorded as not found for the review page, re-attached by
 * selecting new text after choosing Re-attach in the popup, or deleted there with undo.
 */
const article = readFileSync('tests/fixtures/sample-article.html', 'utf8');
const LOST = 'Some insurers have already stopped writing new flood policies';
const REPLACEMENT = 'Two insurers said they would pause new flood policies';
const edited = article.replace(LOST, REPLACEMENT);

let server: PageServer;
let browser: ExtensionBrowser;
let page: Page;

/** The background's record of which annotations were found on their page. */
function anchorStatus(b: ExtensionBrowser): Promise<{ id: string; found: boolean }[]> {
  return b.worker.evaluate(
    () =>
      new Promise<{ id: string; found: boolean }[]>((resolve, reject) => {
        const open = indexedDB.open('claimlight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result
            .transaction('anchorStatus')
            .objectStore('anchorStatus')
            .getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as { id: string; found: boolean }[]);
          };
        };
      }),
  );
}

async function openPopupFor(p: Page): Promise<Page> {
  await p.bringToFront();
  const popup = await openExtensionPage(browser, 'popup.html');
  await p.bringToFront();
  await popup.reload();
  return popup;
}

beforeAll(async () => {
  expect(edited).not.toBe(article);
  server = await startPageServer({ '/story': article });
  browser = await launchWithExtension();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.origin}/story`);
  await selectWithMouse(page, LOST);
  await page.locator('claimlight-toolbar').waitFor({ state: 'visible' });
  await page.keyboard.press('s');
  await waitForPainted(page, 'claimlight-speculation', 1);
});

afterAll(async () => {
  await browser?.context.close();
  await server?.close();
  if (browser) rmSync(browser.userDataDir, { recursive: true, force: true });
});

describe('orphans', () => {
  it('records where each annotation was found, and where it was not', async () => {
    const [saved] = await readStoredAnnotations(browser.worker);
    await expect
      .poll(() => anchorStatus(browser))
      .toEqual([expect.objectContaining({ id: saved!.id, found: true })]);
    server.setPage('/story', edited);
    await page.reload();
    await expect
      .poll(() => anchorStatus(browser))
      .toEqual([expect.objectContaining({ id: saved!.id, found: false })]);
    expect((await paintedText(page))['claimlight-speculation']).toEqual([]);

    const review = await openExtensionPage(browser, 'review.html');
    await review.locator('.review-annotation .orphan-flag').waitFor();
    expect(await review.locator('.review-annotation .orphan-flag').textContent()).toContain(
      'Not found on this page',
    );
    await review.close();
  });

  it('re-attaches an orphan to text the reader selects', async () => {
    const popup = await openPopupFor(page);
    // The popup closes itself once the page has entered re-attach mode, sometimes while
    // Playwright is still finishing the click: the close is the proof the click worked.
    await Promise.all([
      popup.waitForEvent('close'),
      popup
        .getByRole('button', { name: 'Re-attach…' })
        .click()
        .catch(() => undefined),
    ]);
    await page.locator('claimlight-toolbar').waitFor({ state: 'visible' });
    await selectWithMouse(page, REPLACEMENT);
    await expect.poll(() => shadowText(page, 'claimlight-toolbar')).toContain('Attach here');
    await page.keyboard.press('a');
    await waitForPainted(page, 'claimlight-speculation', 1);
    expect((await paintedText(page))['claimlight-speculation']).toEqual([REPLACEMENT]);
    const [saved] = await readStoredAnnotations(browser.worker);
    expect(saved?.target.quote.exact).toBe(REPLACEMENT);
    await expect.poll(async () => (await anchorStatus(browser))[0]?.found).toBe(true);
    await page.reload();
    await waitForPainted(page, 'claimlight-speculation', 1);
    await popup.close();
  });

  it('deletes an orphan from the popup, with undo', async () => {
    server.setPage('/story', article);
    await page.reload();
    await expect.poll(async () => (await anchorStatus(browser))[0]?.found).toBe(false);
    const popup = await openPopupFor(page);
    await popup.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await readStoredAnnotations(browser.worker)).length).toBe(0);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readStoredAnnotations(browser.worker)).length).toBe(1);
    await popup.close();
  });
});
