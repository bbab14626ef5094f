/** A running import: which file, which step, how far. */
export interface ImportState {
  fileName: string;
  phase: 'reading' | 'checking' | 'saving';
  done: number;
  total: number;
}

const PHASE_TEXT: Record<ImportState['phase'], string> = {
  reading: 'Reading',
  checking: 'Checking',
  saving: 'Saving',
};

/** The import progress bar (a file of 100,000 annotations takes a few seconds). */
export function ImportProgress({ state }: { state: ImportState | undefined }) {
  if (!state) return null;
  const known = state.total > 0;
  return (
    <div class="import-progress" role="status">
      <label>
        {PHASE_TEXT[state.phase]} {state.fileName}
        {known && ` · ${state.done.toLocaleString()} of ${state.total.toLocaleString()}`}{' '}
        <progress
          aria-label="Import progress"
          max={known ? state.total : undefined}
          value={known ? state.done : undefined}
        />
      </label>
    </div>
  );
}
