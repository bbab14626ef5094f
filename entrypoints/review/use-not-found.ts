import type { ClaimlightDatabase } from '@/utils/db/database';
import { useLiveQuery } from '@/utils/db/use-live-query';

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * Annotations whose text was not on their page the last time the reader opened it (as the
 * content script reported), with when that was: the review page flags them as orphans.
 */
export function useNotFound(db: ClaimlightDatabase): ReadonlyMap<string, string> {
  const state = useLiveQuery(async () => {
    const rows = await db.anchorStatus.filter((row) => !row.found).toArray();
    return new Map(rows.map((row) => [row.id, row.checkedAt]));
  }, []);
  return state.status === 'ready' ? state.value : NONE;
}
