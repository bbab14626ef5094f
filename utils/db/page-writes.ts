import type { ClaimlightDatabase, PageRecord } from './database';
import { byUrl, newPage, pageWith, putById } from './page-record';
import type { Annotation } from './types';

/** Which annotation: its page (the record it lives in) and its id. */
export type AnnotationRef = Pick<Annotation, 'url' | 'id'>;

/**
 * Rewrites one page's annotations inside the caller's transaction: `change` gets the list and
 * returns the new one (or the same array for no change).
 */
export async function changePage(
  db: ClaimlightDatabase,
  url: string,
  change: (list: Annotation[], page: PageRecord) => Annotation[],
): Promise<void> {
  const page = await db.pages.get(url);
  if (!page) return;
  const next = change(page.annotations, page);
  if (next !== page.annotations) await db.pages.put(pageWith(page, next));
}

/** Deletes annotations (any pages) in one transaction and returns them as they were, for undo. */
export async function deleteAnnotations(
  db: ClaimlightDatabase,
  refs: readonly AnnotationRef[],
): Promise<Annotation[]> {
  return db.transaction('rw', db.pages, db.anchorStatus, async () => {
    const removed: Annotation[] = [];
    for (const [url, group] of byUrl(refs)) {
      const ids = new Set(group.map((r) => r.id));
      await changePage(db, url, (list) => {
        const kept = list.filter((a) => !ids.has(a.id));
        if (kept.length === list.length) return list;
        removed.push(...list.filter((a) => ids.has(a.id)));
        return kept;
      });
    }
    await db.anchorStatus.bulkDelete(refs.map((r) => r.id));
    return removed;
  });
}

/**
 * Applies `update` to annotations (any pages) in one transaction; resolves to the records as
 * they were before, for undo. `update` returns the same object for no change.
 */
export async function updateAnnotations(
  db: ClaimlightDatabase,
  refs: readonly AnnotationRef[],
  update: (current: Annotation) => Annotation,
): Promise<Annotation[]> {
  return db.transaction('rw', db.pages, async () => {
    const before: Annotation[] = [];
    for (const [url, group] of byUrl(refs)) {
      const ids = new Set(group.map((r) => r.id));
      await changePage(db, url, (list) => {
        let changed = false;
        const next = list.map((a) => {
          if (!ids.has(a.id)) return a;
          const updated = update(a);
          if (updated !== a) {
            changed = true;
            before.push(a);
          }
          return updated;
        });
        return changed ? next : list;
      });
    }
    return before;
  });
}

/** Puts back annotations exactly as they were (undo of a delete or an edit). */
export async function restoreAnnotations(
  db: ClaimlightDatabase,
  annotations: readonly Annotation[],
): Promise<void> {
  await db.transaction('rw', db.pages, async () => {
    for (const [url, group] of byUrl(annotations)) {
      const page = (await db.pages.get(url)) ?? newPage(url, group[0]!.title, group[0]!.createdAt);
      await db.pages.put(pageWith(page, putById(page.annotations, group)));
    }
  });
}
