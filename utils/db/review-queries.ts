import type { ClaimlightDatabase, PageRecord } from './database';
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
  return db.transaction('rw', db.annotations, db.anchorStatus, async () => {
    const before = (await db.annotations.bulkGet([...ids])).filter(
      (a): a is Annotation => a !== undefined,
    );
    await db.annotations.bulkDelete(before.map((a) => a.id));
    await db.anchorStatus.bulkDelete(before.map((a) => a.id));
    return before;
  });
}
