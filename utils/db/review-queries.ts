import type { ClaimlightDatabase, PageRecord } from './database';
import type { ImportSummary } from './import-annotations';
import type { Annotation, AnnotationLabel } from './types';

/** The newest annotations only: what the review page shows while the rest loads. */
export function listNewest(db: ClaimlightDatabase, limit: number): Promise<Annotation[]> {
  return db.annotations.orderBy('createdAt').reverse().limit(limit).toArray();
}

/**
 * Every annotation, newest first. Read forward and reversed here: a forward index read lets
 * IndexedDB hand over the whole range with getAll(), several times faster than a reverse cursor.
 */
export async function listAllNewestFirst(db: ClaimlightDatabase): Promise<Annotation[]> {
  const rows = await db.annotations.orderBy('createdAt').toArray();
  return rows.reverse();
}

/** Every page record (titles, and the analysed figures the people view reads). */
export function listPages(db: ClaimlightDatabase): Promise<PageRecord[]> {
  return db.pages.toArray();
}

/** A cheap fingerprint of the annotations table that changes with any add, edit or delete. */
export async function annotationsFingerprint(db: ClaimlightDatabase): Promise<string> {
  const [count, last] = await Promise.all([
    db.annotations.count(),
    db.annotations.orderBy('updatedAt').lastKey(),
  ]);
  return `${count}|${String(last ?? '')}`;
}

/**
 * Relabels several annotations in one transaction; resolves to the records as they were,
 * so the caller can offer undo.
 */
export async function relabelMany(
  db: ClaimlightDatabase,
  ids: readonly string[],
  label: AnnotationLabel,
  now = new Date(),
): Promise<Annotation[]> {
  const stamp = now.toISOString();
  return db.transaction('rw', db.annotations, async () => {
    const before = (await db.annotations.bulkGet([...ids])).filter(
      (a): a is Annotation => a !== undefined && a.label !== label,
    );
    await db.annotations.bulkPut(before.map((a) => ({ ...a, label, updatedAt: stamp })));
    return before;
  });
}

/** Deletes several annotations in one transaction and returns them, for undo. */
export async function deleteMany(
  db: ClaimlightDatabase,
  ids: readonly string[],
): Promise<Annotation[]> {
  return db.transaction('rw', db.annotations, async () => {
    const before = (await db.annotations.bulkGet([...ids])).filter(
      (a): a is Annotation => a !== undefined,
    );
    await db.annotations.bulkDelete(before.map((a) => a.id));
    return before;
  });
}

/** How far a long import got: records written so far out of all it will write. */
export type WriteProgress = (done: number, total: number) => void;

const WRITE_CHUNK = 5_000;

/**
 * Writes validated annotations in ONE transaction, so a failure (a full disk included) leaves
 * nothing half-written; chunked inside it only to report progress. Records are de-duplicated
 * by id and the more recently updated version wins, as in importAnnotations.
 */
export async function importWithProgress(
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
