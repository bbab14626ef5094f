import type { ClaimlightDatabase, PageRecord } from './database';
import type { Annotation } from './types';

/** What an import did, for the message shown to the reader. */
export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/** How far a long import got: records written so far out of all it will write. */
export type WriteProgress = (done: number, total: number) => void;

const WRITE_CHUNK = 5_000;

/**
 * Writes validated annotations in ONE transaction: all or nothing, a full disk included.
 * Records are de-duplicated by id; when an id already exists the more recently updated
 * version wins, so importing an old backup never overwrites newer edits. Writes are chunked
 * inside the transaction only to report progress.
 */
export async function importAnnotations(
  db: ClaimlightDatabase,
  incoming: readonly Annotation[],
  onProgress: WriteProgress = () => undefined,
): Promise<ImportSummary> {
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
  await db.transaction('rw', db.annotations, db.pages, async () => {
    // Restoring a backup into an empty profile is the big case: nothing to compare with.
    const empty = (await db.annotations.count()) === 0;
    const existing = empty ? [] : await db.annotations.bulkGet(incoming.map((a) => a.id));
    const toWrite: Annotation[] = [];
    incoming.forEach((annotation, i) => {
      const current = existing[i];
      if (!current) summary.added++;
      else if (annotation.updatedAt > current.updatedAt) summary.updated++;
      else return void summary.unchanged++;
      toWrite.push(annotation);
    });
    onProgress(0, toWrite.length);
    for (let at = 0; at < toWrite.length; at += WRITE_CHUNK) {
      await db.annotations.bulkPut(toWrite.slice(at, at + WRITE_CHUNK));
      onProgress(Math.min(at + WRITE_CHUNK, toWrite.length), toWrite.length);
    }
    await db.pages.bulkPut(await mergedPages(db, toWrite));
  });
  return summary;
}

/** Page records for imported annotations, keeping what is already known about each page. */
async function mergedPages(db: ClaimlightDatabase, annotations: readonly Annotation[]) {
  const newest = new Map<string, Annotation>();
  for (const a of annotations) {
    const seen = newest.get(a.url);
    if (!seen || a.updatedAt > seen.updatedAt) newest.set(a.url, a);
  }
  const known = await db.pages.bulkGet([...newest.keys()]);
  return [...newest.values()].map((a, i): PageRecord => {
    const page = known[i];
    return {
      ...page,
      url: a.url,
      title: a.title || page?.title || a.url,
      site: a.site,
      firstSeen: page?.firstSeen ?? a.createdAt,
      lastSeen: page && page.lastSeen > a.updatedAt ? page.lastSeen : a.updatedAt,
    };
  });
}
