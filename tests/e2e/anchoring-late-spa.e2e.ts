import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { paintedText, selectWithMouse } from '../../scripts/lib/select-text';
import { startPageServer, type PageServer } from '../../scripts/lib/static-server';
import { openExtensionPage, waitForPainted } from './support';

/**
 * Anchoring where pages are hard: text inserted a second after load, a single-page app
 * that swaps its article with pushState / replaceState / back, and an article edited
 * between visits. In each the annotations must come back on the right words, or not at all.
 */
const SPECULATION = 'claimlight-speculation';
const REPORTED = 'claimlight-reported';
const NOTE = 'claimlight-note';

const P = {
  lateA: 'the ferry operator may raise fares again before the summer timetable',
  one: 'the council could sell the pier to a developer within two years',
  two: 'the library van visited eleven villages in its first fortnight',
  editA: 'officials expect the repairs to take most of the winter',
  editB: 'the survey found cracks in two of the eight concrete supports',
  editC: 'a spokesperson declined to comment on the timetable',
  liveA: 'the lower deck is safe for pedestrians until the autumn',
  liveB: 'the survey had been delayed by a contract dispute',
};

const doc = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

const LATE = doc(`<h1>Ferry fares</h1><article id="a"><p>Loading…</p></article>
<script>
  setTimeout(() => {
    document.getElementById('a').innerHTML =
      '<p>Passengers queued at dawn on Tuesday. Some analysts say ${P.lateA}, though nothing is decided.</p>' +
      '<p>The operator said it would publish figures next month.</p>';
  }, 1000);
</script>`);

const SPA = doc(`<nav>Harbour Vale News:
  <a id="to-two" href="/spa/two" onclick="event.preventDefault(); go('two')">Library</a>
  <a id="to-three" href="/spa/three" onclick="event.preventDefault(); go('three')">Weather</a>
  <button id="swap-three" onclick="swapTo('three')">Weather (replace)</button></nav>
<article id="a"></article>
<script>
  const pages = {
    one: '<h1>Pier</h1><p>Residents fear ${P.one}, the report says.</p>',
    two: '<h1>Library</h1><p>Figures show ${P.two}, the service said.</p>',
    three: '<h1>Weather</h1><p>Rain is expected on Thursday across the coast.</p>',
  };
  const show = (n) => { document.getElementById('a').innerHTML = pages[n]; };
  window.go = (n) => { history.pushState({ n }, '', '/spa/' + n); show(n); };
  window.swapTo = (n) => { history.replaceState({ n }, '', '/spa/' + n); show(n); };
  addEventListener('popstate', (e) => show(e.state?.n ?? location.pathname.split('/').pop()));
  show(location.pathname.split('/').pop());
  // /spa-wander/…: the page moves on by itself a second after load, with no reader action.
  if (location.pathname.startsWith('/spa-wander/')) setTimeout(() => go('two'), 1000);
</script>`);

const LIVE = doc(`<article id="live"><h1>Harbour works</h1>
<p id="p1">Divers inspected the pier on Monday. ${P.liveA}, a report said.</p>
<p id="p2">The council meets on Thursday.</p>
<div id="more" hidden><p>Later, officials admitted ${P.liveB} in the first place.</p></div>
<button id="expand" onclick="document.getElementById('more').hidden = false">Read more</button>
</article>`);

const EDIT_V1 = doc(`<article><h1>Pier repairs</h1>
<p>The pier closed in March after a storm.</p>
<p>Work starts next week and ${P.editA}, the council said.</p>
<p>An engineer said ${P.editB}, which is worse than feared.</p>
<p>Asked about delays, ${P.editC} this week.</p>
</article>`);

// Next visit: an ad above, the first paragraph rewritten, new markup and line breaks,
// one word of B changed, C's sentence gone.
const EDIT_B2 = P.editB.replace('concrete', 'steel');
const EDIT_V2 =
  doc(`<article><aside class="ad"><p>Advertisement: ferry tickets half price all week.</p></aside>
<h1>Pier repairs</h1>
<p>The pier, built in 1911, closed in March after a winter storm damaged its deck.</p>
<p>Work starts
   next week and <em>officials expect</em> the repairs to take most of the winter, the council said.</p>
<p>An engineer said ${EDIT_B2}, which is worse than feared.</p>
<p>The council will publish a timetable for the works in April.</p>
</article>`);

let server: PageServer;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await startPageServer({
    '/late': LATE,
    '/spa/one': SPA,
    '/spa/two': SPA,
    '/spa/three': SPA,
    '/spa-wander/one': SPA,
    '/edited': EDIT_V1,
    '/live': LIVE,
  });
  // CLAIMLIGHT_EXTENSION: test a build made elsewhere (e.g. of a clean export of HEAD).
  browser = await launchWithExtension({ extensionPath: process.env.CLAIMLIGHT_EXTENSION });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await browser?.context.close();
  await server?.close();
  if (browser) rmSync(browser.userDataDir, { recursive: true, force: true });
});

async function label(phrase: string, key: 's' | 'r' | 'n'): Promise<void> {
  await selectWithMouse(page, phrase);
  await page.locator('claimlight-toolbar').waitFor({ state: 'visible' });
  await page.keyboard.press(key);
  if (key === 'n') await page.keyboard.press('Enter');
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
}

const painted = async (name: string) => (await paintedText(page))[name] ?? [];

describe('anchoring on hard pages', () => {
  it('paints an annotation whose text arrives 1 s after load', async () => {
    await page.goto(`${server.origin}/late`);
    await page.getByText('Passengers queued').waitFor();
    await label(P.lateA, 's');
    await waitForPainted(page, SPECULATION, 1);

    await page.reload();
    await page.waitForLoadState('domcontentloaded');
    expect(await painted(SPECULATION)).toEqual([]); // nothing to anchor to yet
    const arrived = Date.now();
    await page.getByText('Passengers queued').waitFor();
    await waitForPainted(page, SPECULATION, 1, 5_000);
    expect(await painted(SPECULATION)).toEqual([P.lateA]);
    // Debounced re-anchoring: well under a second after the text arrives.
    expect(Date.now() - arrived).toBeLessThan(2_000);
  });

  it("clears the old page's highlights when a single-page app pushes a new URL", async () => {
    await page.goto(`${server.origin}/spa/one`);
    await label(P.one, 's');
    await waitForPainted(page, SPECULATION, 1);
    await page.click('#to-three');
    await waitForPainted(page, SPECULATION, 0);
  });

  it("paints the new page's annotations after pushState, back and replaceState", async () => {
    await page.goto(`${server.origin}/spa/two`);
    await label(P.two, 'r');
    await waitForPainted(page, REPORTED, 1);
    await page.goto(`${server.origin}/spa/one`);
    await waitForPainted(page, SPECULATION, 1);
    await waitForPainted(page, REPORTED, 0);

    await page.click('#to-two'); // a single-page site's link: pushState on the reader's click
    await waitForPainted(page, SPECULATION, 0);
    await waitForPainted(page, REPORTED, 1, 3_000);
    expect(await painted(REPORTED)).toEqual([P.two]);

    await page.goBack();
    await waitForPainted(page, REPORTED, 0);
    await waitForPainted(page, SPECULATION, 1, 3_000);
    expect(await painted(SPECULATION)).toEqual([P.one]);

    await page.click('#swap-three');
    await waitForPainted(page, SPECULATION, 0);
    expect(await painted(REPORTED)).toEqual([]);
  });

  it('holds back the highlights of an address the page moved to by itself, until the reader acts', async () => {
    // The page's own timer moves it (Playwright's evaluate would count as a reader's gesture).
    await page.goto(`${server.origin}/spa-wander/one`);
    await page.waitForTimeout(2_500); // no evaluate before the page has moved
    expect(page.url()).toBe(`${server.origin}/spa/two`);
    expect(await painted(REPORTED)).toEqual([]);
    // The reader clicks on the page: the address is theirs to see.
    await page.mouse.click(5, 5);
    await waitForPainted(page, REPORTED, 1, 3_000);
    expect(await painted(REPORTED)).toEqual([P.two]);
  });

  it('says so in the popup, which shows the held-back highlights on request', async () => {
    await page.goto(`${server.origin}/spa-wander/one`);
    await page.waitForTimeout(2_500); // no evaluate before the page has moved
    expect(page.url()).toBe(`${server.origin}/spa/two`);
    const popup = await openExtensionPage(browser, 'popup.html');
    await page.bringToFront();
    await popup.reload();
    await popup.getByText('held back').waitFor();
    await popup.getByRole('button', { name: 'Show them now' }).click();
    await waitForPainted(page, REPORTED, 1, 3_000);
    expect(await painted(REPORTED)).toEqual([P.two]);
    await expect.poll(() => popup.getByText('held back').count()).toBe(0);
    await popup.close();
  });

  it('brings annotations back on the right words after the article was edited', async () => {
    await page.goto(`${server.origin}/edited`);
    await label(P.editA, 's');
    await label(P.editB, 'r');
    await label(P.editC, 'n');
    await waitForPainted(page, NOTE, 1);

    server.setPage('/edited', EDIT_V2);
    await page.reload();
    await waitForPainted(page, REPORTED, 1);
    await waitForPainted(page, SPECULATION, 1);
    expect(await painted(SPECULATION)).toEqual([P.editA]);
    expect(await painted(REPORTED)).toEqual([EDIT_B2]);
    await page.waitForTimeout(400); // let any late re-anchoring run: C must stay an orphan
    expect(await painted(NOTE)).toEqual([]);
  });

  it('keeps highlights on their words while the page changes around them', async () => {
    await page.goto(`${server.origin}/live`);
    await label(P.liveA, 's');
    await waitForPainted(page, SPECULATION, 1);
    await page.evaluate(() => {
      const p1 = document.getElementById('p1')!;
      // Text inserted before the passage in the same text node, then a re-render that
      // replaces every node of the paragraph with identical text (as frameworks do).
      (p1.firstChild as Text).insertData(0, 'Updated at 10:40. ');
      document.getElementById('p2')!.textContent = 'The council now meets on Friday.';
    });
    await page.waitForTimeout(400);
    expect(await painted(SPECULATION)).toEqual([P.liveA]);
    await page.evaluate(() => {
      const p1 = document.getElementById('p1')!;
      p1.innerHTML = p1.innerHTML; // eslint-disable-line no-self-assign
    });
    await page.waitForTimeout(400);
    expect(await painted(SPECULATION)).toEqual([P.liveA]);
  });

  it('keeps an annotation in "read more" text, hidden or shown, and after it is re-rendered', async () => {
    await page.click('#expand');
    // Select only once the click's own mouse-up has been handled and the mouse moved off.
    await page.mouse.move(5, 5);
    await page.waitForTimeout(300);
    await label(P.liveB, 'r');
    await waitForPainted(page, REPORTED, 1);
    expect(await painted(REPORTED)).toEqual([P.liveB]); // the selection itself was whole
    await page.reload();
    await waitForPainted(page, SPECULATION, 1);
    // Collapsed text is still in the DOM and indexed: it anchors while hidden, and must
    // stay on its words when the expander re-renders it with an edit nearby.
    await page.click('#expand');
    await page.evaluate(() => {
      const more = document.getElementById('more')!;
      more.innerHTML = more.innerHTML.replace('Later, ', 'Later that week, ');
    });
    await waitForPainted(page, REPORTED, 1);
    await page.waitForTimeout(400);
    expect(await painted(REPORTED)).toEqual([P.liveB]);
    expect(await painted(SPECULATION)).toEqual([P.liveA]);
  });
});
