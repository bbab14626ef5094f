import type { ImportSource } from '../../utils/db/import-annotations';
import type { Annotation } from '../../utils/db/types';
import {
  RecordProblem,
  checkedSource,
  streamNativeRecords,
} from '../../utils/review/read-import-file';

/** Every record a source hands over (checking them, as the write would). */
export function drain(source: ImportSource): Annotation[] {
  const all: Annotation[] = [];
  for (let chunk = source.next(); chunk; chunk = source.next()) all.push(...chunk);
  return all;
}

/**
 * What the streamed path makes of a file, whatever its size: its checked records, or
 * 'refused' when the reader or the check turns it down.
 */
export async function streamed(text: string): Promise<Annotation[] | 'refused'> {
  const records = await streamNativeRecords(new Blob([text]));
  if (!records) return 'refused';
  try {
    return drain(checkedSource(records));
  } catch (error) {
    if (error instanceof RecordProblem) return 'refused';
    throw error;
  }
}
