import type { ClaimlightDatabase, PageRecord } from './database';
import type { Annotation } from './types';

/** What an import did, for the message shown to the reader. */
export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/** How far a long import got: records handled so far out of all it has. */
export type WriteProgress = (done: number, total: number) => void;

/**
 * Records to import, handed over one chunk at a time. The next chunk is asked for while
 * IndexedDB is still writing the previous one, so whatever producing it costs (checking the
 * records) is done in time the page would otherwise spend waiting. Throwing from next()
 * stops the import, and nothing of it is written.
 */
export interface ImportSource {
  readonly total: number;
  next(): readonly Annotation[] | undefined;
}

/** Records per chunk: small enough for a smooth progress bar, large enough to keep IndexedDB busy. */
export const WRITE_CHUNK = 5_000;

/** Already-checked records as an ImportSource. */
export function sourceOf(annotations: readonly Annotation[], size = WRITE_CHUNK): ImportSource {
  let at = 0;
  return {
    total: annotations.length,
    next: () => (at < annotations.length ? annotations.slice(at, (at += size)) : undefined),
  };
}

/**
 * Writes annotations in ONE transaction: all or nothing, a full disk, a bad record found
 * late and a closed browser included. Records are de-duplicated by id; when an id already
 * exists the more recently updated version wins, so importing an old backup never
 * overwrites newer edits. Chunks only pace the work and the progress bar.
 */
export async function importAnnotations(
  db: ClaimlightDatabase,
  incoming: readonly Annotation[] | ImportSource,
  onProgress: WriteProgress = () => undefined,
): Promise<ImportSummary> {
  const source = 'next' in incoming ? incoming : sourceOf(incoming);
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
  await db.transaction('rw', db.annotations, db.pages, async () => {
    const stored = await db.annotations.count();
    // Restoring a backup into an empty profile (the big case) has nothing to compare with.
    // A large import next to what is stored reads every stored id and date in one walk over
    // the updatedAt index (no records read); a smaller one gets just its own ids.
    const walked =
      stored > 0 && source.total * INDEX_WALK_RATIO >= stored ? await storedVersions(db) : null;
    const newestByPage = new Map<string, Annotation>();
    let done = 0;
    let writing: Promise<unknown> | undefined;
    onProgress(0, source.total);
    for (let chunk = source.next(); chunk;) {
      const versions = stored === 0 ? NONE : (walked ?? (await versionsOf(db, chunk)));
      const toWrite: Annotation[] = [];
      for (const annotation of chunk) {
        const current = versions.get(annotation.id);
        if (current === undefined) summary.added++;
        else if (annotation.updatedAt > current) summary.updated++;
        else {
          summary.unchanged++;
          continue;
        }
        toWrite.push(annotation);
        const seen = newestByPage.get(annotation.url);
        if (!seen || annotation.updatedAt > seen.updatedAt) {
          newestByPage.set(annotation.url, annotation);
        }
      }
      await writing;
      onProgress(done, source.total);
      done += chunk.length;
      writing = toWrite.length ? db.annotations.bulkPut(toWrite) : undefined;
      // If checking the next chunk throws, the transaction aborts and this write with it;
      // the rejection that follows is expected, not an unhandled one.
      writing?.catch(() => undefined);
      // Checked while IndexedDB writes the chunk above.
      chunk = source.next();
    }
    await writing;
    onProgress(done, source.total);
    await db.pages.bulkPut(await mergedPages(db, [...newestByPage.values()]));
  });
  return summary;
}

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * In Chromium one get costs about two steps of a walk over an index (100,000 of each: gets
 * 4-6 s, index entries 2-5 s). Walking all stored entries is the cheaper way to learn what
 * an import overwrites while fewer than this many are stored per incoming record.
 */
const INDEX_WALK_RATIO = 2;

/** The updatedAt of every stored annotation, by id, from the updatedAt index alone. */
async function storedVersions(db: ClaimlightDatabase): Promise<Map<string, string>> {
  const versions = new Map<string, string>();
  await db.annotations.orderBy('updatedAt').eachKey((updatedAt, cursor) => {
    versions.set(cursor.primaryKey as string, updatedAt as string);
  });
  return versions;
}

/** The updatedAt of those of `chunk` already stored, by id. */
async function versionsOf(db: ClaimlightDatabase, chunk: readonly Annotation[]) {
  const versions = new Map<string, string>();
  for (const a of await db.annotations.bulkGet(chunk.map((x) => x.id))) {
    if (a) versions.set(a.id, a.updatedAt);
  }
  return versions;
}

/** Page records for imported annotations (the newest of each page), keeping what is known. */
async function mergedPages(db: ClaimlightDatabase, newest: readonly Annotation[]) {
  const known =
    (await db.pages.count()) === 0 ? [] : await db.pages.bulkGet(newest.map((a) => a.url));
  return newest.map((a, i): PageRecord => {
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
