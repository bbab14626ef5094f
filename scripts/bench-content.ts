/**
 * `npm run bench:content`: the content script's cost on a 2,000-word article in real
 * Chromium — time from the script's start to the first automatic highlight on a new article
 * (also on the first article after the browser starts, on one after the background was
 * stopped as Chromium stops an idle extension worker, and on a reload whose analysis is
 * cached), the main-thread time its own code took, its longest single task, and the size of
 * its bundle. Prints one JSON line last.
 */
import { statSync } from 'node:fs';
import { CHROME_BUILD, launchWithExtension } from './lib/chromium';
import { generatedArticle } from './lib/generated-article';
import { startPageServer } from './lib/static-server';
import { recordExtensionWork } from './lib/trace';

const WORDS = 2000;

/** Runs in the page before its scripts: notes when the first claim highlight appears. */
const WATCH_PAINT = `(() => {
  const check = () => {
    if ((CSS.highlights.get('claimlight-claim')?.size ?? 0) > 0) window.__claimlightPainted = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

async function visit(
  url: string,
  browser: Awaited<ReturnType<typeof launchWithExtension>>,
  reload: boolean,
) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const stop = await recordExtensionWork(browser.context, page, browser.extensionId);
  if (reload) await page.reload();
  else await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __claimlightPainted?: number }).__claimlightPainted,
    null,
    {
      timeout: 15_000,
    },
  );
  await page.waitForTimeout(300); // let the script finish what follows the first paint
  const { start, painted } = await page.evaluate(() => ({
    start: performance.getEntriesByName('claimlight:start')[0]?.startTime ?? NaN,
    painted: (window as unknown as { __claimlightPainted: number }).__claimlightPainted,
  }));
  const slices = await stop();
  return {
    paintMs: Math.round(painted - start),
    scriptMs: Math.round(slices.reduce((sum, s) => sum + s.ms, 0) * 10) / 10,
    longestMs: Math.round(Math.max(0, ...slices.map((s) => s.ms)) * 10) / 10,
  };
}

async function main() {
  // Two different articles: the second is analysed fresh by an already running background.
  const server = await startPageServer({
    '/article': generatedArticle(WORDS, 7),
    '/another': generatedArticle(WORDS, 11),
    '/after-idle': generatedArticle(WORDS, 13),
  });
  const browser = await launchWithExtension();
  await browser.context.addInitScript(WATCH_PAINT);
  try {
    const url = `${server.origin}/article`;
    const cold = await visit(url, browser, false);
    const fresh = await visit(`${server.origin}/another`, browser, false);
    const warm = await visit(`${server.origin}/another`, browser, true);
    // Chromium stops an extension's service worker after 30 s without events; the next
    // article then waits for it to start again (and load the analyzer) before analysis.
    const cdp = await browser.context.newCDPSession(browser.context.pages()[0]!);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const restarted = await visit(`${server.origin}/after-idle`, browser, false);
    const bundleKb =
      Math.round(statSync(`${CHROME_BUILD}/content-scripts/article.js`).size / 102.4) / 10;
    const say = (what: string, v: typeof cold) =>
      console.log(
        `${what}: first highlight after ${v.paintMs} ms; the script's own work ${v.scriptMs} ms`,
      );
    say('first article after the browser started', cold);
    say('a new article', fresh);
    say('the same article reloaded (analysis cached)', warm);
    say('a new article after the background was stopped', restarted);
    console.log(
      JSON.stringify({
        bench: 'content',
        words: WORDS,
        paintMs: fresh.paintMs,
        scriptMs: fresh.scriptMs,
        longestTaskMs: Math.max(
          cold.longestMs,
          fresh.longestMs,
          warm.longestMs,
          restarted.longestMs,
        ),
        coldPaintMs: cold.paintMs,
        coldScriptMs: cold.scriptMs,
        cachedPaintMs: warm.paintMs,
        afterIdlePaintMs: restarted.paintMs,
        bundleKb,
      }),
    );
  } finally {
    await browser.context.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:content failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
