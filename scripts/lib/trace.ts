import type { BrowserContext, Page } from 'playwright-core';

interface TimelineEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** One piece of main-thread work that ran the extension's code. */
export interface ExtensionSlice {
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
 * Records the DevTools timeline of a tab and returns the main-thread slices that ran
 * Claimlight's own scripts (their URL is the extension's origin). Performance observers in
 * the page cannot do this: long-task entries never name content scripts.
 */
export async function recordExtensionWork(
  context: BrowserContext,
  page: Page,
  extensionId: string,
) {
  const session = await context.newCDPSession(page);
  const events: TimelineEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TimelineEvent[])),
  );
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline'] },
  });
  return async function stop(): Promise<ExtensionSlice[]> {
    const complete = new Promise<void>((resolve) =>
      session.once('Tracing.tracingComplete', () => resolve()),
    );
    await session.send('Tracing.end');
    await complete;
    await session.detach().catch(() => undefined);
    const origin = `chrome-extension://${extensionId}/`;
    const slices = events
      .filter((e) => e.ph === 'X' && (e.args?.data?.url ?? '').startsWith(origin))
      .map((e) => ({
        name: e.name,
        startMs: e.ts / 1000,
        ms: (e.dur ?? 0) / 1000,
        cpuMs: (e.tdur ?? 0) / 1000,
      }))
      .sort((a, b) => a.startMs - b.startMs || b.ms - a.ms);
    // Compilation is reported inside the evaluation that caused it: count outermost slices only.
    let end = -Infinity;
    return slices.filter((slice) => {
      if (slice.startMs + slice.ms <= end) return false;
      end = Math.max(end, slice.startMs + slice.ms);
      return true;
    });
  };
}
