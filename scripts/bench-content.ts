/**
 * `npm run bench:content`: the content script's cost on a 2,000-word article in real
 * Chromium — time from the script's start to the first automatic highlight on a new article
 * (also on the first article the moment a brand-new profile starts, on the first the moment
 * the browser starts again with the extension installed, on one after the background was
 * stopped as Chromium stops an idle extension worker, and on a reload whose analysis is
 * cached), the main-thread time its own code took (wall-clock `scriptMs`, and `scriptCpuMs`,
 * the part its thread actually ran: while a browser starts on two cores the system often runs
 * something else in the middle of a task), its longest single stretch (wall-clock: what the
 * reader waits), and the size of its bundle. Its code's time counts wherever it runs: the
 * script's evaluation, its timers and listeners, and the promise continuations after storage
 * or the background answers (see scripts/lib/trace.ts). Prints one JSON line last.
 */
import { statSync } from 'node:fs';
import { CHROME_BUILD, freshProfile, launchWithExtension } from './lib/chromium';
import { generatedArticle } from './lib/generated-article';
import { startPageServer } from './lib/static-server';
import { recordExtensionWork } from './lib/trace';

const WORDS = 2000;

/** The CDP binding the page calls once the first claim highlight is painted. */
const PAINTED = '__claimlightPaintedBinding';

/**
 * Runs in the page before its scripts: notes when the first claim highlight appears, and
 * says so through the binding (the page itself then runs no promise code: see trace.ts).
 */
const WATCH_PAINT = `(() => {
  const check = () => {
    if ((CSS.highlights.get('claimlight-claim')?.size ?? 0) > 0) {
      window.__claimlightPainted = performance.now();
      window.${PAINTED}?.('');
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

async function visit(
  url: string,
  browser: Awaited<ReturnType<typeof launchWithExtension>>,
  reload: boolean,
) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: PAINTED });
  const painted = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no highlight within 15 s')), 15_000);
    cdp.on('Runtime.bindingCalled', ({ name }) => {
      if (name !== PAINTED) return;
      clearTimeout(timer);
      resolve();
    });
  });
  const stop = await recordExtensionWork(browser.context, page, browser.extensionId);
  if (reload) await page.reload();
  else await page.goto(url);
  await painted;
  // Let the script finish what follows the first paint (Node's timer: nothing runs in the page).
  await new Promise((resolve) => setTimeout(resolve, 300));
  const slices = await stop();
  await cdp.detach().catch(() => undefined);
  const times = await page.evaluate(() => ({
    start: performance.getEntriesByName('claimlight:start')[0]?.startTime ?? NaN,
    painted: (window as unknown as { __claimlightPainted: number }).__claimlightPainted,
  }));
  const tenths = (ms: number) => Math.round(ms * 10) / 10;
  return {
    paintMs: Math.round(times.painted - times.start),
    scriptMs: tenths(slices.reduce((sum, s) => sum + s.ms, 0)),
    scriptCpuMs: tenths(slices.reduce((sum, s) => sum + s.cpuMs, 0)),
    longestMs: tenths(Math.max(0, ...slices.map((s) => s.ms))),
  };
}

type Visit = Awaited<ReturnType<typeof visit>>;

/** The median of each figure over several visits (the longest task: the longest of all). */
function medianVisit(visits: Visit[]): Visit {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  return {
    paintMs: median(visits.map((v) => v.paintMs)),
    scriptMs: median(visits.map((v) => v.scriptMs)),
    scriptCpuMs: median(visits.map((v) => v.scriptCpuMs)),
    longestMs: Math.max(...visits.map((v) => v.longestMs)),
  };
}

async function main() {
  // Different articles, each analysed fresh: the first by a background that has just
  // started with the browser, then three by a running one, then three after it was stopped.
  const server = await startPageServer({
    '/article': generatedArticle(WORDS, 7),
    ...Object.fromEntries(
      [11, 12, 14].map((seed) => [`/new-${seed}`, generatedArticle(WORDS, seed)]),
    ),
    ...Object.fromEntries(
      [13, 15, 16].map((seed) => [`/idle-${seed}`, generatedArticle(WORDS, seed)]),
    ),
    '/after-restart': generatedArticle(WORDS, 17),
  });
  const profile = freshProfile();
  const browser = await launchWithExtension({ userDataDir: profile });
  await browser.context.addInitScript(WATCH_PAINT);
  let restartBrowser: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
  try {
    const url = `${server.origin}/article`;
    const cold = await visit(url, browser, false);
    // Medians of three: one visit on a busy 2-core machine says little.
    const fresh = medianVisit([
      await visit(`${server.origin}/new-11`, browser, false),
      await visit(`${server.origin}/new-12`, browser, false),
      await visit(`${server.origin}/new-14`, browser, false),
    ]);
    const warm = await visit(`${server.origin}/new-14`, browser, true);
    // Chromium stops an extension's service worker after 30 s without events; the next
    // article then waits for it to start again (and load the analyzer) before analysis.
    const afterIdle = [];
    for (const seed of [13, 15, 16]) {
      const cdp = await browser.context.newCDPSession(browser.context.pages()[0]!);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      afterIdle.push(await visit(`${server.origin}/idle-${seed}`, browser, false));
    }
    const restarted = medianVisit(afterIdle);
    // The reader's everyday case: the browser starts again (the extension long installed)
    // and the first article opens at once.
    await browser.context.close();
    restartBrowser = await launchWithExtension({ userDataDir: profile });
    await restartBrowser.context.addInitScript(WATCH_PAINT);
    const afterRestart = await visit(`${server.origin}/after-restart`, restartBrowser, false);
    const bundleKb =
      Math.round(statSync(`${CHROME_BUILD}/content-scripts/article.js`).size / 102.4) / 10;
    const say = (what: string, v: typeof cold) =>
      console.log(
        `${what}: first highlight after ${v.paintMs} ms; the script's own work ${v.scriptMs} ms ` +
          `(its thread ran ${v.scriptCpuMs} ms of it)`,
      );
    say('first article the moment a brand-new profile starts', cold);
    say('first article the moment the browser starts again', afterRestart);
    say('a new article (median of 3)', fresh);
    say('the same article reloaded (analysis cached)', warm);
    say('a new article after the background was stopped (median of 3)', restarted);
    console.log(
      JSON.stringify({
        bench: 'content',
        words: WORDS,
        paintMs: fresh.paintMs,
        scriptMs: fresh.scriptMs,
        scriptCpuMs: fresh.scriptCpuMs,
        longestTaskMs: Math.max(
          cold.longestMs,
          fresh.longestMs,
          warm.longestMs,
          restarted.longestMs,
          afterRestart.longestMs,
        ),
        coldPaintMs: cold.paintMs,
        coldScriptMs: cold.scriptMs,
        coldScriptCpuMs: cold.scriptCpuMs,
        cachedPaintMs: warm.paintMs,
        afterIdlePaintMs: restarted.paintMs,
        restartPaintMs: afterRestart.paintMs,
        restartScriptMs: afterRestart.scriptMs,
        restartScriptCpuMs: afterRestart.scriptCpuMs,
        bundleKb,
      }),
    );
  } finally {
    await browser.context.close().catch(() => undefined);
    await restartBrowser?.context.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:content failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
