import type { Worker } from 'playwright-core';
import type { Annotation } from '../../../utils/db/types';

/**
 * The background's IndexedDB through the raw API, from inside the service worker: what is
 * really stored, independent of any Claimlight code path.
 */

/**
 * The reader's data in the `claimlight` database (the page records, which hold the
 * annotations, by default), records in key order, as one string. Bookkeeping stores the extension rewrites on every page load
 * (anchorStatus) are left out unless asked for.
 */
export function dumpWorkerDb(worker: Worker, stores: string[] = ['pages']): Promise<string> {
  return worker.evaluate(
    (wanted) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('claimlight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].filter((n) => wanted.includes(n)).sort();
          if (!names.length) {
            db.close();
            return resolve('{}');
          }
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(out));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );
}

/** Writes annotations straight into the store, in their pages' records, as seed data. */
export function seedWorkerDb(worker: Worker, annotations: Annotation[]): Promise<void> {
  const pages = new Map<string, Annotation[]>();
  for (const a of annotations) pages.set(a.url, [...(pages.get(a.url) ?? []), a]);
  const records = [...pages].map(([url, list]) => ({
    url,
    title: list[0]!.title,
    site: list[0]!.site,
    firstSeen: list[0]!.createdAt,
    lastSeen: list[0]!.updatedAt,
    annotations: list,
    newest: list
      .map((a) => a.createdAt)
      .sort()
      .at(-1)!,
    changed: Date.now(),
  }));
  return worker.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('claimlight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('pages', 'readwrite');
          for (const row of rows) tx.objectStore('pages').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

/** Waits until the background has created its database (it opens it on first use). */
export async function waitForSchema(worker: Worker): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const ready = await worker.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('claimlight');
          open.onsuccess = () => {
            const ok = open.result.objectStoreNames.contains('pages');
            open.result.close();
            resolve(ok);
          };
          open.onerror = () => resolve(false);
        }),
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The background never created its database');
}
