import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

/** One main-thread task in which the extension's code ran. */
export interface ExtensionSlice {
  /** What the task did first (EvaluateScript, FunctionCall, RunMicrotasks, …). */
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
 * Records the DevTools timeline of a tab, with V8's sampling profiler, and returns each
 * stretch of JavaScript on the tab's main thread that ran Claimlight's own code. A stretch
 * counts when it evaluates or calls the content script (its URL is the extension's origin)
 * or when a profiler sample inside it has the extension's code on the stack: promise
 * continuations (after a message comes back, after storage answers) run as microtasks that
 * name no script, and they are much of the work. The profiler costs a little itself, so the
 * figures err on the high side. Performance observers in the page cannot do this: long-task
 * entries never name content scripts.
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
        'disabled-by-default-v8.cpu_profiler',
      ],
    },
  });
  // Starting the profiler interrupts the page's JavaScript once to list all compiled code
  // (tens of ms in a tab that has shown several pages): let that land in a call of ours.
  await page.evaluate(() => 0).catch(() => undefined);
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
  const sampled = sampleTimes(events, pid, tid, origin);
  const slices: ExtensionSlice[] = [];
  let end = -Infinity;
  for (const entry of entries) {
    // Nested entries (a listener called from inside a microtask) count in the outermost.
    if (entry.ts + entry.dur! <= end) continue;
    end = entry.ts + entry.dur!;
    const within = (ts: number) => ts >= entry.ts && ts <= end;
    const ours =
      named.some((e) => e.tid === tid && within(e.ts)) || sampled.some((ts) => within(ts));
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

/** Trace times of the profiler's samples on that thread with the extension's code on the stack. */
function sampleTimes(events: TraceEvent[], pid: number, tid: number, origin: string): number[] {
  type Profile = { start: number; nodes: Map<number, ProfileNode>; ours: Map<number, boolean> };
  const profiles = new Map<string, Profile>();
  for (const e of events)
    if (e.name === 'Profile' && e.pid === pid && e.tid === tid && e.id)
      profiles.set(e.id, {
        start: e.args?.data?.startTime ?? e.ts,
        nodes: new Map(),
        ours: new Map(),
      });
  const times: number[] = [];
  for (const e of events) {
    const profile = e.name === 'ProfileChunk' && e.id ? profiles.get(e.id) : undefined;
    if (!profile) continue;
    for (const node of e.args?.data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const isOurs = (id: number | undefined): boolean => {
      if (id === undefined) return false;
      const known = profile.ours.get(id);
      if (known !== undefined) return known;
      const node = profile.nodes.get(id);
      const result =
        !!node && ((node.callFrame.url ?? '').startsWith(origin) || isOurs(node.parent));
      profile.ours.set(id, result);
      return result;
    };
    const samples = e.args?.data?.cpuProfile?.samples ?? [];
    const deltas = e.args?.data?.timeDeltas ?? [];
    samples.forEach((sample, i) => {
      profile.start += deltas[i] ?? 0;
      if (isOurs(sample)) times.push(profile.start);
    });
  }
  return times;
}
