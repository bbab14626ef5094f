import * as v from 'valibot';
import type { Annotation } from '../db/types';
import { describeValue, formatIssue } from './issue-format';
import { AnnotationSchema, NATIVE_VERSION, NativeEnvelopeSchema } from './schema';

/** How many problems are worth listing before the reader should look at the file. */
export const MAX_LISTED_PROBLEMS = 5;

/** Annotations, or the problems (as `path: message`) that stop the whole import. */
export type ImportOutcome =
  { ok: true; annotations: Annotation[] } | { ok: false; problems: string[]; truncated: boolean };

/** Imports a parsed native Claimlight file (`format: "claimlight"`); all or nothing. */
export function importNative(file: Record<string, unknown>): ImportOutcome {
  // Checked first and on its own: for a file from a newer Claimlight, "unsupported version"
  // is the one useful message, not a list of fields this version does not know.
  if (file.version !== NATIVE_VERSION) {
    return failure(
      typeof file.version === 'number'
        ? `version: unsupported version ${file.version} (this Claimlight reads version ${NATIVE_VERSION})`
        : `version: expected ${NATIVE_VERSION}, got ${describeValue(file.version)}`,
    );
  }
  const envelope = v.safeParse(NativeEnvelopeSchema, file);
  if (!envelope.success) return collect(envelope.issues.map((issue) => formatIssue(issue)));

  const problems: string[] = [];
  const annotations: Annotation[] = [];
  const records = envelope.output.annotations;
  for (let i = 0; i < records.length && problems.length <= MAX_LISTED_PROBLEMS; i++) {
    // valibot reads an array as an object with every field missing; say what it is instead.
    if (Array.isArray(records[i])) {
      problems.push(`annotations[${i}]: expected an object, got an array`);
      continue;
    }
    const record = v.safeParse(AnnotationSchema, records[i]);
    if (record.success) annotations.push(record.output);
    else problems.push(...record.issues.map((issue) => formatIssue(issue, ['annotations', i])));
  }
  if (problems.length) return collect(problems);

  const duplicate = firstDuplicateId(annotations);
  return duplicate ? failure(duplicate) : { ok: true, annotations };
}

/** `annotations[7].id: duplicate id "…" (first used by annotations[2])`, or null. */
function firstDuplicateId(annotations: readonly Annotation[]): string | null {
  const seen = new Map<string, number>();
  for (const [i, annotation] of annotations.entries()) {
    const first = seen.get(annotation.id);
    if (first !== undefined) {
      return `annotations[${i}].id: duplicate id ${describeValue(annotation.id)} (first used by annotations[${first}])`;
    }
    seen.set(annotation.id, i);
  }
  return null;
}

function failure(problem: string): ImportOutcome {
  return { ok: false, problems: [problem], truncated: false };
}

function collect(problems: string[]): ImportOutcome {
  return {
    ok: false,
    problems: problems.slice(0, MAX_LISTED_PROBLEMS),
    truncated: problems.length > MAX_LISTED_PROBLEMS,
  };
}
