import type { ClaimlightDatabase } from '@/utils/db/database';

/**
 * Everything in an IndexedDB database as one string, read with the raw API (not Dexie):
 * the version, every store's key path and indexes, and every record in key order. Two
 * dumps are equal byte for byte exactly when nothing observable changed.
 */
export function dumpIndexedDb(idb: IDBDatabase): Promise<string> {
  const names = [...idb.objectStoreNames].sort();
  if (!names.length) return Promise.resolve(JSON.stringify({ version: idb.version }));
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(names, 'readonly');
    const stores: Record<string, unknown> = {};
    for (const name of names) {
      const store = tx.objectStore(name);
      const indexes = [...store.indexNames].sort().map((index) => {
        const { keyPath, unique, multiEntry } = store.index(index);
        return { index, keyPath, unique, multiEntry };
      });
      const keys = store.getAllKeys();
      const rows = store.getAll();
      rows.onsuccess = () => {
        stores[name] = {
          keyPath: store.keyPath,
          autoIncrement: store.autoIncrement,
          indexes,
          keys: keys.result,
          rows: rows.result,
        };
      };
    }
    tx.oncomplete = () => resolve(JSON.stringify({ version: idb.version, stores }));
    tx.onerror = () => reject(tx.error);
  });
}

/** The dump of a Dexie database (opened first if needed). */
export async function dumpDatabase(db: ClaimlightDatabase): Promise<string> {
  await db.open();
  return dumpIndexedDb(db.backendDB());
}
