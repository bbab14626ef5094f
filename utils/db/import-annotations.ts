import type { ClaimlightDatabase } from './database';
import type { Annotation } from './types';

/** What an import did, for the message shown to the reader. */
export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes validated annotations in one transaction: all or nothing.
 * Records are de-duplicated by id; when an id already exists the more recently
 * updated version wins, so importing an old backup never overwrites newer edits.
 */
export async function importAnnotations(
  db: ClaimlightDatabase,
  incoming: Annotation[],
): Promise<ImportSummary> {
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
  await db.transaction('rw', db.annotations, db.pages, async () => {
    const existing = await db.annotations.bulkGet(incoming.map((a) => a.id));
    const toWrite: Annotation[] = [];
    incoming.forEach((annotation, i) => {
      const current = existing[i];
      if (!current) {
        summary.added++;
        toWrite.push(annotation);
      } else if (annotation.updatedAt > current.updatedAt) {
        summary.updated++;
        toWrite.push(annotation);
      } else {
        summary.unchanged++;
      }
    });
    await db.annotations.bulkPut(toWrite);
    await recordPages(db, toWrite);
  });
  return summary;
}

async function recordPages(db: ClaimlightDatabase, annotations: Annotation[]) {
  const byUrl = new Map<string, Annotation>();
  for (const a of annotations) {
    const seen = byUrl.get(a.url);
    if (!seen || a.updatedAt > seen.updatedAt) byUrl.set(a.url, a);
  }
  const known = await db.pages.bulkGet([...byUrl.keys()]);
  const pages = [...byUrl.values()].map((a, i) => ({
    url: a.url,
    title: a.title || known[i]?.title || a.url,
    site: a.site,
    firstSeen: known[i]?.firstSeen ?? a.createdAt,
    lastSeen: known[i] && known[i].lastSeen > a.updatedAt ? known[i].lastSeen : a.updatedAt,
  }));
  await db.pages.bulkPut(pages);
}
