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
          if (!db.objectStoreNames.contains('pages')) {
            db.close();
            return resolve([]);
          }
          // Each page record holds that page's annotations.
          const request = db.transaction('pages').objectStore('pages').getAll();
          request.onsuccess = () => {
            db.close();
            const pages = request.result as { annotations?: Annotation[] }[];
            resolve(pages.flatMap((p) => p.annotations ?? []));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
