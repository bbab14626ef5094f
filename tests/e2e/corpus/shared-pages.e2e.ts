import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusHarness, extensionErrors, withoutQuery, type Observation } from './harness';
import type { ServedPage } from './server';

/**
 * Page safety on real saved news pages (../shared/pages, not part of this repository):
 * each is visited with and without Claimlight with the same steps, and the two runs must
 * match in everything the page or reader can notice. Requests to anywhere but the local
 * server are aborted in both runs (this machine has no internet, and pages must not need it).
 */
const DIR = resolve('../shared/pages');
const FILES = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((f) => f.endsWith('.html'))
      .sort()
  : [];
if (!FILES.length) {
  console.warn(
    `corpus: skipping the shared news pages, ${DIR} is absent (see ../shared/README.md)`,
  );
}

let harness: CorpusHarness;
const results: Record<string, { plain: Observation; ext: Observation }> = {};

describe.skipIf(!FILES.length)('shared news pages', () => {
  beforeAll(async () => {
    const routes = new Map<string, ServedPage>(
      FILES.map((f) => [`/shared/${f}`, { html: readFileSync(resolve(DIR, f), 'utf8') }]),
    );
    harness = await CorpusHarness.start(routes);
  }, 60_000);

  afterAll(async () => {
    console.table(
      Object.entries(results).map(([name, { plain, ext }]) => ({
        name,
        labelled: ext.stored,
        plainErrors: plain.errors.length,
        extensionMaxMs: Math.max(0, ...ext.extensionWork.map((w) => w.ms)),
        extensionTotalMs: Math.round(ext.extensionWork.reduce((a, w) => a + w.ms, 0)),
        extensionMaxWallMs: Math.max(0, ...ext.extensionWork.map((w) => w.wallMs)),
      })),
    );
    await harness?.close();
  });

  it.each(FILES)('%s', async (file) => {
    const run = await harness.visit(`/shared/${file}`);
    results[file] = run;
    const { plain, ext } = run;

    expect(extensionErrors(plain, ext, harness.extension.extensionId)).toEqual([]);
    expect(ext.csp).toEqual(plain.csp);
    const plainForeign = new Set(plain.foreign.map(withoutQuery));
    expect(ext.foreign.filter((url) => !plainForeign.has(withoutQuery(url)))).toEqual([]);
    expect(new Set(ext.served)).toEqual(new Set(plain.served));
    expect(ext.dom).toBe(plain.dom);
    expect(ext.layout).toEqual(plain.layout);
    // Real pages shift by timing (late ads, fonts); what counts is that nothing of ours moved
    // anything and the extension run shifted no more than the plain one. A plain run that
    // happened to shift less (a busy machine changes the timing) is observed once more.
    expect(ext.shiftSources.filter((tag) => tag.startsWith('claimlight-'))).toEqual([]);
    const pageShift =
      ext.shift <= plain.shift + 0.005
        ? plain.shift
        : Math.max(plain.shift, await harness.plainShift(`/shared/${file}`));
    expect(ext.shift).toBeLessThanOrEqual(pageShift + 0.005);
    expect(ext.extensionWork.filter((w) => w.ms > 50)).toEqual([]);
    // A page may hide all its text until scripts it cannot load run (seattletimes-1 does):
    // then there is nothing to select, in either browser. Otherwise labelling must work.
    expect(ext.passage).toBe(plain.passage);
    if (ext.passage) expect(ext.stored).toBe(1);
  });
});
