import { useEffect, useState } from 'preact/hooks';
import type { StorageState } from '@/components/ReviewStorageState';

/**
 * Asks the browser to keep Claimlight's storage even under disk pressure
 * (https://developer.mozilla.org/en-US/docs/Web/API/StorageManager/persist) and reports whether
 * it agreed and how much space is used, so the reader knows how safe the notes are.
 */
export function useStorageState(refreshKey: unknown): StorageState {
  const [state, setState] = useState<StorageState>({ persisted: undefined });
  useEffect(() => {
    const storage = navigator.storage;
    if (!storage?.persist) {
      setState({ persisted: null });
      return;
    }
    let live = true;
    void (async () => {
      const persisted =
        (await storage.persisted().catch(() => false)) ||
        (await storage.persist().catch(() => false));
      const estimate = await storage.estimate?.().catch(() => undefined);
      if (live) setState({ persisted, usageBytes: estimate?.usage, quotaBytes: estimate?.quota });
    })();
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return state;
}
