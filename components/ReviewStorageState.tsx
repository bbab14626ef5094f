/** What the browser said about Claimlight's storage. */
export interface StorageState {
  /** undefined while asking, null when the browser has no StorageManager. */
  persisted: boolean | undefined | null;
  usageBytes?: number;
  quotaBytes?: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Whether the notes are safe from eviction, and how much space they take. */
export function ReviewStorageState({ state }: { state: StorageState }) {
  if (state.persisted === undefined || state.persisted === null) return null;
  return (
    <p class={`muted storage-state ${state.persisted ? 'persisted' : 'not-persisted'}`}>
      {state.persisted
        ? 'Storage is persistent: the browser will not evict your notes.'
        : 'Storage is not persistent: the browser may evict your notes under disk pressure, so export a backup now and then.'}
      {state.usageBytes !== undefined &&
        state.quotaBytes !== undefined &&
        ` Using ${mb(state.usageBytes)} of ${mb(state.quotaBytes)} available.`}
    </p>
  );
}
