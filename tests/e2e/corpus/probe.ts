import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Instruments a page for the corpus suite. The init script runs before any page script, in
 * the page's world, so a page that later replaces browser APIs cannot blind it.
 */
export const PROBE_SCRIPT = `(() => {
  const probe = { longTasks: [], shifts: [], shiftSources: [], csp: [] };
  Object.defineProperty(window, '__safetyProbe', { value: probe });
  const watch = (type, keep) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(keep)).observe({ type, buffered: true }); } catch {}
  };
  watch('longtask', (e) => probe.longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) }));
  watch('layout-shift', (e) => {
    probe.shifts.push(e.value);
    for (const s of e.sources || []) probe.shiftSources.push(s.node && s.node.nodeName ? s.node.nodeName.toLowerCase() : '?');
  });
  document.addEventListener('securitypolicyviolation', (e) => probe.csp.push(e.violatedDirective + ' ' + e.blockedURI), true);
})();`;

export interface ProbeReadings {
  longTasks: { start: number; duration: number }[];
  shifts: number[];
  shiftSources: string[];
  csp: string[];
}

/** The probe's readings for the current document (empty if a page replaced window.__safetyProbe). */
export function readProbe(page: Page): Promise<ProbeReadings> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __safetyProbe?: ProbeReadings }).__safetyProbe;
    return probe
      ? {
          longTasks: [...probe.longTasks],
          shifts: [...probe.shifts],
          shiftSources: [...probe.shiftSources],
          csp: [...probe.csp],
        }
      : { longTasks: [], shifts: [], shiftSources: [], csp: [] };
  });
}

/**
 * Every uncaught exception, console error and browser log error of a tab, from all of its
 * JavaScript worlds (the page's and the content script's), through the DevTools protocol.
 */
export async function collectErrors(context: BrowserContext, page: Page) {
  const session: CDPSession = await context.newCDPSession(page);
  const errors: string[] = [];
  session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const what = d.exception?.description ?? d.text;
    errors.push(
      `exception: ${what.split('\n')[0]} @ ${d.url ?? d.stackTrace?.callFrames[0]?.url ?? ''}`,
    );
  });
  session.on('Runtime.consoleAPICalled', (event) => {
    if (event.type !== 'error' && event.type !== 'assert') return;
    const text = event.args.map((a) => a.value ?? a.description ?? '').join(' ');
    errors.push(`console.${event.type}: ${text.split('\n')[0]}`);
  });
  session.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error') errors.push(`log ${entry.source}: ${entry.text.split('\n')[0]}`);
  });
  await session.send('Runtime.enable');
  await session.send('Log.enable');
  return {
    /** Errors since the last take, then forgets them. */
    take: () => errors.splice(0),
  };
}

/**
 * Drags the mouse across a phrase of ~6 words of the page's main text (#pick on stress
 * pages, else the first long paragraph) and returns it; null when the page has none.
 * With `byBox`, drags across #pick's box, measuring no Range (for pages that break Range).
 */
export async function selectPassage(page: Page, byBox = false): Promise<string | null> {
  const target = await page.evaluate((useBox) => {
    const pick = document.getElementById('pick');
    if (useBox && pick) {
      pick.scrollIntoView({ block: 'center' });
      const r = pick.getBoundingClientRect();
      return {
        text: pick.textContent ?? '',
        x1: r.left + 1,
        y: r.top + r.height / 2,
        x2: r.left + Math.min(r.width, 300),
        y2: r.top + r.height / 2,
      };
    }
    const candidates = pick ? [pick] : [...document.querySelectorAll('article p, main p, p')];
    for (const p of candidates) {
      for (const node of p.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const raw = node.textContent ?? '';
        const match = /\S+(\s+\S+){5}/.exec(raw);
        if (!match || raw.trim().length < 60) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        (p as HTMLElement).scrollIntoView({ block: 'center' });
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const first = rects[0];
        const last = rects[rects.length - 1];
        if (!first || !last || first.top < 0 || last.bottom > innerHeight) continue;
        const style = getComputedStyle(p);
        if (style.visibility !== 'visible' || style.userSelect === 'none') continue;
        if (!p.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        return {
          text: match[0],
          x1: first.left + 1,
          y: first.top + first.height / 2,
          x2: last.right - 1,
          y2: last.top + last.height / 2,
        };
      }
    }
    return null;
  }, byBox);
  if (!target) return null;
  await page.mouse.move(target.x1, target.y);
  await page.mouse.down();
  await page.mouse.move((target.x1 + target.x2) / 2, (target.y + target.y2) / 2, { steps: 3 });
  await page.mouse.move(target.x2, target.y2, { steps: 3 });
  await page.mouse.up();
  return target.text.replace(/\s+/g, ' ');
}

/**
 * The page as the reader gets it, without what Claimlight added: the markup (minus
 * `claimlight-*` elements) and every element's box, scrolled to the top.
 */
export function snapshot(page: Page): Promise<{ dom: string; layout: string[] }> {
  return page.evaluate(() => {
    const isOurs = (el: Element) => el.tagName.toLowerCase().startsWith('claimlight-');
    const copy = document.documentElement.cloneNode(true) as Element;
    copy.querySelectorAll('*').forEach((el) => isOurs(el) && el.remove());
    // From the top, so a scroll position restored on reload (timing-dependent) plays no part.
    window.scrollTo(0, 0);
    const layout: string[] = [];
    const all = document.body ? document.body.querySelectorAll('*') : [];
    for (let i = 0; i < all.length && layout.length < 5000; i++) {
      const el = all[i]!;
      if (isOurs(el)) continue;
      const r = el.getBoundingClientRect();
      layout.push(
        `${el.tagName}${el.id ? '#' + el.id : ''} ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`,
      );
    }
    return { dom: copy.outerHTML, layout };
  });
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  dur?: number;
  /** Thread (CPU) time: what the work cost, without time the OS gave other processes. */
  tdur?: number;
  tid: number;
  args?: {
    data?: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number };
  };
}

/** One piece of the extension's main-thread work: CPU time, and wall time (longer on a busy machine). */
export interface ExtensionWork {
  name: string;
  ms: number;
  wallMs: number;
}

/**
 * Records a DevTools timeline trace of one tab and, when stopped, returns the script work
 * the extension's own files did in it ("FunctionCall", "EvaluateScript", timers and events
 * whose script URL is chrome-extension://<id>/), in milliseconds of the main thread's CPU time
 * per piece: on a machine shared with other builds, wall time also counts waiting for a core. This attributes
 * main-thread time to the extension exactly, where PerformanceObserver cannot: long task
 * and long-animation-frame entries never name content scripts.
 */
export async function traceExtensionWork(context: BrowserContext, page: Page, extensionId: string) {
  const session = await context.newCDPSession(page);
  // Streamed and parsed once at the end (a script-heavy page's trace is tens of megabytes).
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    streamFormat: 'json',
    traceConfig: { includedCategories: ['devtools.timeline'] },
  });
  return {
    async stop(): Promise<ExtensionWork[]> {
      const complete = new Promise<string>((resolve) =>
        session.once('Tracing.tracingComplete', ({ stream }) => resolve(stream ?? '')),
      );
      await session.send('Tracing.end');
      const stream = await complete;
      const chunks: string[] = [];
      for (;;) {
        const { data, eof, base64Encoded } = await session.send('IO.read', {
          handle: stream,
          size: 8 * 1024 * 1024,
        });
        chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
        if (eof) break;
      }
      await session.send('IO.close', { handle: stream });
      const parsed = JSON.parse(chunks.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
      const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
      await session.detach().catch(() => undefined);
      const prefix = `chrome-extension://${extensionId}/`;
      return events
        .filter((e) => e.ph === 'X' && (e.args?.data?.url ?? '').startsWith(prefix))
        .map((e) => {
          const d = e.args?.data;
          const where = `${d?.functionName || '(anonymous)'} ${d?.url?.slice(prefix.length)}:${d?.lineNumber ?? '?'}:${d?.columnNumber ?? '?'}`;
          const ms = (us: number | undefined) => Math.round((us ?? 0) / 100) / 10;
          return { name: `${e.name} ${where}`, ms: ms(e.tdur ?? e.dur), wallMs: ms(e.dur) };
        });
    },
  };
}
