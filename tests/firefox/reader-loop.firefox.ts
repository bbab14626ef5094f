import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxPath, launchFirefoxWithExtension } from '../../scripts/lib/firefox';
import { startPageServer, type PageServer } from '../../scripts/lib/static-server';

/**
 * The same extension in Firefox ESR: automatic highlights, the reader's loop (select with the
 * mouse, press a key, reload) and no request of its own. Skipped with a message when no
 * Firefox is installed (`.ci/run` installs Debian's firefox-esr).
 */
const firefox = firefoxPath();
if (!firefox) console.warn('Firefox tests skipped: no firefox-esr (apt-get install firefox-esr)');

const article = readFileSync('tests/fixtures/sample-article.html', 'utf8');
const PHRASE = 'the design could be';
const NAMES = ['person', 'number', 'claim', 'hedge'];

let server: PageServer;
let browser: Browser;
let page: Page;
const seen: string[] = [];
const offsite: string[] = [];

const painted = (p: Page, name: string) =>
  p.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);

async function waitFor(check: () => Promise<boolean>, what: string, ms = 8_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Drags the real (trusted) mouse over a phrase, as a reader selects it. */
async function selectWithMouse(p: Page, phrase: string): Promise<void> {
  const box = await p.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const at = text.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + needle.length);
      text.parentElement?.scrollIntoView({ block: 'center' });
      const rects = [...range.getClientRects()];
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`"${phrase}" is not on the page`);
  await p.mouse.move(box.x1, box.y1);
  await p.mouse.down();
  await p.mouse.move(box.x2, box.y2, { steps: 5 });
  await p.mouse.up();
}

describe.skipIf(!firefox)('Claimlight in Firefox', () => {
  beforeAll(async () => {
    server = await startPageServer({ '/story': article });
    browser = await launchFirefoxWithExtension(firefox!);
    page = await browser.newPage();
    page.on('request', (request) => {
      seen.push(request.url());
      if (!request.url().startsWith(server.origin)) offsite.push(request.url());
    });
    await page.goto(`${server.origin}/story`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('paints people, numbers, claims and speculation found by the background analyzer', async () => {
    await waitFor(
      async () =>
        (await Promise.all(NAMES.map((n) => painted(page, `claimlight-${n}`)))).every(
          (l) => l.length > 0,
        ),
      'automatic highlights',
    );
    expect(await painted(page, 'claimlight-person')).toContain('Mayor Teodor Brask');
  });

  it('labels a mouse selection with one key, and shows it again after a reload', async () => {
    await selectWithMouse(page, PHRASE);
    await waitFor(
      () => page.evaluate(() => !!document.querySelector('claimlight-toolbar')),
      'the toolbar',
    );
    await page.keyboard.press('s');
    await waitFor(
      async () => (await painted(page, 'claimlight-speculation')).length === 1,
      'the new highlight',
    );
    expect(await painted(page, 'claimlight-speculation')).toEqual([PHRASE]);

    await page.reload();
    await waitFor(
      async () => (await painted(page, 'claimlight-speculation')).length === 1,
      'the restored highlight',
    );
    expect(await painted(page, 'claimlight-speculation')).toEqual([PHRASE]);
  });

  it('made no request to anywhere but the page’s own server', () => {
    expect(seen).toContain(`${server.origin}/story`); // the listener does see requests
    expect(offsite).toEqual([]);
  });
});
