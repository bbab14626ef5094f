import type { ClaimlightDatabase, PageFigure } from './database';
import type { TextTarget } from '../anchoring/types';
import type { Annotation, AnnotationDraft, AnnotationLabel } from './types';
import { siteOf } from '../url/normalize-url';
import { newestFirst, newPage, pageWith } from './page-record';
import { changePage, deleteAnnotations, type AnnotationRef } from './page-writes';

// Writes to several annotations at once live in page-writes; callers find them here too.
export { deleteAnnotations, restoreAnnotations, updateAnnotations } from './page-writes';
export type { AnnotationRef } from './page-writes';

/** Which annotation: its page (the record it lives in) and its id. */

/** Annotations of one page, in reading order of their position hint. */
export async function listAnnotationsForUrl(
  db: ClaimlightDatabase,
  url: string,
): Promise<Annotation[]> {
  const page = await db.pages.get(url);
  return [...(page?.annotations ?? [])].sort(
    (a, b) => a.target.position.start - b.target.position.start,
  );
}

/** Every annotation, newest first. */
export async function listAllAnnotations(db: ClaimlightDatabase): Promise<Annotation[]> {
  const rows = (await db.pages.toArray()).flatMap((p) => p.annotations);
  return rows.sort(newestFirst);
}

/** Stores a new annotation and records its page, in one transaction. */
export async function createAnnotation(
  db: ClaimlightDatabase,
  draft: AnnotationDraft,
  now = new Date(),
  id: string = crypto.randomUUID(),
): Promise<Annotation> {
  const stamp = now.toISOString();
  const annotation: Annotation = {
    id,
    url: draft.url,
    site: siteOf(draft.url),
    title: draft.title,
    target: draft.target,
    label: draft.label,
    note: draft.note,
    speaker: draft.speaker ?? null,
    origin: draft.origin ?? 'reader',
    createdAt: stamp,
    updatedAt: stamp,
  };
  await db.transaction('rw', db.pages, db.anchorStatus, async () => {
    const page = (await db.pages.get(annotation.url)) ?? newPage(annotation.url, '', stamp);
    await db.pages.put(
      pageWith({ ...page, title: annotation.title || page.title, lastSeen: stamp }, [
        ...page.annotations,
        annotation,
      ]),
    );
    // It was made from text on the page just now, so it is found there.
    await db.anchorStatus.put({ id, url: annotation.url, found: true, checkedAt: stamp });
  });
  return annotation;
}

/** Keeps the named figures of an annotated page, for the people view. */
export async function recordPageFigures(
  db: ClaimlightDatabase,
  url: string,
  figures: PageFigure[],
): Promise<void> {
  await db.pages.update(url, { figures });
}

/**
 * Records which of a page's annotations were found on it just now. Only ids that belong to
 * the page are written, so a confused page cannot mark another page's notes.
 */
export async function recordAnchoring(
  db: ClaimlightDatabase,
  url: string,
  found: string[],
  missing: string[],
  now = new Date(),
): Promise<void> {
  await db.transaction('rw', db.pages, db.anchorStatus, async () => {
    const mine = new Set((await db.pages.get(url))?.annotations.map((a) => a.id));
    const checkedAt = now.toISOString();
    const rows = [
      ...found.filter((id) => mine.has(id)).map((id) => ({ id, url, found: true, checkedAt })),
      ...missing.filter((id) => mine.has(id)).map((id) => ({ id, url, found: false, checkedAt })),
    ];
    await db.anchorStatus.bulkPut(rows);
  });
}

/** One annotation of a page, or undefined. */
export async function getAnnotation(
  db: ClaimlightDatabase,
  { url, id }: AnnotationRef,
): Promise<Annotation | undefined> {
  return (await db.pages.get(url))?.annotations.find((a) => a.id === id);
}

/** Replaces one annotation by `update(current)`; resolves to the new record, if it existed. */
async function replaceOne(
  db: ClaimlightDatabase,
  ref: AnnotationRef,
  update: (current: Annotation) => Annotation,
): Promise<Annotation | undefined> {
  let updated: Annotation | undefined;
  await changePage(db, ref.url, (list) => {
    const at = list.findIndex((a) => a.id === ref.id);
    if (at < 0) return list;
    const next = update(list[at]!);
    updated = next;
    return list.map((a, i) => (i === at ? next : a));
  });
  return updated;
}

/** Points an orphaned annotation at new text the reader selected. */
export async function retargetAnnotation(
  db: ClaimlightDatabase,
  ref: AnnotationRef,
  target: TextTarget,
  now = new Date(),
): Promise<Annotation | undefined> {
  return db.transaction('rw', db.pages, db.anchorStatus, async () => {
    const stamp = now.toISOString();
    const updated = await replaceOne(db, ref, (a) => ({ ...a, target, updatedAt: stamp }));
    if (updated)
      await db.anchorStatus.put({ id: ref.id, url: ref.url, found: true, checkedAt: stamp });
    return updated;
  });
}

/** The fields a reader can change after saving. */
export interface AnnotationChanges {
  label?: AnnotationLabel;
  note?: string;
}

/** Applies a reader's edit; resolves to the updated record, or undefined if it no longer exists. */
export async function updateAnnotation(
  db: ClaimlightDatabase,
  ref: AnnotationRef,
  changes: AnnotationChanges,
  now = new Date(),
): Promise<Annotation | undefined> {
  return db.transaction('rw', db.pages, () =>
    replaceOne(db, ref, (a) => ({ ...a, ...changes, updatedAt: now.toISOString() })),
  );
}

/** Deletes one annotation and returns it, so the caller can offer undo. */
export async function deleteAnnotation(
  db: ClaimlightDatabase,
  ref: AnnotationRef,
): Promise<Annotation | undefined> {
  return (await deleteAnnotations(db, [ref]))[0];
}
