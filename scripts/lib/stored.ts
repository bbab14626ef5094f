import type { Worker } from 'playwright-core';
import type { Annotation } from '../../utils/db/types';

/**
 * Reads every stored annotation straight from the background's IndexedDB, with the raw
 * API: what is really on disk, not what any Claimlight view says.
 */
export function readStoredAnnotations(worker: Worker): Promise<Annotation[]> {
  return worker.evaluate(
    () =>
      new Promise<Annotation[]>((resolve, reject) => {
        const open = indexedDB.open('claimlight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('annotations')) {
            db.close();
            return resolve([]);
          }
          const request = db.transaction('annotations').objectStore('annotations').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as Annotation[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
