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
    const stored = await storedVersions(db, incoming);
    const toWrite: Annotation[] = [];
    for (const annotation of incoming) {
      const current = stored.get(annotation.id);
      if (current === undefined) summary.added++;
      else if (annotation.updatedAt > current) summary.updated++;
      else {
        summary.unchanged++;
        continue;
      }
      toWrite.push(annotation);
    }
    onProgress(0, toWrite.length);
    for (let at = 0; at < toWrite.length; at += WRITE_CHUNK) {
      await db.annotations.bulkPut(toWrite.slice(at, at + WRITE_CHUNK));
      onProgress(Math.min(at + WRITE_CHUNK, toWrite.length), toWrite.length);
    }
    await db.pages.bulkPut(await mergedPages(db, toWrite));
  });
  return summary;
}

/**
 * The updatedAt of every stored annotation the import names, by id. Restoring a backup
 * into an empty profile (the big case) reads nothing. Otherwise the cheaper of two reads:
 * one get per incoming record, or one walk over the updatedAt index, which hands over ids
 * and dates in batches without reading the records themselves.
 */
async function storedVersions(
  db: ClaimlightDatabase,
  incoming: readonly Annotation[],
): Promise<Map<string, string>> {
  const versions = new Map<string, string>();
  const stored = await db.annotations.count();
  if (stored === 0 || incoming.length === 0) return versions;
  if (incoming.length * INDEX_WALK_RATIO < stored) {
    const current = await db.annotations.bulkGet(incoming.map((a) => a.id));
    for (const a of current) if (a) versions.set(a.id, a.updatedAt);
    return versions;
  }
  const wanted = new Set(incoming.map((a) => a.id));
  await db.annotations.orderBy('updatedAt').eachKey((updatedAt, cursor) => {
    const id = cursor.primaryKey as string;
    if (wanted.has(id)) versions.set(id, updatedAt as string);
  });
  return versions;
}

/**
 * Reading one index entry costs a small fraction of a get: above this many stored records
 * per incoming one, getting each incoming id is cheaper than walking the whole index.
 */
const INDEX_WALK_RATIO = 10;

/** Page records for imported annotations, keeping what is already known about each page. */
async function mergedPages(db: ClaimlightDatabase, annotations: readonly Annotation[]) {
  const newest = new Map<string, Annotation>();
  for (const a of annotations) {
    const seen = newest.get(a.url);
    if (!seen || a.updatedAt > seen.updatedAt) newest.set(a.url, a);
  }
  const urls = [...newest.keys()];
  const known = (await db.pages.count()) === 0 ? [] : await db.pages.bulkGet(urls);
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
