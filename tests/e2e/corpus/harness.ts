import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHROMIUM_FLAGS,
  CHROME_BUILD,
  chromiumPath,
  freshProfile,
  type ExtensionBrowser,
} from '../../../scripts/lib/chromium';
import { readStoredAnnotations } from '../../../scripts/lib/stored';
import { normalizeUrl } from '../../../utils/url/normalize-url';
import {
  PROBE_SCRIPT,
  collectErrors,
  readProbe,
  selectPassage,
  snapshot,
  traceExtensionWork,
  type ExtensionWork,
} from './probe';
import { serveCorpus, type ServedPage } from './server';
import type { StressPage } from './stress-pages';

/** What one browser saw of one page, after the same steps. */
export interface Observation {
  errors: string[];
  /** Requests to anywhere but the corpus server (all aborted). */
  foreign: string[];
  /** Paths the corpus server was asked for. */
  served: string[];
  dom: string;
  layout: string[];
  shift: number;
  /** Tags of the elements that moved in layout shifts. */
  shiftSources: string[];
  longTasks: { start: number; duration: number }[];
  csp: string[];
  observed: unknown;
  /** The passage selected (and, with the extension, labelled), or null. */
  passage: string | null;
  /** Annotations stored for the page by the end (extension run only). */
  stored: number;
  /** The extension's script work on the page's main thread, piece by piece (extension run only). */
  extensionWork: ExtensionWork[];
}

interface Side {
  context: BrowserContext;
  page: Page;
  errors: { take(): string[] };
  foreign: string[];
}

const SEEDED_RANDOM = `(() => {
  let state = 20260601;
  Math.random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
})();`;

const FLAGS = [
  ...CHROMIUM_FLAGS,
  // Every host but the local server fails to resolve at once: pages load as they would
  // offline, in both browsers, without routing each request through the test.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
/**
 * One browser with Claimlight and one plain browser (same Chromium, same flags), one tab
 * each, reused for every page: each page is visited in both with the same steps, so any
 * difference is the extension's doing.
 */
export class CorpusHarness {
  private constructor(
    readonly server: Awaited<ReturnType<typeof serveCorpus>>,
    readonly extension: ExtensionBrowser,
    private readonly plainContext: BrowserContext,
    private readonly plainProfile: string,
    private readonly withExt: Side,
    private readonly plain: Side,
  ) {}

  static async start(routes: Map<string, ServedPage>): Promise<CorpusHarness> {
    const server = await serveCorpus(routes);
    const extension = await launchSide(builtExtension() ?? CHROME_BUILD);
    const { context: plainContext, userDataDir: plainProfile } = await launchSide();
    const side = async (context: BrowserContext): Promise<Side> => {
      const foreign: string[] = [];
      await context.addInitScript(PROBE_SCRIPT);
      // Pages write timestamps and random ids into their DOM; the same clock and the same
      // random sequence in both browsers keep the two runs comparable. Page world only:
      // the content script runs in its own world and is untouched.
      await context.clock.setFixedTime(new Date('2026-06-01T12:00:00Z'));
      await context.addInitScript(SEEDED_RANDOM);
      context.on('request', (request) => {
        const url = request.url();
        if (/^https?:/.test(url) && !url.startsWith(server.origin)) foreign.push(url);
      });
      // A new tab: the persistent context's first tab reports no long tasks at all.
      const page = await context.newPage();
      return { context, page, foreign, errors: await collectErrors(context, page) };
    };
    return new CorpusHarness(
      server,
      extension,
      plainContext,
      plainProfile,
      await side(extension.context),
      await side(plainContext),
    );
  }

  async close(): Promise<void> {
    await this.extension.context.close().catch(() => undefined);
    await this.plainContext.close().catch(() => undefined);
    await this.server.close();
    rmSync(this.extension.userDataDir, { recursive: true, force: true });
    rmSync(this.plainProfile, { recursive: true, force: true });
  }

  /** Visits a page in both browsers: load, select (and label), the page's own steps, reload. */
  async visit(
    path: string,
    spec: Partial<StressPage> = {},
  ): Promise<{ plain: Observation; ext: Observation }> {
    const plain = await this.observe(await fresh(this.plain), path, spec, false);
    const ext = await this.observe(await fresh(this.withExt), path, spec, true);
    return { plain, ext };
  }

  /** The layout shift of the page without the extension, observed once more. */
  async plainShift(path: string, spec: Partial<StressPage> = {}): Promise<number> {
    return (await this.observe(await fresh(this.plain), path, spec, false)).shift;
  }

  private async storedFor(url: string): Promise<number> {
    const all = await readStoredAnnotations(this.extension.worker);
    return all.filter((a) => a.url === normalizeUrl(url)).length;
  }

  private async observe(
    side: Side,
    path: string,
    spec: Partial<StressPage>,
    withExtension: boolean,
  ): Promise<Observation> {
    const { page } = side;
    const url = this.server.origin + path;
    const started = Date.now();
    const phase = (what: string) => {
      if (process.env.CORPUS_DEBUG)
        console.log(`${path} ${withExtension ? 'ext' : 'plain'} ${what} ${Date.now() - started}ms`);
    };
    side.errors.take();
    side.foreign.splice(0);
    const servedFrom = this.server.requests.length;
    const trace = withExtension
      ? await traceExtensionWork(side.context, page, this.extension.extensionId)
      : undefined;
    await page.goto(url, { waitUntil: 'load' });
    phase('loaded');
    await settle(page, withExtension);
    phase('settled');

    const before = withExtension ? await this.storedFor(url) : 0;
    const passage = await selectPassage(page, spec.selectByBox);
    if (passage && withExtension) {
      await page
        .locator('claimlight-toolbar')
        .waitFor({ state: 'visible', timeout: 3000 })
        .catch(() => undefined);
      await page.keyboard.press('s');
      const deadline = Date.now() + 4000;
      while ((await this.storedFor(url)) === before && Date.now() < deadline) {
        await page.waitForTimeout(100);
      }
    } else {
      await page.waitForTimeout(400);
    }
    await spec.afterLabel?.(page);
    const firstLoad = await readProbe(page);
    phase('labelled');

    await page.reload({ waitUntil: 'load' });
    phase('reloaded');
    await settle(page, withExtension);
    const observed = await spec.observe?.(page);
    const probe = await readProbe(page);
    const shot = await snapshot(page);
    phase('snapshot');
    const extensionWork = (await trace?.stop()) ?? [];
    phase('traced');
    return {
      extensionWork,
      errors: side.errors.take(),
      foreign: [...side.foreign],
      served: this.server.requests.slice(servedFrom),
      ...shot,
      shift: [...firstLoad.shifts, ...probe.shifts].reduce((a, b) => a + b, 0),
      shiftSources: [...firstLoad.shiftSources, ...probe.shiftSources],
      longTasks: [...firstLoad.longTasks, ...probe.longTasks],
      csp: [...firstLoad.csp, ...probe.csp],
      observed,
      passage,
      stored: withExtension ? await this.storedFor(url) : 0,
    };
  }
}

/**
 * One side of the comparison: a fresh persistent profile with the same flags either way
 * (so browser-level behaviour such as fetching a page's web app manifest matches), and
 * the extension loaded only when a path is given.
 */
async function launchSide(extensionPath?: string): Promise<ExtensionBrowser> {
  if (extensionPath && !existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run "npm run build" first.`);
  }
  const userDataDir = freshProfile();
  const extensionFlags = extensionPath
    ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`]
    : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [...extensionFlags, ...FLAGS],
  });
  if (!extensionPath) return { context, userDataDir, extensionId: '', worker: undefined as never };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, userDataDir, extensionId: new URL(worker.url()).host, worker };
}

/** The side's tab, replaced by a new one if a page crashed it (so one page cannot sink the rest). */
async function fresh(side: Side): Promise<Side> {
  const alive = await side.page.evaluate(() => true).catch(() => false);
  if (alive) return side;
  await side.page.close().catch(() => undefined);
  side.page = await side.context.newPage();
  side.errors = await collectErrors(side.context, side.page);
  return side;
}

/** Lets the page (and the content script, which runs at document_idle) finish its work. */
async function settle(page: Page, withExtension: boolean): Promise<void> {
  if (withExtension) {
    // The painter registers its names when the content script starts.
    await page
      .waitForFunction(
        () => {
          try {
            return CSS.highlights.has('claimlight-note');
          } catch {
            return true; // a page that replaced CSS.highlights in its own world
          }
        },
        undefined,
        { timeout: 5000 },
      )
      .catch(() => undefined);
  }
  await page.waitForTimeout(600);
}

/**
 * The built extension to load: .output/chrome-mv3, or a copy named by CLAIMLIGHT_EXTENSION
 * (a stable snapshot while other work rebuilds .output in the same checkout).
 */
export const builtExtension = () => process.env.CLAIMLIGHT_EXTENSION || undefined;

/** A foreign request without its query (pages add cache-busting timestamps). */
export const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');

/** Errors seen with the extension and not without it, or naming the extension. */
export function extensionErrors(plain: Observation, ext: Observation, extensionId: string) {
  const baseline = new Set(plain.errors);
  return ext.errors.filter((e) => !baseline.has(e) || e.includes(extensionId));
}
