/** A running import: which file, which step, how far (bytes while reading, records, pages). */
export interface ImportState {
  fileName: string;
  phase: 'reading' | 'checking' | 'saving';
  done: number;
  total: number;
  unit?: 'bytes' | 'records' | 'pages';
}

const PHASE_TEXT: Record<ImportState['phase'], string> = {
  reading: 'Reading',
  checking: 'Checking',
  saving: 'Saving',
};

const MB = 1024 * 1024;

/** `1,234 of 100,000`, `250 of 5,000 pages`, or `12.5 of 68.1 MB` while the file is read. */
function amount({ done, total, unit }: ImportState): string {
  if (unit !== 'bytes')
    return `${done.toLocaleString()} of ${total.toLocaleString()}${unit === 'pages' ? ' pages' : ''}`;
  const mb = (bytes: number) =>
    (bytes / MB).toLocaleString(undefined, { maximumFractionDigits: 1 });
  return `${mb(done)} of ${mb(total)} MB`;
}

/** The import progress bar (a file of 100,000 annotations takes a few seconds). */
export function ImportProgress({ state }: { state: ImportState | undefined }) {
  if (!state) return null;
  const known = state.total > 0;
  return (
    <div class="import-progress" role="status">
      <label>
        {PHASE_TEXT[state.phase]} {state.fileName}
        {known && ` · ${amount(state)}`}{' '}
        <progress
          aria-label="Import progress"
          max={known ? state.total : undefined}
          value={known ? state.done : undefined}
        />
      </label>
    </div>
  );
}
