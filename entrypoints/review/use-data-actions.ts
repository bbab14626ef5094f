import {
  deleteAnnotation,
  restoreAnnotations,
  updateAnnotation,
  type AnnotationChanges,
} from '@/utils/db/annotations';
import { getDatabase } from '@/utils/db/database';
import { importAnnotations } from '@/utils/db/import-annotations';
import type { Annotation } from '@/utils/db/types';
import { toNativeExport } from '@/utils/export/native';
import { parseImport } from '@/utils/export/parse-import';
import { errorMessage } from '@/utils/messaging/result';
import type { Status } from '@/components/StatusBar';
import { downloadText, exportFileName } from './download';

/**
 * The review page's writes, each reporting back as a Status for the reader.
 * They go to Dexie directly: this page is in the extension's origin, and live queries
 * refresh every open view.
 */
export function createDataActions(report: (status: Status | undefined) => void) {
  const db = getDatabase();
  const guarded = async (run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      report({ kind: 'error', text: errorMessage(error) });
    }
  };

  return {
    edit: (id: string, changes: AnnotationChanges) =>
      guarded(async () => {
        await updateAnnotation(db, id, changes);
      }),

    remove: (annotation: Annotation) =>
      guarded(async () => {
        const removed = await deleteAnnotation(db, annotation.id);
        if (!removed) return;
        report({
          kind: 'info',
          text: 'Annotation deleted.',
          undo: () =>
            void guarded(async () => {
              await restoreAnnotations(db, [removed]);
              report({ kind: 'info', text: 'Annotation restored.' });
            }),
        });
      }),

    exportJson: (annotations: Annotation[]) =>
      guarded(async () => {
        downloadText(exportFileName(), JSON.stringify(toNativeExport(annotations), null, 2));
        report({ kind: 'info', text: `Exported ${annotations.length} annotations.` });
      }),

    importFile: (file: File) =>
      guarded(async () => {
        const parsed = parseImport(await file.text(), file.name);
        if (!parsed.ok) {
          report({ kind: 'error', text: `Nothing was imported. ${parsed.error}` });
          return;
        }
        const summary = await importAnnotations(db, parsed.annotations);
        report({
          kind: 'info',
          text: `Imported ${file.name}: ${summary.added} new, ${summary.updated} updated, ${summary.unchanged} already here.`,
        });
      }),
  };
}
