import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PageGroupView } from '@/components/PageGroupView';
import { ReviewAnnotation } from '@/components/ReviewAnnotation';
import { ReviewFilters } from '@/components/ReviewFilters';
import { StatusBar, type Status } from '@/components/StatusBar';
import { listAllAnnotations } from '@/utils/db/annotations';
import { getDatabase } from '@/utils/db/database';
import { useLiveQuery } from '@/utils/db/use-live-query';
import { filterAnnotations, groupByPage, type ReviewFilter } from '@/utils/review/filter';
import { createDataActions } from './use-data-actions';
import { usePersistence } from './use-persistence';

/** Every saved annotation, newest first, grouped by page: search, filter, edit, export, import. */
export function ReviewApp() {
  const all = useLiveQuery(() => listAllAnnotations(getDatabase()), []);
  const [filter, setFilter] = useState<ReviewFilter>({ query: '', labels: new Set() });
  const [status, setStatus] = useState<Status>();
  const actions = useMemo(() => createDataActions(setStatus), []);
  const persisted = usePersistence();
  const searchRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = (event.target as Element | null)?.closest?.('input, textarea, select');
      if (event.key === '/' && !typing) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const annotations = all.status === 'ready' ? all.value : [];
  const shown = useMemo(() => filterAnnotations(annotations, filter), [annotations, filter]);
  const groups = useMemo(() => groupByPage(shown), [shown]);
  const filtered = shown.length !== annotations.length;

  return (
    <main class="review">
      <header class="top">
        <h1>Claimlight</h1>
        <div class="data-actions">
          <button
            type="button"
            data-action="export-all"
            onClick={() => void actions.exportJson(annotations)}
          >
            Export all
          </button>
          {filtered && (
            <button
              type="button"
              data-action="export-shown"
              onClick={() => void actions.exportJson(shown)}
            >
              Export shown
            </button>
          )}
          <button type="button" data-action="import" onClick={() => fileRef.current?.click()}>
            Import…
          </button>
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label="Import file"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) void actions.importFile(file);
            }}
          />
        </div>
      </header>
      <p class="muted storage-state">{persisted}</p>
      <StatusBar status={status} onDismiss={() => setStatus(undefined)} />
      <ReviewFilters
        filter={filter}
        shown={shown.length}
        total={annotations.length}
        searchRef={searchRef}
        onChange={setFilter}
      />
      {all.status === 'error' && (
        <p class="error" role="alert">
          Could not read your annotations: {all.error}
        </p>
      )}
      {all.status === 'ready' && annotations.length === 0 && (
        <p class="empty">
          Nothing saved yet. On any article, select a passage and press s (speculation), r (reported
          fact) or n (note).
        </p>
      )}
      {groups.map((group) => (
        <PageGroupView key={group.url} group={group}>
          {group.annotations.map((annotation) => (
            <ReviewAnnotation
              key={annotation.id}
              annotation={annotation}
              onRelabel={(label) => void actions.edit(annotation.id, { label })}
              onSaveNote={(note) => void actions.edit(annotation.id, { note })}
              onDelete={() => void actions.remove(annotation)}
            />
          ))}
        </PageGroupView>
      ))}
    </main>
  );
}
