import type { ClaimlightDatabase, PageRecord } from './database';
import { pageWith, putById } from './page-record';
import type { Annotation } from './types';

/** What an import did, for the message shown to the reader. */
export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * How far a long import got: records checked against what is stored, then page records
 * written (each page holds its annotations).
 */
export type WriteProgress = (done: number, total: number, unit: 'records' | 'pages') => void;

/**
 * Records to import, handed over one chunk at a time (a streamed file checks each chunk as
 * it is asked for). Throwing from next() stops the import, and nothing of it is written.
 */
export interface ImportSource {
  readonly total: number;
  next(): readonly Annotation[] | undefined;
}

/** Records per chunk: small enough for a smooth progress bar. */
export const WRITE_CHUNK = 5_000;

/** Already-checked records as an ImportSource. */
export function sourceOf(annotations: readonly Annotation[], size = WRITE_CHUNK): ImportSource {
  let at = 0;
  return {
    total: annotations.length,
    next: () => (at < annotations.length ? annotations.slice(at, (at += size)) : undefined),
  };
}

/** Page records per write request: small enough for a smooth progress bar. */
const PAGES_PER_WRITE = 250;

/**
 * Writes annotations in ONE transaction: all or nothing, a full disk, a bad record found
 * late and a closed browser included. Records are de-duplicated by id; when an id already
 * exists the more recently updated version wins, so importing an old backup never
 * overwrites newer edits. Everything is checked first and each touched page written once at
 * the end (a page's annotations are spread over the file), 5,000 records for 100,000
 * annotations; chunks only pace the progress bar.
 */
export async function importAnnotations(
  db: ClaimlightDatabase,
  incoming: readonly Annotation[] | ImportSource,
  onProgress: WriteProgress = () => undefined,
): Promise<ImportSummary> {
  const source = 'next' in incoming ? incoming : sourceOf(incoming);
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
  await db.transaction('rw', db.pages, async () => {
    // Restoring a backup into an empty profile (the big case) has nothing to compare with;
    // otherwise every stored id is looked up, wherever it lives (an id may come back under
    // another address if the way addresses are normalised changed).
    const stored = (await db.pages.count()) === 0 ? [] : await db.pages.toArray();
    const merge = new PageMerge(stored);
    let done = 0;
    onProgress(0, source.total, 'records');
    for (let chunk = source.next(); chunk; chunk = source.next()) {
      chunk.forEach((annotation, i) => summary[merge.add(annotation, done + i)]++);
      done += chunk.length;
      onProgress(done, source.total, 'records');
      // One cheap request per chunk lets the page paint the progress bar in between, and
      // keeps the transaction open while the next chunk is checked.
      if (chunk.length) await db.pages.get(chunk[0]!.url);
    }
    const pages = merge.pages();
    let written = 0;
    onProgress(0, pages.length, 'pages');
    const writes: Promise<unknown>[] = [];
    for (let at = 0; at < pages.length; at += PAGES_PER_WRITE) {
      const slice = pages.slice(at, at + PAGES_PER_WRITE);
      writes.push(
        db.pages.bulkPut(slice).then(() => {
          written += slice.length;
          onProgress(written, pages.length, 'pages');
        }),
      );
    }
    await Promise.all(writes);
  });
  return summary;
}

/** The pages an import changes, built up record by record and written once. */
class PageMerge {
  private readonly stored = new Map<string, PageRecord>();
  /** Stored annotations by id: version and page. */
  private readonly storedById = new Map<string, Annotation>();
  private readonly incoming = new Map<string, Annotation[]>();
  /** Ids that move to another page, by the page they leave. */
  private readonly leaving = new Map<string, Set<string>>();

  constructor(pages: readonly PageRecord[]) {
    for (const page of pages) {
      this.stored.set(page.url, page);
      for (const a of page.annotations) this.storedById.set(a.id, a);
    }
  }

  /** Takes record number `at` in; says what it is to what is stored. */
  add(annotation: Annotation, at: number): keyof ImportSummary {
    // Files are checked before they get here; this guards callers that skip the check, as
    // a record without these would be stored where no one could find or remove it.
    if (typeof annotation.id !== 'string' || typeof annotation.url !== 'string')
      throw new Error(`Record ${at + 1} has no id or page address.`);
    const current = this.storedById.get(annotation.id);
    if (current && annotation.updatedAt <= current.updatedAt) return 'unchanged';
    if (current && current.url !== annotation.url) {
      let ids = this.leaving.get(current.url);
      if (!ids) this.leaving.set(current.url, (ids = new Set()));
      ids.add(annotation.id);
    }
    const list = this.incoming.get(annotation.url);
    if (list) list.push(annotation);
    else this.incoming.set(annotation.url, [annotation]);
    return current ? 'updated' : 'added';
  }

  /** Every page record that changes, as it is to be written. */
  pages(): PageRecord[] {
    const out: PageRecord[] = [];
    for (const [url, ids] of this.leaving) {
      if (this.incoming.has(url)) continue;
      const page = this.stored.get(url)!;
      out.push(
        pageWith(
          page,
          page.annotations.filter((a) => !ids.has(a.id)),
        ),
      );
    }
    for (const [url, added] of this.incoming) {
      const page = this.stored.get(url);
      const ids = this.leaving.get(url);
      const kept = (page?.annotations ?? []).filter((a) => !ids?.has(a.id));
      out.push(pageWith(pageDetails(page, added), putById(kept, added)));
    }
    return out;
  }
}

/** A page's details after an import added `added` to it, keeping what is known. */
function pageDetails(page: PageRecord | undefined, added: readonly Annotation[]) {
  let newest = added[0]!;
  let first = newest.createdAt;
  for (const a of added) {
    if (a.updatedAt > newest.updatedAt) newest = a;
    if (a.createdAt < first) first = a.createdAt;
  }
  return {
    ...page,
    url: newest.url,
    title: newest.title || page?.title || newest.url,
    site: newest.site,
    firstSeen: page && page.firstSeen < first ? page.firstSeen : first,
    lastSeen: page && page.lastSeen > newest.updatedAt ? page.lastSeen : newest.updatedAt,
  };
}
