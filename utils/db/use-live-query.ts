import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The state of a live query: still loading, its latest value, or why it failed. */
export type LiveState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

/**
 * Subscribes a Preact component to a Dexie query; it re-renders whenever the data the
 * query read changes, in this page or any other extension context.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) =>
        setState({
          status: 'error',
          error: error instanceof Error ? error.message : String(error),
        }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
