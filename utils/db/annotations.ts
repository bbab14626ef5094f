import type { ClaimlightDatabase, PageFigure } from './database';
import type { TextTarget } from '../anchoring/types';
import type { Annotation, AnnotationDraft, AnnotationLabel } from './types';
import { siteOf } from '../url/normalize-url';

/** Annotations of one page, in reading order of their position hint. */
export async function listAnnotationsForUrl(
  db: ClaimlightDatabase,
  url: string,
): Promise<Annotation[]> {
  const rows = await db.annotations.where('url').equals(url).toArray();
  return rows.sort((a, b) => a.target.position.start - b.target.position.start);
}

/** Every annotation, newest first. */
export async function listAllAnnotations(db: ClaimlightDatabase): Promise<Annotation[]> {
  return db.annotations.orderBy('createdAt').reverse().toArray();
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
  await db.transaction('rw', db.annotations, db.pages, db.anchorStatus, async () => {
    await db.annotations.add(annotation);
    await touchPage(db, annotation.url, annotation.title, stamp);
    // It was made from text on the page just now, so it is found there.
    await db.anchorStatus.put({ id, url: annotation.url, found: true, checkedAt: stamp });
  });
  return annotation;
}

async function touchPage(db: ClaimlightDatabase, url: string, title: string, stamp: string) {
  const page = await db.pages.get(url);
  await db.pages.put({
    ...page,
    url,
    title: title || page?.title || url,
    site: siteOf(url),
    firstSeen: page?.firstSeen ?? stamp,
    lastSeen: stamp,
  });
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
  await db.transaction('rw', db.annotations, db.anchorStatus, async () => {
    const mine = new Set(await db.annotations.where('url').equals(url).primaryKeys());
    const checkedAt = now.toISOString();
    const rows = [
      ...found.filter((id) => mine.has(id)).map((id) => ({ id, url, found: true, checkedAt })),
      ...missing.filter((id) => mine.has(id)).map((id) => ({ id, url, found: false, checkedAt })),
    ];
    await db.anchorStatus.bulkPut(rows);
  });
}

/** Points an orphaned annotation at new text the reader selected. */
export async function retargetAnnotation(
  db: ClaimlightDatabase,
  id: string,
  target: TextTarget,
  now = new Date(),
): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, db.anchorStatus, async () => {
    const current = await db.annotations.get(id);
    if (!current) return undefined;
    const updated: Annotation = { ...current, target, updatedAt: now.toISOString() };
    await db.annotations.put(updated);
    await db.anchorStatus.put({ id, url: current.url, found: true, checkedAt: updated.updatedAt });
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
  id: string,
  changes: AnnotationChanges,
  now = new Date(),
): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) return undefined;
    const updated: Annotation = { ...current, ...changes, updatedAt: now.toISOString() };
    await db.annotations.put(updated);
    return updated;
  });
}

/** Deletes one annotation and returns it, so the caller can offer undo. */
export async function deleteAnnotation(
  db: ClaimlightDatabase,
  id: string,
): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, db.anchorStatus, async () => {
    const current = await db.annotations.get(id);
    if (current) await db.annotations.delete(id);
    await db.anchorStatus.delete(id);
    return current;
  });
}

/** Puts back annotations exactly as they were (undo of a delete). */
export async function restoreAnnotations(
  db: ClaimlightDatabase,
  annotations: Annotation[],
): Promise<void> {
  await db.annotations.bulkPut(annotations);
}
