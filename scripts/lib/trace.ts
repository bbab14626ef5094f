import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    data?: {
      url?: string;
    };
  };
}

/** One stretch of JavaScript on the main thread that ran the extension's code. */
export interface ExtensionSlice {
  /** EvaluateScript, FunctionCall or RunMicrotasks. */
  name: string;
  startMs: number;
  /** Wall-clock time, from its start to its end. */
  ms: number;
  /**
   * The time the thread actually ran in it. Less than `ms` when the system gave the CPU to
   * other processes meanwhile (on a 2-core machine while the browser starts, half the time).
   */
  cpuMs: number;
}

/**
 * Where a renderer's main thread enters JavaScript: evaluating a script, calling a function
 * (a timer, an event or message listener) or running queued promise continuations.
 */
const JS_ENTRY = /^(?:EvaluateScript|FunctionCall|RunMicrotasks)$/;

/**
 * Records the DevTools timeline of a tab and returns each stretch of JavaScript on its main
 * thread that ran Claimlight's own code: the script's evaluation and the calls of its timers
 * and listeners (their URL is the extension's origin), and every run of promise continuations
 * (after a message comes back, after storage answers), which name no script: they are much of
 * the work. Counting every such run as ours assumes the page runs no promise code of its own,
 * which holds for the benchmark's generated article (nothing in it awaits anything, and the
 * benchmark hears of the first highlight through a CDP binding, not by polling the page).
 * Performance observers in the page cannot do this: long-task entries never name content
 * scripts. (V8's sampling profiler could tell whose code a run is, but on two cores it slowed
 * the extension's worker enough to move paint times by 80 ms.)
 */
export async function recordExtensionWork(
  context: BrowserContext,
  page: Page,
  extensionId: string,
) {
  const session = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'v8.execute',
        'disabled-by-default-devtools.timeline',
      ],
    },
  });
  return async function stop(): Promise<ExtensionSlice[]> {
    const complete = new Promise<void>((resolve) =>
      session.once('Tracing.tracingComplete', () => resolve()),
    );
    await session.send('Tracing.end');
    await complete;
    await session.detach().catch(() => undefined);
    return extensionWork(events, `chrome-extension://${extensionId}/`);
  };
}

function extensionWork(events: TraceEvent[], origin: string): ExtensionSlice[] {
  const named = events.filter(
    (e) => e.ph === 'X' && e.dur !== undefined && (e.args?.data?.url ?? '').startsWith(origin),
  );
  if (named.length === 0) return [];
  const { pid, tid } = named[0]!;
  const entries = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === pid &&
        e.tid === tid &&
        e.dur !== undefined &&
        JS_ENTRY.test(e.name),
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const slices: ExtensionSlice[] = [];
  let end = -Infinity;
  for (const entry of entries) {
    // Nested entries (a listener called from inside a microtask) count in the outermost.
    if (entry.ts + entry.dur! <= end) continue;
    end = entry.ts + entry.dur!;
    const ours =
      entry.name === 'RunMicrotasks' ||
      named.some((e) => e.tid === tid && e.ts >= entry.ts && e.ts <= end);
    if (!ours) continue;
    slices.push({
      name: entry.name,
      startMs: entry.ts / 1000,
      ms: entry.dur! / 1000,
      cpuMs: (entry.tdur ?? 0) / 1000,
    });
  }
  return slices;
}
