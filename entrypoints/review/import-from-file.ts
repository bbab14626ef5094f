import type { ImportState } from '@/components/ImportProgress';
import type { Status } from '@/components/StatusBar';
import type { ClaimlightDatabase } from '@/utils/db/database';
import { importAnnotations } from '@/utils/db/import-annotations';
import { explainRefusal, readImportFile, RecordProblem } from '@/utils/review/read-import-file';

/**
 * Imports a file the reader chose: read it (a large export as a stream), then check and
 * write its records in one transaction, with progress all along. Resolves to what to tell
 * the reader. Performance marks time the two phases for `npm run bench:review`.
 */
export async function importFromFile(
  db: ClaimlightDatabase,
  file: File,
  progress: (state: ImportState) => void,
): Promise<Status> {
  const fileName = file.name;
  performance.mark('claimlight:import-start');
  const read = await readImportFile(file, fileName, (phase, done, total, unit) =>
    progress({ fileName, phase, done, total, unit }),
  );
  if (!read.ok) return { kind: 'error', text: `Nothing was imported. ${read.error}` };
  performance.mark('claimlight:import-read');
  try {
    const summary = await importAnnotations(db, read.source, (done, total, unit) =>
      progress({ fileName, phase: unit === 'records' ? 'checking' : 'saving', done, total, unit }),
    );
    performance.mark('claimlight:import-saved');
    return {
      kind: 'info',
      text: `Imported ${fileName}: ${summary.added} new, ${summary.updated} updated, ${summary.unchanged} already here.`,
    };
  } catch (error) {
    if (!(error instanceof RecordProblem)) throw error;
    // A streamed file's record failed its check during the write, which was then undone.
    progress({ fileName, phase: 'checking', done: 0, total: 0 });
    return { kind: 'error', text: `Nothing was imported. ${await explainRefusal(file, fileName)}` };
  }
}
