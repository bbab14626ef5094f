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
 * Markup in a note, a page title and the page text stays text everywhere Claimlight shows
 * it: the toolbar, the hover card, the popup, the review page and the export. A dialog
 * listener on every page must never fire, no payload element may exist, and no request for
 * the payload's image may be made.
 */
const NOTE = '<img src=x onerror=alert(1)>';
const TITLE = '<img src=y onerror=alert(2)> Ferry "fares" & <b>tolls</b>';
const QUOTE = 'the fare will rise to <script>alert(3)</script> next spring';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(TITLE)}</title></head>
<body><article><h1>Fares</h1>
<p>The operator told passengers that ${escapeHtml(QUOTE)}, subject to approval.</p>
<p>Season tickets are unaffected for now, the operator added in its statement.</p>
</article></body></html>`;

let server: PageServer;
let browser: ExtensionBrowser;
let page: Page;
const dialogs: string[] = [];
const payloadRequests: string[] = [];

function watch(p: Page) {
  p.on('dialog', (dialog) => {
    dialogs.push(`${p.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

interface DomNode {
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** Element names inside a claimlight-* host's closed shadow root, read through DevTools. */
async function shadowElementNames(p: Page, tag: string): Promise<string[]> {
  const session = await p.context().newCDPSession(p);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  await session.detach();
  const names: string[] = [];
  const walk = (node: DomNode, inside: boolean) => {
    const here = inside || node.nodeName === tag.toUpperCase();
    if (inside) names.push(node.nodeName);
    [...(node.children ?? []), ...(node.shadowRoots ?? [])].forEach((n) => walk(n, here));
  };
  walk(root, false);
  return names;
}

/** The payload must be present as text and absent as markup. */
async function expectInertText(p: Page, scope: string) {
  const { text, images, scripts } = await p.evaluate((selector) => {
    const root = document.querySelector(selector) ?? document.body;
    return {
      text: (root as HTMLElement).innerText,
      images: root.querySelectorAll('img').length,
      scripts: root.querySelectorAll('script').length,
    };
  }, scope);
  expect(text).toContain(NOTE);
  expect(images).toBe(0);
  expect(scripts).toBe(0);
}

beforeAll(async () => {
  server = await startPageServer({ '/news/fares': PAGE });
  browser = await launchWithExtension({
    extensionPath: process.env.CLAIMLIGHT_EXTENSION || undefined,
  });
  browser.context.on('page', watch);
  browser.context.pages().forEach(watch);
  browser.context.on('request', (request) => {
    if (/\/[xy]$/.test(new URL(request.url()).pathname)) payloadRequests.push(request.url());
  });
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/news/fares`);
}, 60_000);

afterAll(async () => {
  await browser?.context.close();
  await server?.close();
  if (browser) rmSync(browser.userDataDir, { recursive: true, force: true });
});

describe('markup in notes, titles and quotes stays text', () => {
  it('is typed into the toolbar’s note box and stored verbatim', async () => {
    await selectWithMouse(page, 'the fare will rise to <script>alert(3)</script> next spring');
    await page.locator('claimlight-toolbar').waitFor({ state: 'visible' });
    await page.keyboard.press('n');
    await page.keyboard.type(NOTE);
    expect(await shadowElementNames(page, 'claimlight-toolbar')).toContain('TEXTAREA');
    expect(await shadowElementNames(page, 'claimlight-toolbar')).not.toContain('IMG');
    await page.keyboard.press('Enter');
    await waitForPainted(page, 'claimlight-note', 1);
    expect((await paintedText(page))['claimlight-note']).toEqual([QUOTE]);
    const [stored] = await readStoredAnnotations(browser.worker);
    expect(stored?.note).toBe(NOTE);
    expect(stored?.title).toBe(TITLE);
    expect(stored?.target.quote.exact).toBe(QUOTE);
  });

  it('shows as text in the hover card', async () => {
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights.get('claimlight-note')!][0] as Range;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 5, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.locator('claimlight-card').waitFor({ state: 'visible' });
    await expect.poll(() => shadowText(page, 'claimlight-card')).toContain(NOTE);
    const names = await shadowElementNames(page, 'claimlight-card');
    expect(names).not.toContain('IMG');
    expect(names).not.toContain('SCRIPT');
  });

  it('shows as text in the popup', async () => {
    await page.bringToFront();
    const popup = await openExtensionPage(browser, 'popup.html');
    await page.bringToFront();
    await popup.reload();
    await popup.locator('.annotations li').first().waitFor();
    await expectInertText(popup, 'body');
    expect(await popup.locator('body').innerText()).toContain(QUOTE);
    await popup.close();
  });

  it('shows as text on the review page, in the list and while editing', async () => {
    const review = await openExtensionPage(browser, 'review.html');
    await review.locator('.review-annotation').first().waitFor();
    await expectInertText(review, 'body');
    const body = await review.locator('body').innerText();
    expect(body).toContain(QUOTE);
    expect(body).toContain(TITLE);
    await review.getByRole('button', { name: 'Edit note' }).click();
    expect(await review.getByLabel('Note').inputValue()).toBe(NOTE);
    await review.getByLabel('Note').press('Escape');
    await review.getByLabel('Search annotations').fill('onerror');
    await expect.poll(() => review.locator('.review-annotation').count()).toBe(1);
    await expectInertText(review, 'body');
    await review.close();
  });

  it('stays inert text in every export format', async () => {
    const review = await openExtensionPage(browser, 'review.html');
    await review.locator('.review-annotation').first().waitFor();
    const formats = review.getByLabel('Export format');
    const values = await formats
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      await formats.selectOption(value);
      const [download] = await Promise.all([
        review.waitForEvent('download'),
        review.getByRole('button', { name: 'Export all' }).click(),
      ]);
      const text = readFileSync(await download.path(), 'utf8');
      if (/\.(json|jsonld)$/.test(download.suggestedFilename())) {
        // A JSON string holds the payload; nothing outside strings can carry it.
        expect(text).toContain(JSON.stringify(NOTE).slice(1, -1));
        expect(JSON.stringify(JSON.parse(text))).toContain(JSON.stringify(NOTE).slice(1, -1));
      } else {
        // Markdown: escaped, so no renderer makes it an element.
        expect(text).not.toContain(NOTE);
        expect(text).toContain('\\<img src=x onerror=alert(1)\\>');
      }
    }
    await review.close();
  });

  it('never ran the payload anywhere', () => {
    expect(dialogs).toEqual([]);
    expect(payloadRequests).toEqual([]);
  });
});
