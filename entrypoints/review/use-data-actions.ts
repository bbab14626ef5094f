import type { ExportFormat } from '@/components/ExportControls';
import type { ImportState } from '@/components/ImportProgress';
import type { Status } from '@/components/StatusBar';
import {
  updateAnnotation,
  restoreAnnotations,
  type AnnotationChanges,
} from '@/utils/db/annotations';
import type { ClaimlightDatabase } from '@/utils/db/database';
import { deleteMany, relabelMany } from '@/utils/db/review-queries';
import type { Annotation, AnnotationLabel } from '@/utils/db/types';
import { errorMessage } from '@/utils/messaging/result';
import { exportAnnotations } from './export-file';
import { importFromFile } from './import-from-file';
import type { StorePatch } from './use-annotation-store';

/** What the actions report back to the page. */
export interface ActionHooks {
  report: (status: Status | undefined) => void;
  patch: (change: StorePatch) => void;
  progress: (state: ImportState | undefined) => void;
  /** A full export was written (the backup reminder counts from here). */
  backedUp: (at: string) => void;
}

const plural = (n: number, one: string) => `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`;

/**
 * The review page's writes, each reporting back as a Status for the reader, each undoable
 * (Undo button, or z): the records as they were are kept and put back as they were.
 */
export function createDataActions(db: ClaimlightDatabase, hooks: ActionHooks) {
  const undoStack: { text: string; run: () => Promise<void> }[] = [];
  const guarded = async (run: () => Promise<void>, failed = '') => {
    try {
      await run();
    } catch (error) {
      hooks.report({ kind: 'error', text: `${failed}${errorMessage(error)}` });
    }
  };
  /** Records a change as undoable and tells the reader, with an Undo button. */
  const done = (text: string, before: readonly Annotation[], patchBack: StorePatch) => {
    const entry = {
      text,
      run: async () => {
        await restoreAnnotations(db, [...before]);
        hooks.patch(patchBack);
      },
    };
    undoStack.push(entry);
    if (undoStack.length > 50) undoStack.shift();
    hooks.report({ kind: 'info', text, undo: () => void undo() });
  };
  const undo = () =>
    guarded(async () => {
      const entry = undoStack.pop();
      if (!entry) return;
      await entry.run();
      const next = undoStack[undoStack.length - 1];
      hooks.report({
        kind: 'info',
        text: `Undone: ${entry.text}`,
        undo: next ? () => void undo() : undefined,
      });
    });

  return {
    undo,

    edit: (before: Annotation, changes: AnnotationChanges) =>
      guarded(async () => {
        const updated = await updateAnnotation(db, before, changes);
        if (!updated) return;
        hooks.patch({ put: [updated] });
        done(changes.note !== undefined ? 'Note saved.' : 'Label changed.', [before], {
          put: [before],
        });
      }),

    relabel: (targets: readonly Annotation[], label: AnnotationLabel) =>
      guarded(async () => {
        const before = await relabelMany(db, targets, label);
        const stamp = new Date().toISOString();
        hooks.patch({ put: before.map((a) => ({ ...a, label, updatedAt: stamp })) });
        done(`${plural(before.length, 'annotation')} relabelled.`, before, { put: before });
      }),

    remove: (targets: readonly Annotation[]) =>
      guarded(async () => {
        const removed = await deleteMany(db, targets);
        if (!removed.length) return;
        hooks.patch({ remove: removed.map((a) => a.id) });
        const text =
          removed.length === 1
            ? 'Annotation deleted.'
            : `${plural(removed.length, 'annotation')} deleted.`;
        done(text, removed, { put: removed });
      }),

    exportAs: (
      annotations: readonly Annotation[],
      format: ExportFormat,
      scope = '',
      full = false,
    ) =>
      guarded(async () => {
        const now = new Date();
        exportAnnotations(annotations, format, scope, now);
        // Markdown loses ids and positions: only a JSON export of everything is a backup.
        if (full && format !== 'markdown') hooks.backedUp(now.toISOString());
        hooks.report({
          kind: 'info',
          text: `Exported ${plural(annotations.length, 'annotation')}.`,
        });
      }),

    importFile: (file: File) =>
      guarded(async () => {
        try {
          hooks.report(await importFromFile(db, file, hooks.progress));
        } finally {
          hooks.progress(undefined);
        }
      }, 'Nothing was imported (the import runs in one transaction, so nothing was half-written). '),
  };
}

/** The actions object the review page passes around. */
export type DataActions = ReturnType<typeof createDataActions>;
