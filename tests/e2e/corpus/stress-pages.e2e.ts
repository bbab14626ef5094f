import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusHarness, extensionErrors, type Observation } from './harness';
import { STRESS_CHILD_PAGES, stressPages } from './stress-pages';
import type { ServedPage } from './server';

/**
 * Page safety on generated stress pages: each is visited with and without Claimlight, with
 * the same steps (select and label a passage, the page's own steps, reload), and the two
 * runs must match in everything the page or reader can notice.
 */
const PAGES = stressPages();
const routes = new Map<string, ServedPage>(Object.entries(STRESS_CHILD_PAGES));
for (const page of PAGES) routes.set(`/stress/${page.name}`, page);

let harness: CorpusHarness;
const results: Record<string, { plain: Observation; ext: Observation }> = {};

beforeAll(async () => {
  harness = await CorpusHarness.start(routes);
}, 60_000);

afterAll(async () => {
  const summary = Object.entries(results).map(([name, { plain, ext }]) => ({
    name,
    labelled: ext.stored,
    tasksPlain: plain.longTasks.map((t) => t.duration).join(' '),
    tasksExt: ext.longTasks.map((t) => t.duration).join(' '),
    extensionMaxMs: Math.max(0, ...ext.extensionWork.map((w) => w.ms)),
    extensionTotalMs: Math.round(ext.extensionWork.reduce((a, w) => a + w.ms, 0)),
    extensionMaxWallMs: Math.max(0, ...ext.extensionWork.map((w) => w.wallMs)),
  }));
  console.table(summary);
  await harness?.close();
});

describe('stress pages', () => {
  it.each(PAGES.map((p) => [p.name, p] as const))('%s', async (name, spec) => {
    const run = await harness.visit(`/stress/${name}`, spec);
    results[name] = run;
    const { plain, ext } = run;

    expect(extensionErrors(plain, ext, harness.extension.extensionId)).toEqual([]);
    expect(ext.csp).toEqual(plain.csp);
    expect(ext.foreign).toEqual([]);
    expect([...ext.served].sort()).toEqual([...plain.served].sort());
    expect(ext.dom).toBe(plain.dom);
    expect(ext.layout).toEqual(plain.layout);
    expect(ext.shift).toBeCloseTo(plain.shift, 4);
    expect(ext.shiftSources).toEqual(plain.shiftSources);
    expect(ext.observed).toEqual(plain.observed);
    // No single piece of the extension's main-thread work may be a long task (over 50 ms).
    expect(ext.extensionWork.filter((w) => w.ms > 50)).toEqual([]);
    // The extension still did its job on every page: the passage was labelled and kept.
    expect(ext.passage).not.toBeNull();
    expect(ext.stored).toBe(1);
  });
});
