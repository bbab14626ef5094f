import Dexie, { type EntityTable } from 'dexie';
import type { Annotation } from './types';

/** A person or organisation the analyzer found on a page, with the role the page gives it. */
export interface PageFigure {
  kind: 'person' | 'organization';
  name: string;
  role: string | null;
  mentions: string[];
}

/** A page the reader annotated: what the review page groups annotations under. */
export interface PageRecord {
  url: string;
  title: string;
  site: string;
  firstSeen: string;
  lastSeen: string;
  /** Named figures of the page, when it was analysed (not indexed: no schema change needed). */
  figures?: PageFigure[];
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
  annotations!: EntityTable<Annotation, 'id'>;
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
  }
}

let shared: ClaimlightDatabase | undefined;

/** The database for this extension context, opened on first use. */
export function getDatabase(): ClaimlightDatabase {
  shared ??= new ClaimlightDatabase();
  return shared;
}
