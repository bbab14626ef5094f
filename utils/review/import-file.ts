import * as v from 'valibot';
import type { Annotation } from '../db/types';
import { findStructureProblem } from '../export/forbidden-keys';
import { describeValue, formatIssue } from '../export/issue-format';
import { MAX_LISTED_PROBLEMS } from '../export/native-import';
import { MAX_IMPORT_CHARS, parseImport, type ParseImportResult } from '../export/parse-import';
import {
  AnnotationSchema,
  LIMITS,
  NATIVE_FORMAT,
  NATIVE_VERSION,
  NativeEnvelopeSchema,
} from '../export/schema';
import { convertW3cItem, isW3cFile, w3cItems } from '../export/w3c-import';

/** Where a long import is: checking records, then (in the caller) saving them. */
export type ImportProgress = (phase: 'checking' | 'saving', done: number, total: number) => void;

const CHUNK = 2_000;

/** Below this many records the synchronous parseImport is quick enough to run in one go. */
const SMALL_FILE = 2_000;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * parseImport for files of any size: the same checks and messages (file, record, field), but
 * records are validated in chunks with a pause between them, so the page stays responsive and
 * can draw a progress bar while 100,000 records are checked.
 */
export async function parseImportInChunks(
  jsonText: string,
  fileName: string,
  onProgress: ImportProgress = () => undefined,
): Promise<ParseImportResult> {
  const fail = (problems: string[], truncated = false): ParseImportResult => {
    const lines = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `${fileName}: ${p}`);
    if (truncated || problems.length > MAX_LISTED_PROBLEMS)
      lines.push(`${fileName}: (stopped after ${lines.length} problems)`);
    return { ok: false, error: lines.join('\n') };
  };
  if (jsonText.length > MAX_IMPORT_CHARS) return parseImport(jsonText, fileName);
  let file: unknown;
  try {
    file = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch {
    return parseImport(jsonText, fileName); // it words the syntax error
  }
  const records = recordsOf(file);
  // Small files, odd shapes and hostile structure: the one synchronous path says it best.
  if (!records || records.items.length < SMALL_FILE || findStructureProblem(file)) {
    return parseImport(jsonText, fileName);
  }
  if (records.items.length > LIMITS.annotations) {
    return fail([`${records.path}: expected at most ${LIMITS.annotations} annotations`]);
  }

  const annotations: Annotation[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const total = records.items.length;
  for (let i = 0; i < total && problems.length <= MAX_LISTED_PROBLEMS; i++) {
    if (i % CHUNK === 0) {
      onProgress('checking', i, total);
      await pause();
    }
    const at = `${records.path}[${i}]`;
    const checked = records.w3c
      ? convertW3cItem(records.items[i], at)
      : checkNative(records.items[i], i);
    if (!checked.ok) {
      problems.push(...checked.problems);
      continue;
    }
    const first = seen.get(checked.annotation.id);
    if (first !== undefined) {
      problems.push(
        `${at}.id: duplicate id ${describeValue(checked.annotation.id)} (first used by ${records.path}[${first}])`,
      );
    }
    seen.set(checked.annotation.id, i);
    annotations.push(checked.annotation);
  }
  onProgress('checking', total, total);
  return problems.length ? fail(problems) : { ok: true, annotations };
}

type Checked = { ok: true; annotation: Annotation } | { ok: false; problems: string[] };

function checkNative(item: unknown, i: number): Checked {
  if (Array.isArray(item))
    return { ok: false, problems: [`annotations[${i}]: expected an object, got an array`] };
  const parsed = v.safeParse(AnnotationSchema, item);
  if (parsed.success) return { ok: true, annotation: parsed.output };
  return {
    ok: false,
    problems: parsed.issues.map((issue) => formatIssue(issue, ['annotations', i])),
  };
}

/** The records of a well-formed native or W3C file, or undefined to let parseImport explain. */
function recordsOf(file: unknown): { items: unknown[]; path: string; w3c: boolean } | undefined {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return undefined;
  const fields = file as Record<string, unknown>;
  if (fields.format === NATIVE_FORMAT) {
    if (fields.version !== NATIVE_VERSION) return undefined;
    // The envelope alone (records left unchecked) is cheap to validate in one go.
    const envelope = v.safeParse(NativeEnvelopeSchema, { ...fields, annotations: [] });
    if (!envelope.success || !Array.isArray(fields.annotations)) return undefined;
    return { items: fields.annotations, path: 'annotations', w3c: false };
  }
  if (isW3cFile(fields)) {
    const found = w3cItems(fields);
    return found.ok ? { items: found.items, path: found.path, w3c: true } : undefined;
  }
  return undefined;
}
