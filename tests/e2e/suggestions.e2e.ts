import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { generatedArticle } from '../../scripts/lib/generated-article';
import { paintedText } from '../../scripts/lib/select-text';
import { startPageServer, type PageServer } from '../../scripts/lib/static-server';
import { readStoredAnnotations } from '../../scripts/lib/stored';
import { clickButton, shadowText } from './closed-shadow';
import { openExtensionPage, waitForPainted, waitForSettled } from './support';

/**
 * Automatic highlights in real Chromium: the analyzer's people, numbers, claims and
 * speculation painted on the sample article, their cards, keeping one as an annotation,
 * dismissing one, and the popup's switches.
 */
const article = readFileSync('tests/fixtures/sample-article.html', 'utf8');
/** The same article, put into the page by script 1 s after load, as client-rendered sites do. */
const lateArticle = `<!doctype html><html><head><meta charset="utf-8"><title>Late</title></head>
<body><main id="m">Loading…</main><script>
  setTimeout(async () => {
    const html = await (await fetch('/story')).text();
    const loaded = new DOMParser().parseFromString(html, 'text/html');
    document.getElementById('m').innerHTML = loaded.body.innerHTML;
  }, 1000);
  // A framework re-rendering the same article: every node replaced, the words unchanged.
  window.rerender = () => { const m = document.getElementById('m'); m.innerHTML = m.innerHTML; };
</script></body></html>`;
const notArticle =
  '<!doctype html><title>Search</title><body><form><input name=q></form><p>3 results</p></body>';

let server: PageServer;
let browser: ExtensionBrowser;
let page: Page;

const sizes = (p: Page) =>
  p.evaluate(() =>
    Object.fromEntries(
      ['person', 'number', 'claim', 'hedge'].map((k) => [
        k,
        CSS.highlights.get(`claimlight-${k}`)?.size ?? 0,
      ]),
    ),
  );

async function hoverHighlight(p: Page, name: string, includes: string) {
  // Leave the previous card first: the pointer resting on a card keeps it open.
  await p.keyboard.press('Escape');
  await p.mouse.move(1, 1);
  await p.locator('claimlight-card').waitFor({ state: 'hidden' });
  const point = await p.evaluate(
    ([n, text]) => {
      for (const range of CSS.highlights.get(n as string) ?? []) {
        const r = range as Range;
        if (
          !r
            .toString()
            .replace(/\s+/g, ' ')
            .includes(text as string)
        )
          continue;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0]!;
        return { x: rect.left + Math.min(8, rect.width / 2), y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [name, includes] as const,
  );
  if (!point) throw new Error(`No ${name} highlight containing "${includes}"`);
  await p.mouse.move(point.x, point.y);
  await p.locator('claimlight-card').waitFor({ state: 'visible' });
}

beforeAll(async () => {
  server = await startPageServer({
    '/story': article,
    '/late-story': lateArticle,
    '/search': notArticle,
    '/long-read': generatedArticle(2000, 21),
  });
  browser = await launchWithExtension();
  // Every message the page's window receives, for the test that Claimlight sends it none.
  await browser.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __messages: string[] }).__messages = seen;
    addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
  });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.origin}/story`);
  await waitForSettled(page);
});

afterAll(async () => {
  await browser?.context.close();
  await server?.close();
  if (browser) rmSync(browser.userDataDir, { recursive: true, force: true });
});

describe('automatic highlights', () => {
  it('paints people, numbers, claims and speculation on an article', async () => {
    const painted = await paintedText(page);
    expect(painted['claimlight-person']).toEqual(
      expect.arrayContaining(['Lena Varga', 'Paul Hendricks']),
    );
    expect(painted['claimlight-number']).toEqual(
      expect.arrayContaining(['$410 million', 'more than 1,200 homes']),
    );
    expect(
      painted['claimlight-claim']?.some((s) => s.startsWith('According to the Harbour Authority')),
    ).toBe(true);
    expect(painted['claimlight-hedge']?.some((s) => s.includes('likely to climb further'))).toBe(
      true,
    );
  });

  it('sends the page no window message as it starts (the page’s own handlers never see one)', async () => {
    expect(
      await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages),
    ).toEqual([]);
  });

  it('explains a claim on hover: its source and reporting cue', async () => {
    await hoverHighlight(page, 'claimlight-claim', 'According to the Harbour Authority');
    await expect
      .poll(() => shadowText(page, 'claimlight-card'))
      .toMatch(/Reported claim.*Source: .*Harbour Authority/);
    expect(await shadowText(page, 'claimlight-card')).toMatch(/Cues: .*according to/i);
  });

  it("shows a person's role and what the page attributes to them", async () => {
    await hoverHighlight(page, 'claimlight-person', 'Mirela Osei');
    await expect.poll(() => shadowText(page, 'claimlight-card')).toContain('coastal engineer');
    expect(await shadowText(page, 'claimlight-card')).toContain('pumps and wetlands');
  });

  it('keeps a suggestion as a speculation annotation with its speaker', async () => {
    await hoverHighlight(page, 'claimlight-hedge', 'likely to climb further');
    await clickButton(page, 'Mark as speculation');
    await waitForPainted(page, 'claimlight-speculation', 1);
    const stored = await readStoredAnnotations(browser.worker);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ label: 'speculation', origin: 'suggestion' });
    expect(stored[0]?.target.quote.exact).toContain('likely to climb further');
  });

  it('dismisses one highlight', async () => {
    const before = (await sizes(page)).claim!;
    await hoverHighlight(page, 'claimlight-claim', 'regional government has offered');
    await clickButton(page, 'Dismiss');
    await expect.poll(async () => (await sizes(page)).claim).toBe(before - 1);
  });

  it('follows the popup switches: a category, the site, and all painting', async () => {
    await page.bringToFront();
    const popup = await openExtensionPage(browser, 'popup.html');
    await page.bringToFront();
    await popup.reload();
    await popup.getByLabel('Numbers').waitFor();
    await popup.getByLabel('Numbers').uncheck();
    await expect.poll(async () => (await sizes(page)).number).toBe(0);
    expect((await sizes(page)).person).toBeGreaterThan(0);
    await popup.getByLabel('Numbers').check();
    await expect.poll(async () => (await sizes(page)).number).toBeGreaterThan(0);

    await popup.getByLabel(/Automatic highlights on/).uncheck();
    await expect
      .poll(async () => Object.values(await sizes(page)).every((n) => n === 0))
      .toBe(true);
    await waitForPainted(page, 'claimlight-speculation', 1);

    await popup.getByLabel(/Show any highlight on/).uncheck();
    await waitForPainted(page, 'claimlight-speculation', 0);
    await popup.getByLabel(/Show any highlight on/).check();
    await waitForPainted(page, 'claimlight-speculation', 1);
    await popup.getByLabel(/Automatic highlights on/).check();
    await expect.poll(async () => (await sizes(page)).person).toBeGreaterThan(0);
    await popup.close();
  });

  it("paints a long article's opening first, then all of it", async () => {
    const long = await browser.context.newPage();
    // Count claim highlights at every frame from the start.
    await long.addInitScript(() => {
      const seen: number[] = [];
      (window as unknown as { claimCounts: number[] }).claimCounts = seen;
      const tick = () => {
        const n = CSS.highlights.get('claimlight-claim')?.size ?? 0;
        if (n !== seen[seen.length - 1]) seen.push(n);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await long.goto(`${server.origin}/long-read`);
    // Done when some claim lies in the article's last paragraph.
    await long.waitForFunction(() => {
      const paragraphs = document.querySelectorAll('article p');
      const last = paragraphs[paragraphs.length - 1]!;
      return [...(CSS.highlights.get('claimlight-claim') ?? [])].some((r) =>
        last.contains((r as Range).startContainer),
      );
    });
    const counts = await long.evaluate(
      () => (window as unknown as { claimCounts: number[] }).claimCounts,
    );
    const painted = counts.filter((n) => n > 0);
    expect(painted.length).toBeGreaterThan(1);
    expect(painted[0]).toBeLessThan(painted[painted.length - 1]!);
    await long.close();
  });

  it('does not analyse a page that is not an article', async () => {
    const other = await browser.context.newPage();
    await other.goto(`${server.origin}/search`);
    await other.waitForTimeout(800);
    expect(Object.values(await sizes(other)).every((n) => n === 0)).toBe(true);
    await other.close();
  });

  it('analyses an article whose text arrives after load, and repaints it after a re-render', async () => {
    const late = await browser.context.newPage();
    await late.goto(`${server.origin}/late-story`);
    expect(Object.values(await sizes(late)).every((n) => n === 0)).toBe(true);
    await late.waitForFunction(
      () => (CSS.highlights.get('claimlight-claim')?.size ?? 0) > 0,
      null,
      {
        timeout: 6_000,
      },
    );
    await waitForSettled(late);
    const arrived = await sizes(late);
    const whole = await browser.context.newPage();
    await whole.goto(`${server.origin}/story`);
    await waitForSettled(whole);
    expect(arrived).toEqual(await sizes(whole)); // the same findings as the page served whole
    await whole.close();
    await late.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    // The old Ranges collapse with their nodes; the findings come back on the new ones.
    await late.waitForFunction(
      () =>
        ['person', 'number', 'claim', 'hedge'].every((k) => {
          const ranges = [...(CSS.highlights.get(`claimlight-${k}`) ?? [])] as Range[];
          return ranges.length > 0 && ranges.every((r) => r.toString().trim().length > 0);
        }),
      null,
      { timeout: 5_000 },
    );
    expect(await sizes(late)).toEqual(arrived);
    await late.close();
  });
});
