import type { Annotation } from '../db/types';

/** The orders the review list offers. */
export type ReviewSort = 'newest' | 'oldest' | 'updated' | 'site';

/** What each order is called on screen. */
export const SORT_TEXT: Record<ReviewSort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  updated: 'Recently edited',
  site: 'By site',
};

const desc = (x: string, y: string) => (x < y ? 1 : x > y ? -1 : 0);

/**
 * Sorts annotations already in newest-first order (as they are loaded). Newest is the
 * identity and oldest a reversal, so the common orders cost nothing on 100,000 records;
 * plain string comparison (ISO dates, host names) avoids localeCompare's cost.
 */
export function sortAnnotations(
  newestFirst: readonly Annotation[],
  sort: ReviewSort,
): Annotation[] {
  switch (sort) {
    case 'newest':
      return newestFirst as Annotation[];
    case 'oldest':
      return [...newestFirst].reverse();
    case 'updated':
      return [...newestFirst].sort((x, y) => desc(x.updatedAt, y.updatedAt));
    case 'site':
      // Stable sort: newest first within each site.
      return [...newestFirst].sort((x, y) => (x.site < y.site ? -1 : x.site > y.site ? 1 : 0));
  }
}
