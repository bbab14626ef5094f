import { liveQuery } from 'dexie';
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ClaimlightDatabase, PageRecord } from '@/utils/db/database';
import {
  annotationsFingerprint,
  annotationsNewestFirst,
  listNewest,
  listPages,
} from '@/utils/db/review-queries';
import { newestFirst } from '@/utils/db/page-record';
import type { Annotation } from '@/utils/db/types';
import { errorMessage } from '@/utils/messaging/result';
import { matchingWords } from '@/utils/review/search-index';

/** The review page's copy of the data: first rows, then everything, newest first. */
export interface AnnotationStore {
  status: 'loading' | 'partial' | 'ready' | 'error';
  annotations: Annotation[];
  pages: PageRecord[];
  error?: string;
}

/** A change this page made, applied at once rather than waiting for a reload. */
export interface StorePatch {
  put?: readonly Annotation[];
  remove?: readonly string[];
}

/** Rows shown before the whole table is read: enough to fill the first screens. */
const FIRST_ROWS = 60;

/**
 * Loads the newest rows first (the page is usable in a few milliseconds even with 100,000
 * annotations), then all of them. A live fingerprint query notices writes from any other
 * extension context (a new annotation in a tab) and reloads; this page's own writes are
 * patched in at once.
 */
export function useAnnotationStore(
  db: ClaimlightDatabase,
): [AnnotationStore, (patch: StorePatch) => void] {
  const [store, setStore] = useState<AnnotationStore>({
    status: 'loading',
    annotations: [],
    pages: [],
  });
  const generation = useRef(0);

  // A layout effect starts the first query before the empty page is painted: a frame sooner.
  useLayoutEffect(() => {
    let closed = false;
    const load = async (first: boolean) => {
      const mine = ++generation.current;
      try {
        if (first) {
          const newest = await listNewest(db, FIRST_ROWS);
          if (!closed && mine === generation.current)
            setStore((s) =>
              s.status === 'loading' ? { ...s, status: 'partial', annotations: newest } : s,
            );
          // Reading everything is one long task in this thread (IndexedDB hands the records
          // over here); let the first rows reach the screen before it starts.
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        }
        // One read: the page records hold the annotations the list shows.
        const pages = await listPages(db);
        const annotations = annotationsNewestFirst(pages);
        // Lower-case the search text now, while the first rows are already on screen, so no
        // search the reader types pays for 100,000 records at once.
        matchingWords(annotations, []);
        if (!closed && mine === generation.current)
          setStore({ status: 'ready', annotations, pages });
      } catch (error) {
        if (!closed) setStore((s) => ({ ...s, status: 'error', error: errorMessage(error) }));
      }
    };
    let seen: string | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void load(true);
    const subscription = liveQuery(() => annotationsFingerprint(db)).subscribe({
      next: (fingerprint) => {
        if (seen !== undefined && fingerprint !== seen) {
          clearTimeout(timer);
          // Bursts of writes (an import, a bulk relabel) cause one reload, not one each.
          timer = setTimeout(() => void load(false), 250);
        }
        seen = fingerprint;
      },
    });
    return () => {
      closed = true;
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [db]);

  const patch = useCallback((change: StorePatch) => {
    setStore((s) => {
      const removed = new Set(change.remove ?? []);
      const put = new Map((change.put ?? []).map((a) => [a.id, a]));
      let annotations = s.annotations.flatMap((a) => {
        if (removed.has(a.id)) return [];
        const next = put.get(a.id);
        put.delete(a.id);
        return [next ?? a];
      });
      // Records not on the list (an undone delete) go back in their place by date.
      if (put.size) annotations = [...annotations, ...put.values()].sort(newestFirst);
      return { ...s, annotations };
    });
  }, []);

  return [store, patch];
}
