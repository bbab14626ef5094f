import { execFileSync } from 'node:child_process';
import type { Worker } from 'playwright-core';

/**
 * Kills the Chromium that uses `userDataDir` with SIGKILL, as a crash or power cut would:
 * no unload, no flush. Only processes started with that (fresh, test-made) profile
 * directory are touched, by process id.
 */
export function killBrowserHard(userDataDir: string): number[] {
  const table = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const pids = table
    .split('\n')
    .filter((line) => line.includes(`--user-data-dir=${userDataDir}`))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((pid) => pid > 0 && pid !== process.pid);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return pids;
}

/**
 * True while a read-write transaction holds the pages store (where annotations live): a read-only transaction
 * over the same store must wait for it, so a count that does not answer within `ms` means
 * a write is in flight. Used to kill the browser in the middle of one.
 */
export function writeInFlight(worker: Worker, ms = 40): Promise<boolean> {
  return worker.evaluate(
    (wait) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('claimlight');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          const timer = setTimeout(() => resolve(true), wait);
          const request = db.transaction('pages').objectStore('pages').count();
          request.onsuccess = () => {
            clearTimeout(timer);
            db.close();
            resolve(false);
          };
        };
      }),
    ms,
  );
}
