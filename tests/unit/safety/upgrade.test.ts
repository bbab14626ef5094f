import { afterEach, describe, expect, it } from 'vitest';
import {
  listAllAnnotations,
  listAnnotationsForUrl,
  updateAnnotation,
} from '@/utils/db/annotations';
import { ClaimlightDatabase } from '@/utils/db/database';
import { annotationsFingerprint, listNewest } from '@/utils/db/review-queries';
import type { Annotation } from '@/utils/db/types';
import v1 from '../../fixtures/safety/db-v1.json';
import v2 from '../../fixtures/safety/db-v2.json';
import v3 from '../../fixtures/safety/db-v3.json';
import { allStored, countStored } from '../db/stored';

/**
 * Upgrade harness: each fixture is a database as one released schema version wrote it,
 * recreated here with raw IndexedDB (no Dexie), then opened with today's ClaimlightDatabase.
 * Nothing may be lost or altered. Each shipped version has its fixture (keep the old ones: a
 * reader may jump versions); when a version ships, add its db-vN.json here.
 */
interface StoreFixture {
  keyPath: string;
  indexes: string[];
  rows: Record<string, unknown>[];
}
interface DatabaseFixture {
  dexieVersion: number;
  idbVersion: number;
  stores: Record<string, StoreFixture>;
}

const FIXTURES: [string, DatabaseFixture][] = [
  ['schema v1', v1 as DatabaseFixture],
  ['schema v2', v2 as DatabaseFixture],
  ['schema v3', v3 as DatabaseFixture],
];

/**
 * The stores and indexes today's schema keeps (v3 dropped the indexes no query read; v4 moved
 * annotations into their page's record and v5 dropped the annotations store).
 */
const CURRENT_INDEXES: Record<string, string[]> = {
  pages: ['changed', 'newest'],
  anchorStatus: ['url'],
};

/** Writes a fixture exactly as the old version laid it out on disk. */
function writeRaw(name: string, fixture: DatabaseFixture): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, fixture.idbVersion);
    open.onupgradeneeded = () => {
      const idb = open.result;
      for (const [storeName, store] of Object.entries(fixture.stores)) {
        const created = idb.createObjectStore(storeName, { keyPath: store.keyPath });
        for (const index of store.indexes) created.createIndex(index, index);
        for (const row of store.rows) created.add(row);
      }
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}

const opened: ClaimlightDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe.each(FIXTURES)('a database written by %s', (label, fixture) => {
  const name = `safety-upgrade-${label.replace(/\W+/g, '-')}`;
  const annotations = fixture.stores.annotations!.rows as unknown as Annotation[];
  const pages = fixture.stores.pages!.rows;

  it('opens in the current schema with every record intact', async () => {
    await writeRaw(name, fixture);
    const db = new ClaimlightDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(fixture.dexieVersion);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(CURRENT_INDEXES).sort());

    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(await allStored(db)).toEqual([...annotations].sort(byId));
    // Each page keeps its details and holds exactly its annotations; a page that had
    // annotations but no record gets one.
    const stored = await db.pages.toArray();
    for (const page of pages) {
      const {
        annotations: held,
        newest,
        changed,
        ...details
      } = stored.find((p) => p.url === page.url)!;
      expect(details).toEqual(page);
      expect(held.map((a) => a.id).sort()).toEqual(
        annotations
          .filter((a) => a.url === page.url)
          .map((a) => a.id)
          .sort(),
      );
      expect(newest).toBe(
        held
          .map((a) => a.createdAt)
          .sort()
          .at(-1) ?? '',
      );
      expect(typeof changed).toBe('number');
    }
    expect(stored.map((p) => p.url).sort()).toEqual(
      [...new Set(annotations.map((a) => a.url))].sort(),
    );
    const status = fixture.stores.anchorStatus?.rows ?? [];
    expect((await db.anchorStatus.toArray()).sort(byId)).toEqual(
      [...(status as { id: string }[])].sort(byId),
    );
  });

  it('keeps exactly the indexes a query uses', async () => {
    await writeRaw(name, fixture);
    const db = new ClaimlightDatabase(name);
    opened.push(db);
    await db.open();
    const idb = db.backendDB();
    const transaction = idb.transaction([...idb.objectStoreNames], 'readonly');
    for (const [store, indexes] of Object.entries(CURRENT_INDEXES)) {
      expect([...transaction.objectStore(store).indexNames].sort(), store).toEqual(indexes);
    }
  });

  it('answers every query the extension makes over the old data', async () => {
    await writeRaw(name, fixture);
    const db = new ClaimlightDatabase(name);
    opened.push(db);

    const url = 'https://valley-herald.example/2026/reservoir-levels';
    const onPage = await listAnnotationsForUrl(db, url);
    expect(onPage.map((a) => a.target.position.start)).toEqual([96, 1402]);
    expect((await listAllAnnotations(db)).map((a) => a.createdAt)).toEqual(
      annotations
        .map((a) => a.createdAt)
        .sort()
        .reverse(),
    );
    const newest = [...annotations].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    expect((await listNewest(db, 2)).map((a) => a.id)).toEqual(newest.slice(0, 2).map((a) => a.id));
    const fingerprint = await annotationsFingerprint(db);
    await updateAnnotation(db, annotations[0]!, { note: 'changed' });
    expect(await annotationsFingerprint(db)).not.toBe(fingerprint);
  });

  it('keeps old records editable with today’s code', async () => {
    await writeRaw(name, fixture);
    const db = new ClaimlightDatabase(name);
    opened.push(db);
    const first = annotations[0]!;
    const updated = await updateAnnotation(
      db,
      first,
      { note: 'Checked again.' },
      new Date('2026-03-01T00:00:00.000Z'),
    );
    expect(updated).toEqual({
      ...first,
      note: 'Checked again.',
      updatedAt: '2026-03-01T00:00:00.000Z',
    });
    expect(await countStored(db)).toBe(annotations.length);
  });
});
