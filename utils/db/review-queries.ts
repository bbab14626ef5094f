import type { ClaimlightDatabase, PageRecord } from './database';
import { newestFirst } from './page-record';
import { updateAnnotations, deleteAnnotations, type AnnotationRef } from './page-writes';
import type { Annotation, AnnotationLabel } from './types';

/**
 * The newest annotations only: what the review page shows while the rest loads. The `limit`
 * pages with the newest annotations hold the `limit` newest annotations (each of those lies
 * on a page at least as new as itself), so only they are read.
 */
export async function listNewest(db: ClaimlightDatabase, limit: number): Promise<Annotation[]> {
  const pages = await db.pages.orderBy('newest').reverse().limit(limit).toArray();
  return pages
    .flatMap((p) => p.annotations)
    .sort(newestFirst)
    .slice(0, limit);
}

/** Every annotation, newest first. */
export async function listAllNewestFirst(db: ClaimlightDatabase): Promise<Annotation[]> {
  return annotationsNewestFirst(await db.pages.toArray());
}

/**
 * The annotations the page records hold, newest first (the same objects, not copies).
 * IndexedDB hands every record its own copy of each string, so 100,000 annotations carry
 * 100,000 copies of a few thousand URLs, sites and labels; each is replaced by one shared
 * copy of the same text, so grouping and filtering compare pointers, not characters.
 */
export function annotationsNewestFirst(pages: readonly PageRecord[]): Annotation[] {
  const shared = new Map<string, string>();
  const one = (text: string) => {
    const known = shared.get(text);
    if (known !== undefined) return known;
    shared.set(text, text);
    return text;
  };
  for (const page of pages) {
    for (const a of page.annotations) {
      a.url = one(a.url);
      a.site = one(a.site);
      a.label = one(a.label) as Annotation['label'];
      a.origin = one(a.origin) as Annotation['origin'];
    }
  }
  return pages.flatMap((p) => p.annotations).sort(newestFirst);
}

/** Every page record (titles, and the analysed figures the people view reads). */
export function listPages(db: ClaimlightDatabase): Promise<PageRecord[]> {
  return db.pages.toArray();
}

/** A cheap fingerprint of the stored annotations that changes with any add, edit or delete. */
export async function annotationsFingerprint(db: ClaimlightDatabase): Promise<string> {
  const [count, last] = await Promise.all([
    db.pages.count(),
    db.pages.orderBy('changed').lastKey(),
  ]);
  return `${count}|${String(last ?? '')}`;
}

/**
 * Relabels several annotations in one transaction; resolves to the records as they were,
 * so the caller can offer undo.
 */
export function relabelMany(
  db: ClaimlightDatabase,
  refs: readonly AnnotationRef[],
  label: AnnotationLabel,
  now = new Date(),
): Promise<Annotation[]> {
  const stamp = now.toISOString();
  return updateAnnotations(db, refs, (a) =>
    a.label === label ? a : { ...a, label, updatedAt: stamp },
  );
}

/** Deletes several annotations in one transaction and returns them, for undo. */
export function deleteMany(
  db: ClaimlightDatabase,
  refs: readonly AnnotationRef[],
): Promise<Annotation[]> {
  return deleteAnnotations(db, refs);
}
