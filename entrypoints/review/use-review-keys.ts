import { useEffect, useRef } from 'preact/hooks';

/** What each review-page key does; the page supplies the current targets. */
export interface ReviewKeyActions {
  focusSearch: () => void;
  move: (step: 1 | -1) => void;
  edit: () => void;
  remove: () => void;
  toggleSelect: () => void;
  open: () => void;
  clearSelection: () => void;
  undo: () => void;
}

/**
 * Keyboard use of the review page: j/k move, / searches, e edits the note, Delete deletes
 * (the selection if any, else the current row), x selects, o opens in the page, z undoes,
 * Escape clears the selection. Keys typed into a field are left alone.
 */
export function useReviewKeys(actions: ReviewKeyActions): void {
  // The handler reads the latest actions without re-registering on every render.
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.metaKey || (event.ctrlKey && event.key !== 'z')) return;
      const typing = (event.target as Element | null)?.closest?.('input, textarea, select');
      if (typing) return;
      const run = {
        '/': latest.current.focusSearch,
        j: () => latest.current.move(1),
        k: () => latest.current.move(-1),
        e: latest.current.edit,
        Delete: latest.current.remove,
        x: latest.current.toggleSelect,
        o: latest.current.open,
        z: latest.current.undo,
        Escape: latest.current.clearSelection,
      }[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
