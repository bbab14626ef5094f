import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ExportControls, type ExportFormat } from '@/components/ExportControls';
import { ImportProgress, type ImportState } from '@/components/ImportProgress';
import { PeopleView } from '@/components/PeopleView';
import { ReviewBackupReminder } from '@/components/ReviewBackupReminder';
import { ReviewBulkBar } from '@/components/ReviewBulkBar';
import { ReviewFilters, type ReviewGrouping } from '@/components/ReviewFilters';
import { ReviewStorageState } from '@/components/ReviewStorageState';
import { StatusBar, type Status } from '@/components/StatusBar';
import { getDatabase } from '@/utils/db/database';
import { listAllNewestFirst } from '@/utils/db/review-queries';
import { countUnexported, shouldRemind } from '@/utils/review/backup-reminder';
import {
  NO_FILTER,
  filterAnnotations,
  isFiltering,
  sitesOf,
  type ReviewFilter,
} from '@/utils/review/filter';
import { collectPeople, personKeys } from '@/utils/review/people';
import { buildRows, rowKey, stepAnnotation } from '@/utils/review/rows';
import { sortAnnotations, type ReviewSort } from '@/utils/review/sort';
import { textFragmentUrl } from '@/utils/review/text-fragment';
import { openInPage } from './open-in-page';
import { ReviewList } from './ReviewList';
import { useAnnotationStore } from './use-annotation-store';
import { useNotFound } from './use-not-found';
import { useBackupState } from './use-backup-state';
import { createDataActions } from './use-data-actions';
import { useReviewKeys } from './use-review-keys';
import { useStorageState } from './use-storage-state';

/** Every saved annotation: search, filter, sort, group, select, edit, export, import, people. */
export function ReviewApp() {
  const db = getDatabase();
  const [store, patch] = useAnnotationStore(db);
  const notFound = useNotFound(db);
  const [filter, setFilter] = useState<ReviewFilter>(NO_FILTER);
  const [sort, setSort] = useState<ReviewSort>('newest');
  const [grouping, setGrouping] = useState<ReviewGrouping>('page');
  const [tab, setTab] = useState<'annotations' | 'people'>('annotations');
  const [format, setFormat] = useState<ExportFormat>('json');
  const [status, setStatus] = useState<Status>();
  const [importing, setImporting] = useState<ImportState>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string>();
  const [editingId, setEditingId] = useState<string>();
  const [revealIndex, setRevealIndex] = useState<number>();
  const [backup, setBackup] = useBackupState();
  const storage = useStorageState(store.annotations.length);
  const searchRef = useRef<HTMLInputElement>(null);
  const actions = useMemo(
    () =>
      createDataActions(db, {
        report: setStatus,
        patch,
        progress: setImporting,
        backedUp: (at) => setBackup({ lastBackupAt: at }),
      }),
    [db],
  );

  const all = store.annotations;
  const people = useMemo(
    () =>
      collectPeople(
        all,
        store.pages.flatMap((p) => p.figures ?? []).filter((f) => f.kind === 'person'),
      ),
    [all, store.pages],
  );
  const personOf = useMemo(() => personKeys(people), [people]);
  const nameOf = useMemo(() => new Map(people.map((p) => [p.key, p.name])), [people]);
  const sites = useMemo(() => sitesOf(all), [all]);
  const shown = useMemo(
    () => sortAnnotations(filterAnnotations(all, filter, personOf), sort),
    [all, filter, personOf, sort],
  );
  const rows = useMemo(
    () => buildRows(shown, grouping, personOf, nameOf),
    [shown, grouping, personOf, nameOf],
  );
  const unexported = useMemo(() => countUnexported(all, backup), [all, backup]);

  // When the first rows are on screen: what bench:review measures as firstRowsMs.
  const firstRowsMarked = useRef(false);
  useEffect(() => {
    if (!firstRowsMarked.current && rows.length > 0) {
      firstRowsMarked.current = true;
      performance.mark('claimlight:first-rows');
    }
  }, [rows]);

  // Until everything is loaded only the newest rows are in memory: read the rest for a backup.
  const exportAll = async (as: ExportFormat) =>
    actions.exportAs(store.status === 'ready' ? all : await listAllNewestFirst(db), as, '', true);
  const byId = (id: string | undefined) => (id ? all.find((a) => a.id === id) : undefined);
  const targets = () => (selected.size ? [...selected] : activeId ? [activeId] : []);
  const selectedAnnotations = () => all.filter((a) => selected.has(a.id));
  const toggleSelect = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  useReviewKeys({
    focusSearch: () => searchRef.current?.focus(),
    move: (step) => {
      const index = stepAnnotation(rows, activeId, step);
      if (index < 0) return;
      setActiveId(rowKey(rows[index]!));
      setRevealIndex(index);
    },
    edit: () => setEditingId(activeId),
    remove: () => {
      const ids = targets();
      if (!ids.length) return;
      const next = stepAnnotation(rows, activeId, 1);
      const chosen = new Set(ids);
      void actions.remove(all.filter((a) => chosen.has(a.id)));
      setSelected(new Set());
      const nextKey = next >= 0 ? rowKey(rows[next]!) : undefined;
      setActiveId(nextKey && !ids.includes(nextKey) ? nextKey : undefined);
    },
    toggleSelect: () => activeId && toggleSelect(activeId),
    open: () => {
      const a = byId(activeId);
      if (a) void openInPage(a, setStatus);
    },
    clearSelection: () => setSelected(new Set()),
    undo: () => void actions.undo(),
  });

  const ready = store.status === 'ready' || store.status === 'partial';
  return (
    <main class="review">
      <header class="top">
        <h1>Claimlight</h1>
        <ExportControls
          format={format}
          filtered={isFiltering(filter)}
          busy={importing !== undefined}
          onFormat={setFormat}
          onExportAll={() => void exportAll(format)}
          onExportShown={() => void actions.exportAs(shown, format, 'filtered')}
          onImport={(file) => void actions.importFile(file)}
        />
      </header>
      <ReviewStorageState state={storage} />
      {store.status === 'ready' && shouldRemind(unexported, backup) && (
        <ReviewBackupReminder
          unexported={unexported}
          onExport={() => void exportAll('json')}
          onTurnOff={() => setBackup({ reminderOff: true })}
        />
      )}
      <StatusBar status={status} onDismiss={() => setStatus(undefined)} />
      <ImportProgress state={importing} />
      <nav class="tabs" role="tablist" aria-label="Views">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'annotations'}
          onClick={() => setTab('annotations')}
        >
          Annotations
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'people'}
          onClick={() => setTab('people')}
        >
          People ({people.length})
        </button>
      </nav>
      {store.status === 'error' && (
        <p class="error" role="alert">
          Could not read your annotations: {store.error}
        </p>
      )}
      {store.status === 'ready' && all.length === 0 && (
        <p class="empty">
          Nothing saved yet. On any article, select a passage and press s (speculation), r (reported
          fact) or n (note).
        </p>
      )}
      {tab === 'people' ? (
        <PeopleView
          people={people}
          hrefOf={(a) => textFragmentUrl(a.url, a.target.quote)}
          onOpen={(a) => void openInPage(a, setStatus)}
          onShowAll={(person) => {
            setFilter({ ...NO_FILTER, person: person.key });
            setTab('annotations');
          }}
        />
      ) : (
        ready && (
          <>
            <ReviewFilters
              filter={filter}
              sort={sort}
              grouping={grouping}
              sites={sites}
              people={people.map((p) => ({ key: p.key, name: p.name, count: p.statements.length }))}
              shown={shown.length}
              total={all.length}
              searchRef={searchRef}
              onChange={setFilter}
              onSort={setSort}
              onGroup={setGrouping}
            />
            <ReviewBulkBar
              selected={selected.size}
              shown={shown.length}
              onSelectAll={() => setSelected(new Set(shown.map((a) => a.id)))}
              onClear={() => setSelected(new Set())}
              onRelabel={(label) => void actions.relabel(selectedAnnotations(), label)}
              onDelete={() => {
                void actions.remove(selectedAnnotations());
                setSelected(new Set());
              }}
              onExport={() => void actions.exportAs(selectedAnnotations(), format, 'selected')}
            />
            <p class="hint keys">
              j/k move · / search · e edit note · x select · Delete delete · o open · z undo
            </p>
            <ReviewList
              rows={rows}
              selected={selected}
              activeId={activeId}
              editingId={editingId}
              notFound={notFound}
              revealIndex={revealIndex}
              actions={actions}
              onActivate={setActiveId}
              onEditing={setEditingId}
              onToggleSelect={toggleSelect}
              onOpen={(a) => void openInPage(a, setStatus)}
            />
          </>
        )
      )}
    </main>
  );
}
