import * as v from 'valibot';
import { sourceOf, WRITE_CHUNK, type ImportSource } from '../db/import-annotations';
import type { Annotation } from '../db/types';
import { findStructureProblem } from '../export/forbidden-keys';
import { NativeRecordSplitter, NotStreamable } from '../export/native-stream';
import { MAX_IMPORT_CHARS } from '../export/parse-import';
import {
  AnnotationSchema,
  LIMITS,
  NATIVE_FORMAT,
  NATIVE_VERSION,
  NativeEnvelopeSchema,
} from '../export/schema';
import { parseImportInChunks } from './import-file';

/** Where reading a file is: in bytes while it streams, in records while a whole file is checked. */
export type ReadProgress = (
  phase: 'reading' | 'checking',
  done: number,
  total: number,
  unit: 'bytes' | 'records',
) => void;

/** An import file, read: the records to write, or why none will be. */
export type ReadImportResult = { ok: true; source: ImportSource } | { ok: false; error: string };

/**
 * Thrown by the records of a streamed file when one of them is not a valid annotation (or
 * repeats an id). importAnnotations then writes nothing; explainRefusal() says what it was.
 */
export class RecordProblem extends Error {}

/** Smaller files are read whole: parsing one string at once is as quick, and simpler. */
export const STREAM_FROM_BYTES = 1_000_000;

/**
 * Reads an import file. A large native export is read piece by piece as it comes off the
 * disk and split into records (never one 100 MB string); its records are then checked a
 * chunk at a time inside the import's transaction (see ImportSource). Any other file is read, parsed and checked whole first.
 */
export async function readImportFile(
  file: Blob,
  fileName: string,
  onProgress: ReadProgress = () => undefined,
): Promise<ReadImportResult> {
  if (file.size >= STREAM_FROM_BYTES) {
    const records = await streamNativeRecords(file, onProgress);
    if (records) return { ok: true, source: checkedSource(records) };
  }
  const parsed = await readWhole(file, fileName, onProgress);
  return parsed.ok ? { ok: true, source: sourceOf(parsed.annotations) } : parsed;
}

/**
 * Why a file cannot be imported, worded as for any file (`file: annotations[3].label: …`):
 * a streamed file whose records turned out to have a problem is read again, whole, by the
 * one path that words every problem.
 */
export async function explainRefusal(file: Blob, fileName: string): Promise<string> {
  const parsed = await readWhole(file, fileName);
  return parsed.ok ? `${fileName}: the file changed while it was read` : parsed.error;
}

function readWhole(file: Blob, fileName: string, onProgress: ReadProgress = () => undefined) {
  onProgress('reading', 0, file.size, 'bytes');
  return file
    .text()
    .then((text) =>
      parseImportInChunks(text, fileName, (_, done, total) =>
        onProgress('checking', done, total, 'records'),
      ),
    );
}

/**
 * The records of a native file read as a stream, parsed but not yet checked; undefined when
 * the file is anything else or broken anywhere outside its records (the whole-file path
 * then words it). Its own fields are checked here exactly as the whole-file path checks them.
 */
export async function streamNativeRecords(
  file: Blob,
  onProgress: ReadProgress = () => undefined,
): Promise<unknown[] | undefined> {
  const records: unknown[] = [];
  const splitter = new NativeRecordSplitter((batch) => {
    if (records.length + batch.length > LIMITS.annotations) throw new NotStreamable('too many');
    for (const record of batch) records.push(record);
  }, MAX_IMPORT_CHARS);
  const reader = file.stream().getReader();
  // Decoded as Blob.text() decodes: UTF-8, a leading byte order mark dropped.
  const decoder = new TextDecoder();
  const step = Math.max(file.size / 100, 1_000_000);
  let read = 0;
  let reported = 0;
  try {
    onProgress('reading', 0, file.size, 'bytes');
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      splitter.push(decoder.decode(value, { stream: true }));
      read += value.byteLength;
      if (read - reported >= step) {
        onProgress('reading', (reported = read), file.size, 'bytes');
      }
    }
    splitter.push(decoder.decode());
    if (!isNativeEnvelope(splitter.end())) return undefined;
  } catch (error) {
    if (!(error instanceof NotStreamable)) throw error;
    await reader.cancel().catch(() => undefined);
    return undefined;
  }
  onProgress('reading', file.size, file.size, 'bytes');
  return records;
}

/** The file's own fields (records left out), checked as parseImportInChunks checks them. */
function isNativeEnvelope(envelope: Record<string, unknown>): boolean {
  return (
    envelope.format === NATIVE_FORMAT &&
    envelope.version === NATIVE_VERSION &&
    findStructureProblem(envelope) === null &&
    v.safeParse(NativeEnvelopeSchema, envelope).success
  );
}

/**
 * Parsed records checked a chunk at a time with the same schema and duplicate test as the
 * whole-file path; each record is let go as soon as it is checked, so the page does not
 * hold two copies of the file. The strict schema refuses a forbidden key in a record, and
 * nothing in a record it accepts nests deeply, so the whole-file structure check adds
 * nothing here.
 */
export function checkedSource(records: unknown[], size = WRITE_CHUNK): ImportSource {
  const ids = new Set<string>();
  let at = 0;
  return {
    total: records.length,
    next() {
      if (at >= records.length) return undefined;
      const chunk: Annotation[] = [];
      for (const end = Math.min(at + size, records.length); at < end; at++) {
        const checked = v.safeParse(AnnotationSchema, records[at]);
        records[at] = undefined;
        if (!checked.success) throw new RecordProblem(`annotations[${at}] is not valid`);
        if (ids.has(checked.output.id)) throw new RecordProblem(`annotations[${at}] repeats an id`);
        ids.add(checked.output.id);
        chunk.push(checked.output);
      }
      return chunk;
    },
  };
}
