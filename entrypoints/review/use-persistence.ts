import { useEffect, useState } from 'preact/hooks';

/**
 * Asks the browser to keep Claimlight's storage even under disk pressure
 * (https://developer.mozilla.org/en-US/docs/Web/API/StorageManager/persist) and says
 * whether it agreed, so the reader knows how safe the notes are.
 */
export function usePersistence(): string {
  const [state, setState] = useState('');
  useEffect(() => {
    const storage = navigator.storage;
    if (!storage?.persist) return;
    void storage
      .persist()
      .then((granted) =>
        setState(
          granted
            ? 'Storage is persistent: the browser will not evict your notes.'
            : 'The browser may evict stored data under disk pressure: export a backup now and then.',
        ),
      )
      .catch(() => setState(''));
  }, []);
  return state;
}
