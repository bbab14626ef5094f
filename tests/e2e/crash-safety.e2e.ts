import { rmSync } from 'node:fs';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { readStoredAnnotations } from '../../scripts/lib/stored';
import { startPageServer, type PageServer } from '../../scripts/lib/static-server';
import type { Annotation } from '../../utils/db/types';
import { AnnotationSchema } from '../../utils/export/schema';
import { ferryAnnotation } from '../fixtures/safety/annotations';
import { killBrowserHard, writeInFlight } from './corpus/hard-kill';
import { dumpWorkerDb, seedWorkerDb, waitForSchema } from './corpus/worker-db';
import { openExtensionPage } from './support';

/**
 * Crash safety: Chromium is killed with SIGKILL (no unload, no flush) in the middle of a
 * large import and in the middle of a burst of edits, then restarted on the same profile.
 * The database must be consistent: each operation entirely applied or not at all.
 */
const profiles: string[] = [];
const t0 = Date.now();
const mark = (what: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1)}s ${what}`);
let browser: ExtensionBrowser | undefined;

const launch = async (userDataDir?: string) => {
  browser = await launchWithExtension({
    userDataDir,
    extensionPath: process.env.CLAIMLIGHT_EXTENSION || undefined,
  });
  profiles.push(browser.userDataDir);
  return browser;
};

/** Seed data a reader already has: 30 annotations over 3 pages. */
function seedRows(): Annotation[] {
  return Array.from({ length: 30 }, (_, i) =>
    ferryAnnotation({
      id: `seed-${String(i).padStart(3, '0')}`,
      url: `https://coast-courier.example/2026/story-${i % 3}`,
      note: `seed note ${i}`,
    }),
  );
}

/** A valid export of `count` new annotations (about 600 bytes each). */
function bigExport(count: number): string {
  const annotations = Array.from({ length: count }, (_, i) =>
    ferryAnnotation({
      id: `import-${String(i).padStart(6, '0')}`,
      url: `https://harbour-gazette.example/archive/${i % 500}`,
      site: 'harbour-gazette.example',
      note: `imported note ${i}`,
    }),
  );
  return JSON.stringify({
    format: 'claimlight',
    version: 1,
    exportedAt: '2026-02-01T00:00:00.000Z',
    annotations,
  });
}

/** The annotations a dump's page records hold, in page order. */
function annotationsIn(dump: string): Annotation[] {
  const { pages } = JSON.parse(dump) as { pages: { annotations: Annotation[] }[] };
  return pages.flatMap((p) => p.annotations);
}

/** Every stored annotation is a whole, valid record, held by the record of its own page. */
function expectConsistent(dump: string) {
  const { pages } = JSON.parse(dump) as { pages: { url: string; annotations: Annotation[] }[] };
  for (const page of pages) {
    for (const a of page.annotations) {
      expect(v.safeParse(AnnotationSchema, a).issues).toBeUndefined();
      expect(a.url).toBe(page.url);
    }
  }
  return annotationsIn(dump);
}

let server: PageServer | undefined;

/** Visits a page so the content script asks the background, which then creates its database. */
async function wake(b: ExtensionBrowser) {
  server ??= await startPageServer({ '/': '<p>Harbour news</p>' });
  const tab = await b.context.newPage();
  await tab.goto(server.origin);
  await waitForSchema(b.worker);
  await tab.close();
}

afterAll(async () => {
  await browser?.context.close().catch(() => undefined);
  // Closing waits for Chromium's keep-alive connections, hence once, at the end.
  await server?.close();
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

describe('crash safety', () => {
  it('keeps all or none of a large import when the browser is killed or closed during it', async () => {
    const IMPORTED = 15_000;
    const file = Buffer.from(bigExport(IMPORTED));
    const outcomes: string[] = [];
    let killedMidWrite = 0;
    for (let round = 0; round < 2; round++) {
      mark('launch');
      const b = await launch();
      mark('launched');
      await wake(b);
      const seed = seedRows();
      await seedWorkerDb(b.worker, seed);
      const before = await dumpWorkerDb(b.worker);

      const review = await openExtensionPage(b, 'review.html');
      await review.locator('.review-annotation').first().waitFor();
      mark('review open');
      await review
        .getByLabel('Import file')
        .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: file });
      // Wait until the import's write transaction holds the store, then pull the plug.
      const deadline = Date.now() + 20_000;
      let midWrite = false;
      while (Date.now() < deadline) {
        if (await writeInFlight(b.worker).catch(() => false)) {
          midWrite = true;
          break;
        }
      }
      // Round 0 pulls the plug (SIGKILL); round 1 closes the browser the ordinary way, which
      // tears the extension's pages down with the transaction still open.
      mark(`${round === 0 ? 'kill' : 'close'} (mid-write ${midWrite})`);
      if (round === 0) killBrowserHard(b.userDataDir);
      await b.context.close().catch(() => undefined);
      mark('closed');
      if (midWrite) killedMidWrite++;

      const after = await launch(b.userDataDir);
      mark('relaunched');
      const dump = await dumpWorkerDb(after.worker);
      const stored = expectConsistent(dump);
      const seedIds = new Set(seed.map((a) => a.id));
      const imported = stored.filter((a) => !seedIds.has(a.id)).length;
      outcomes.push(imported === 0 ? 'none' : imported === IMPORTED ? 'all' : `${imported}`);
      expect([0, IMPORTED]).toContain(imported);
      // The reader's own data is untouched either way.
      const kept = stored.filter((a) => seedIds.has(a.id));
      expect(JSON.stringify(kept)).toBe(JSON.stringify(annotationsIn(before)));
      await after.context.close();
    }
    console.log(`import crash rounds: ${outcomes.join(', ')}; killed mid-write ${killedMidWrite}`);
    expect(killedMidWrite).toBeGreaterThan(0);
  }, 180_000);

  it('keeps every record whole when the browser is killed during rapid edits', async () => {
    const b = await launch();
    await wake(b);
    const seed = seedRows();
    await seedWorkerDb(b.worker, seed);

    const review = await openExtensionPage(b, 'review.html');
    const selects = review.locator('.review-annotation').getByLabel('Label');
    // The review page may show only the first few; edit the ones it shows.
    await expect.poll(() => selects.count()).toBeGreaterThan(0);
    const shown = await selects.count();
    mark('edits start');
    // Relabel as fast as the page takes it, round and round, and kill mid-burst.
    const labels = ['reported', 'note', 'speculation'] as const;
    let edits = 0;
    const burst = (async () => {
      for (let i = 0; ; i++) {
        await selects.nth(i % shown).selectOption(labels[i % 3]!, { timeout: 2000 });
        edits++;
      }
    })().catch(() => undefined);
    await review.waitForTimeout(1500);
    mark('kill during edits');
    killBrowserHard(b.userDataDir);
    // A killed page can leave Playwright's last action pending; do not wait on it for long.
    await Promise.race([burst, new Promise((resolve) => setTimeout(resolve, 3000))]);
    await b.context.close().catch(() => undefined);
    mark('closed');

    const after = await launch(b.userDataDir);
    mark('relaunched');
    const stored = expectConsistent(await dumpWorkerDb(after.worker));
    const changed = stored.filter((a) => a.label !== seed.find((s) => s.id === a.id)!.label).length;
    console.log(`rapid edits before the kill: ${edits}; records relabelled on disk: ${changed}`);
    expect(edits).toBeGreaterThan(5);
    expect(stored.map((a) => a.id).sort()).toEqual(seed.map((a) => a.id).sort());
    for (const a of stored) {
      const original = seed.find((s) => s.id === a.id)!;
      // Only the label and updatedAt may have changed, and they change together.
      expect({ ...a, label: original.label, updatedAt: original.updatedAt }).toEqual(original);
      if (a.label !== original.label) expect(a.updatedAt > original.updatedAt).toBe(true);
    }
    expect((await readStoredAnnotations(after.worker)).length).toBe(seed.length);
    await after.context.close();
  }, 120_000);
});
