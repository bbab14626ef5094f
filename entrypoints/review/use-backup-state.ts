import { useState } from 'preact/hooks';
import { loadBackupState, saveBackupState, type BackupState } from '@/utils/review/backup-reminder';

/** The backup reminder's state, kept in this page's localStorage (it concerns this page only). */
export function useBackupState(): [BackupState, (change: Partial<BackupState>) => void] {
  const [state, setState] = useState(() => loadBackupState(localStorage));
  const update = (change: Partial<BackupState>) =>
    setState((old) => {
      const next = { ...old, ...change };
      saveBackupState(localStorage, next);
      return next;
    });
  return [state, update];
}
