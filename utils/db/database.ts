import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { pageWith } from './page-record';
import type { Annotation } from './types';

/** A person or organisation the analyzer found on a page, with the role the page gives it. */
export interface PageFigure {
  kind: 'person' | 'organization';
  name: string;
  role: string | null;
  mentions: string[];
}

/**
 * A page the reader annotated, holding its annotations. One IndexedDB record per page, not
 * per annotation: IndexedDB's cost is per record (in Chromium 100,000 small records take
 * 11-16 s to write whatever their size, the same data as 5,000 page records 2.6 s), every
 * read the extension makes is by page or of everything, and a page rarely holds more than
 * a few dozen annotations, so rewriting one on an edit is cheap.
 */
export interface PageRecord {
  url: string;
  title: string;
  site: string;
  firstSeen: string;
  lastSeen: string;
  /** Named figures of the page, when it was analysed (not indexed: no schema change needed). */
  figures?: PageFigure[];
  /** The page's annotations, in no particular order; each is complete on its own (export form). */
  annotations: Annotation[];
  /** The latest createdAt among them ('' when none): the index the newest rows come from. */
  newest: string;
  /** When the record last changed (ms, with a random fraction so two writes never tie). */
  changed: number;
}

/**
 * Whether an annotation was found on its page the last time the page was open. Kept apart
 * from the annotation itself: it describes the page, not the reader's note, and never goes
 * into an export.
 */
export interface AnchorStatus {
  id: string;
  url: string;
  found: boolean;
  checkedAt: string;
}

/**
 * The one IndexedDB database. It lives in the extension's origin (background and
 * extension pages); content scripts never open it because there it would belong to the page.
 *
 * Never edit a shipped version: add `this.version(n + 1)` with an `upgrade()` and a test
 * that opens data written by the previous version.
 */
export class ClaimlightDatabase extends Dexie {
  pages!: EntityTable<PageRecord, 'url'>;
  anchorStatus!: EntityTable<AnchorStatus, 'id'>;

  constructor(name = 'claimlight') {
    super(name);
    this.version(1).stores({
      annotations: 'id, url, label, site, speaker, createdAt, updatedAt',
      pages: 'url, site, lastSeen',
    });
    // v2: where each annotation was last found (or not), so the review page can list orphans.
    // A new, empty table: nothing to migrate.
    this.version(2).stores({ anchorStatus: 'id, url' });
    // v3: only the indexes a query uses. The review page filters by label, site and person
    // in memory over the list it has loaded, and nothing looks pages up by site or date, so
    // those indexes were never read; yet every write paid for them, one entry per index and
    // record: about a quarter of the CPU time of writing 100,000 annotations in Chromium.
    // Records are unchanged, so there is nothing to migrate: Dexie drops the unused indexes
    // when an older database opens (about 3 s once for 100,000 annotations).
    this.version(3).stores({
      annotations: 'id, url, createdAt, updatedAt',
      pages: 'url',
    });
    // v4: annotations move into their page's record (see PageRecord for why). The old table
    // is read here, through the upgrade transaction, and dropped in v5 (Dexie deletes a table
    // only in a version after the one whose upgrade reads it).
    this.version(4)
      .stores({ pages: 'url, newest, changed' })
      .upgrade((tx) => moveAnnotationsIntoPages(tx));
    this.version(5).stores({ annotations: null });
  }
}

let shared: ClaimlightDatabase | undefined;

/** The database for this extension context, opened on first use. */
export function getDatabase(): ClaimlightDatabase {
  shared ??= new ClaimlightDatabase();
  return shared;
}

/** The v4 upgrade: every annotation into its page's record, creating pages that were missing. */
async function moveAnnotationsIntoPages(tx: Transaction): Promise<void> {
  const annotations = (await tx.table('annotations').toArray()) as Annotation[];
  type OldPage = Omit<PageRecord, 'annotations' | 'newest' | 'changed'>;
  const pages = new Map<string, OldPage & { annotations: Annotation[] }>(
    ((await tx.table('pages').toArray()) as OldPage[]).map((p) => [
      p.url,
      { ...p, annotations: [] },
    ]),
  );
  for (const a of annotations) {
    let page = pages.get(a.url);
    if (!page) {
      page = {
        url: a.url,
        title: a.title,
        site: a.site,
        firstSeen: a.createdAt,
        lastSeen: a.updatedAt,
        annotations: [],
      };
      pages.set(a.url, page);
    }
    page.annotations.push(a);
  }
  await tx.table('pages').bulkPut([...pages.values()].map((p) => pageWith(p, p.annotations)));
}
