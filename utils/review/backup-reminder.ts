import type { Annotation } from '../db/types';

/** From this many annotations not in any backup, the review page suggests exporting one. */
export const BACKUP_REMINDER_THRESHOLD = 200;

/** What the review page remembers about backups (kept in its localStorage). */
export interface BackupState {
  /** ISO time of the last export of everything, if any. */
  lastBackupAt: string | null;
  /** The reader turned the reminder off. */
  reminderOff: boolean;
}

/** Annotations created or edited since the last full export: what a lost profile would lose. */
export function countUnexported(annotations: readonly Annotation[], state: BackupState): number {
  const since = state.lastBackupAt;
  if (!since) return annotations.length;
  let count = 0;
  for (const a of annotations) if (a.updatedAt > since) count++;
  return count;
}

/** True when the reminder should show. */
export function shouldRemind(unexported: number, state: BackupState): boolean {
  return !state.reminderOff && unexported >= BACKUP_REMINDER_THRESHOLD;
}

const KEY = 'claimlight.review.backup';

/** Reads the backup state; a missing or damaged entry counts as never backed up. */
export function loadBackupState(storage: Pick<Storage, 'getItem'>): BackupState {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<BackupState> | null;
    return {
      lastBackupAt: typeof raw?.lastBackupAt === 'string' ? raw.lastBackupAt : null,
      reminderOff: raw?.reminderOff === true,
    };
  } catch {
    return { lastBackupAt: null, reminderOff: false };
  }
}

/** Stores the backup state. */
export function saveBackupState(storage: Pick<Storage, 'setItem'>, state: BackupState): void {
  storage.setItem(KEY, JSON.stringify(state));
}
